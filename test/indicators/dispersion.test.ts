import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coefficientOfVariation, sdOfLogs, williamson } from "../../worker/lib/math/dispersion";
import { InvalidInput } from "../../worker/lib/math/invalid-input";
import type { Unit } from "../../worker/lib/math/units";
import { copies, replicate, scale, units } from "./arbitraries";

const plain = (values: number[]): Unit[] => values.map((value, i) => ({ id: `U${i}`, value, weight: 1 }));

describe("coefficient of variation", () => {
  it("should give √2/3 for 1, 2, 3, 4, 5", () => {
    // μ = 3; population variance = (4 + 1 + 0 + 1 + 4)/5 = 2; CV = √2 / 3 ≈ 0.4714045.
    const r = coefficientOfVariation(plain([1, 2, 3, 4, 5]));
    expect(r.value).toBeCloseTo(Math.SQRT2 / 3, 15);
    expect(r.mean).toBe(3);
  });

  it("should ignore weights", () => {
    expect(coefficientOfVariation([{ id: "a", value: 1, weight: 100 }, ...plain([3])]).value).toBeCloseTo(0.5, 15);
  });

  it("should be 0 for one unit and for equal values; reject negatives", () => {
    expect(coefficientOfVariation(plain([5])).value).toBe(0);
    expect(coefficientOfVariation(plain([5, 5, 5])).value).toBe(0);
    expect(() => coefficientOfVariation(plain([-5, 5]))).toThrow(InvalidInput);
  });
});

describe("Williamson's weighted coefficient of variation", () => {
  it("should weight by population: values 1 (weight 1) and 3 (weight 3) give √0.75 / 2.5", () => {
    // ȳ = (1·1 + 3·3)/4 = 2.5; Σ p (y − ȳ)² = ¼·1.5² + ¾·0.5² = 0.75; CVw = √0.75 / 2.5 ≈ 0.3464102.
    const r = williamson([
      { id: "a", value: 1, weight: 1 },
      { id: "b", value: 3, weight: 3 },
    ]);
    expect(r.value).toBeCloseTo(Math.sqrt(0.75) / 2.5, 15);
    expect(r.mean).toBeCloseTo(2.5, 15);
  });

  it("should equal the plain CV when all weights are equal", () => {
    fc.assert(
      fc.property(units(), (list) => {
        const equal = list.map((u) => ({ ...u, weight: 7 }));
        expect(williamson(equal).value).toBeCloseTo(coefficientOfVariation(list).value, 10);
      }),
    );
  });

  it("should not change when values are scaled or the population is replicated", () => {
    fc.assert(
      fc.property(units({ allowZero: true }), scale, copies, (list, s, k) => {
        const w = williamson(list).value;
        expect(williamson(list.map((u) => ({ ...u, value: u.value * s }))).value).toBeCloseTo(w, 9);
        expect(williamson(replicate(list, k)).value).toBeCloseTo(w, 9);
        expect(coefficientOfVariation(replicate(list, k)).value).toBeCloseTo(coefficientOfVariation(list).value, 9);
      }),
    );
  });
});

describe("standard deviation of logs", () => {
  it("should give 1 for 1 and e²", () => {
    // ln values 0 and 2: mean 1, deviations ±1, σ = 1.
    expect(sdOfLogs(plain([1, Math.E ** 2])).value).toBeCloseTo(1, 15);
  });

  it("should reject zeros (log) and not change under scaling", () => {
    expect(() => sdOfLogs(plain([0, 1]))).toThrow(/positive/);
    fc.assert(
      fc.property(units(), scale, (list, s) => {
        expect(sdOfLogs(list.map((u) => ({ ...u, value: u.value * s }))).value).toBeCloseTo(sdOfLogs(list).value, 9);
      }),
    );
  });
});
