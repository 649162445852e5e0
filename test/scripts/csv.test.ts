/**
 * The hand-written CSV writer (properties): RFC 4180 output that a real CSV parser reads back cell for cell,
 * formula-looking text neutralised, numbers untouched, CRLF line ends, optional BOM.
 */
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutralise, toCsv } from "../../worker/lib/csv";

const cell = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", 'a "quoted", text', "line\nbreak", "北京", ""),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(undefined),
);

describe("toCsv", () => {
  it("should round-trip through csv-parse, with formula-looking text prefixed by an apostrophe", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 20 }), (tuples) => {
        const rows = tuples.map(([a, b, c]) => ({ a, b, c }));
        const text = toCsv(["a", "b", "c"], rows);
        expect(text.endsWith("\r\n")).toBe(true);
        const parsed = parse(text, { columns: true, record_delimiter: "\r\n", relax_column_count: false }) as Record<string, string>[];
        expect(parsed).toEqual(rows.map((r) => ({ a: neutralise(r.a), b: neutralise(r.b), c: neutralise(r.c) })));
        for (const row of parsed)
          for (const value of Object.values(row)) if (/^[=+@\t\r]/.test(value)) throw new Error(`formula survived: ${value}`);
      }),
    );
  });

  it("should keep negative numbers as numbers and neutralise negative-looking text", () => {
    expect(neutralise(-2.5)).toBe("-2.5");
    expect(neutralise("-2.5")).toBe("'-2.5");
    expect(neutralise("=HYPERLINK()")).toBe("'=HYPERLINK()");
  });

  it("should prepend a byte order mark only when asked", () => {
    expect(toCsv(["a"], [{ a: "北京" }], true)).toBe("\uFEFFa\r\n北京\r\n");
    expect(toCsv(["a"], [{ a: "北京" }])).toBe("a\r\n北京\r\n");
  });
});
