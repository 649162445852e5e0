/**
 * Unit conversions by powers of ten move the decimal point in the text: exact where floating-point
 * multiplication is not (5.15 × 10^4 = 51500.00000000001).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shiftDecimal } from "../../scripts/lib/decimal";

describe("shiftDecimal", () => {
  it("should give the exact result where a floating-point product is off", () => {
    expect(0.07 * 10 ** 4).not.toBe(700);
    expect(shiftDecimal("0.07", 4)).toBe(700);
    expect(shiftDecimal("0.34", 4)).toBe(3400);
    expect(shiftDecimal("5.15", 4)).toBe(51500);
    expect(shiftDecimal("13.79", 4)).toBe(137900);
    expect(shiftDecimal("-2.5", 1)).toBe(-25);
    expect(shiftDecimal("25", -3)).toBe(0.025);
  });

  it("should equal the product rounded to the digits the input has, for any digits and shift", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^(0|[1-9]\d{0,5})$/),
        fc.stringMatching(/^\d{0,4}$/),
        fc.integer({ min: -6, max: 8 }),
        (whole, fraction, k) => {
          const text = fraction ? `${whole}.${fraction}` : whole;
          // At most 10 significant digits: 15 significant digits of the float product are the exact decimal.
          const expected = Number((Number(text) * 10 ** k).toPrecision(15));
          expect(shiftDecimal(text, k)).toBe(expected);
        },
      ),
    );
  });

  it("should refuse anything that is not a plain decimal", () => {
    for (const bad of ["1e5", "1,000", "约5", "", "5.", ".5"]) expect(() => shiftDecimal(bad, 4), bad).toThrow();
  });
});
