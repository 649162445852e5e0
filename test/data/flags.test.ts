/**
 * The `status` of an observation holds one or more flags of one vocabulary joined by `;` (CONTRACT.md): the schema
 * accepts exactly those, and `parseFlags` gives them back in order.
 */
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { FLAGS, ObservationStatus, parseFlags } from "../../schemas";

describe("observation flags", () => {
  it("should accept any set of distinct flags joined by ';' and parse it back", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...FLAGS), { minLength: 1 }), (flags) => {
        const status = flags.join(";");
        expect(v.safeParse(ObservationStatus, status).success).toBe(true);
        expect(parseFlags(status)).toEqual(flags);
      }),
    );
  });

  it("should refuse unknown words, empty parts, spaces and repeated flags", () => {
    for (const bad of ["", "suspect", "secondary;", ";secondary", "secondary; transcribed", "secondary,transcribed", "rounded;rounded"]) {
      expect(v.safeParse(ObservationStatus, bad).success, bad).toBe(false);
    }
  });

  it("should name the vocabulary of CONTRACT.md plus the legacy partial", () => {
    expect([...FLAGS].sort()).toEqual(
      ["break", "secondary", "transcribed", "estimate", "lower-bound", "rounded", "old-method", "provisional", "partial"].sort(),
    );
    expect(parseFlags(undefined)).toEqual([]);
  });
});
