import { describe, expect, it } from "vitest";
import { cagr, growthRate, indexToBase, previousYear, yearsBetween } from "../../worker/lib/math/growth";
import { InvalidInput } from "../../worker/lib/math/invalid-input";

describe("growth", () => {
  it("should find the same period a year earlier", () => {
    expect(previousYear("2021")).toBe("2020");
    expect(previousYear("2021-06")).toBe("2020-06");
    expect(previousYear("2021-Q3")).toBe("2020-Q3");
    expect(previousYear("2021-H1")).toBe("2020-H1");
    expect(previousYear("21")).toBeUndefined();
  });

  it("should give 10 % from 100 to 110 and reject a zero start", () => {
    expect(growthRate(100, 110, "x")).toBeCloseTo(10, 12);
    expect(() => growthRate(0, 5, "X 2020")).toThrow(/X 2020/);
  });

  it("should give CAGR (2^(1/5) − 1)·100 ≈ 14.87 % for a doubling in five years", () => {
    expect(cagr(100, 200, yearsBetween("2018", "2023"), "x")).toBeCloseTo((2 ** 0.2 - 1) * 100, 12);
  });

  it("should count years between period starts", () => {
    expect(yearsBetween("2018", "2023")).toBe(5);
    expect(yearsBetween("2021-06", "2023-12")).toBe(2.5);
  });

  it("should reject a CAGR with no time or a non-positive value", () => {
    expect(() => cagr(100, 200, 0, "x")).toThrow(InvalidInput);
    expect(() => cagr(0, 200, 2, "x")).toThrow(/positive/);
  });

  it("should index to a base of 100", () => {
    expect(indexToBase(150, 120, "x")).toBe(125);
    expect(() => indexToBase(1, 0, "x")).toThrow(InvalidInput);
  });
});
