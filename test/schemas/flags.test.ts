/**
 * The row-flag vocabulary: a `status` cell is one or more flags joined by ";" in vocabulary order; parseFlags reads
 * any such cell back, joinFlags writes the one canonical spelling, and the schema refuses anything else.
 */
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { FLAG_TEXT, FLAGS, joinFlags, ObservationStatus, parseFlags } from "../../schemas";

const flagSets = fc.subarray([...FLAGS], { minLength: 1 });

describe("row flags", () => {
  it("should round-trip every set of flags through joinFlags and parseFlags, in vocabulary order", () => {
    fc.assert(
      fc.property(flagSets, fc.func(fc.integer()), (flags, order) => {
        const shuffled = [...flags].sort((a, b) => order(a) - order(b));
        const status = joinFlags(shuffled) as string;
        expect(parseFlags(status)).toEqual(FLAGS.filter((f) => flags.includes(f)));
        expect(v.is(ObservationStatus, status)).toBe(true);
      }),
    );
  });

  it("should refuse unknown words, repeats, wrong order and empty parts", () => {
    for (const bad of ["", "rounded;", "breaks", "secondary;secondary", "transcribed;secondary", "Break", "secondary; transcribed"])
      expect(v.is(ObservationStatus, bad), bad).toBe(false);
    expect(v.is(ObservationStatus, "break;secondary;transcribed")).toBe(true);
  });

  it("should read an empty or missing status as no flags, and skip words it does not know", () => {
    expect(parseFlags(undefined)).toEqual([]);
    expect(parseFlags("")).toEqual([]);
    expect(parseFlags("secondary;future-flag")).toEqual(["secondary"]);
    expect(joinFlags([])).toBeUndefined();
  });

  it("should give every flag a distinct mark and a label in both languages", () => {
    const marks = FLAGS.map((f) => FLAG_TEXT[f].mark);
    expect(new Set(marks).size).toBe(FLAGS.length);
    for (const f of FLAGS) expect(FLAG_TEXT[f].label.zh && FLAG_TEXT[f].label.en).toBeTruthy();
  });

  it("should word each flag once: the label names the flag, then says what it means (zh in full-width brackets)", () => {
    for (const f of FLAGS) {
      const { name, meaning, label } = FLAG_TEXT[f];
      expect(label.zh).toBe(`${name.zh}（${meaning.zh}）`);
      expect(label.en).toBe(`${name.en} (${meaning.en})`);
      expect(label.zh).not.toMatch(/[A-Za-z]{2}/);
    }
  });
});
