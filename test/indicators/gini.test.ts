import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gini, giniGrouped } from "../../worker/lib/math/gini";
import { InvalidInput } from "../../worker/lib/math/invalid-input";
import type { Unit } from "../../worker/lib/math/units";
import { copies, replicate, scale, units } from "./arbitraries";

const plain = (values: number[]): Unit[] => values.map((value, i) => ({ id: `U${i}`, value, weight: 1 }));

describe("gini (unit values)", () => {
  it("should give 4/15 for 1, 2, 3, 4, 5", () => {
    // By the definition G = ΣΣ|yi − yj| / (2 n² μ): the ordered pairs' absolute differences sum to
    // 2 × (4·1 + 3·2 + 2·3 + 1·4) = 40, n = 5, μ = 3, so G = 40 / 150 = 4/15 (Cowell 2011, §2.2).
    expect(gini(plain([1, 2, 3, 4, 5])).gini).toBeCloseTo(4 / 15, 14);
  });

  it("should give (n − 1)/n when one of n units has everything", () => {
    // One unit holds the whole total: the Lorenz curve is 0 until the last unit, G = 1 − 1/n = 0.75 for n = 4.
    expect(gini(plain([0, 0, 0, 1])).gini).toBeCloseTo(0.75, 14);
  });

  it("should treat a weight as that many identical units", () => {
    // (1 with weight 2, 3 with weight 1) is the population (1, 1, 3): pairs differ by 2 twice each way → 8,
    // n = 3, μ = 5/3, G = 8 / (2·9·5/3) = 4/15.
    const weighted = gini([
      { id: "a", value: 1, weight: 2 },
      { id: "b", value: 3, weight: 1 },
    ]).gini;
    expect(weighted).toBeCloseTo(4 / 15, 14);
    expect(weighted).toBeCloseTo(gini(plain([1, 1, 3])).gini, 14);
  });

  it("should be 0 for one unit and for equal values", () => {
    expect(gini(plain([42])).gini).toBe(0);
    expect(gini(plain([7, 7, 7, 7])).gini).toBe(0);
  });

  it("should accept zeros but reject negatives, an empty list and an all-zero list", () => {
    expect(gini(plain([0, 2])).gini).toBeCloseTo(0.5, 14);
    expect(() => gini(plain([-1, 2]))).toThrow(InvalidInput);
    expect(() => gini([])).toThrow(InvalidInput);
    expect(() => gini(plain([0, 0]))).toThrow(/zero/);
    expect(() => gini([{ id: "x", value: 1, weight: 0 }])).toThrow(/weight/);
  });

  it("should trace the Lorenz curve from the poorest unit to (1, 1)", () => {
    const { lorenz } = gini(plain([5, 1, 4]));
    expect(lorenz.map((p) => p.id)).toEqual(["U1", "U2", "U0"]);
    expect(lorenz.at(-1)?.cumulativePopulation).toBeCloseTo(1, 14);
    expect(lorenz.at(-1)?.cumulativeValue).toBeCloseTo(1, 14);
    expect(lorenz[0]?.cumulativeValue).toBeCloseTo(0.1, 14);
  });

  it("should lie in [0, 1) for any distribution", () => {
    fc.assert(
      fc.property(units({ allowZero: true }), (list) => {
        const g = gini(list).gini;
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThan(1);
      }),
    );
  });

  it("should not change when every value is scaled or the population is replicated", () => {
    fc.assert(
      fc.property(units({ allowZero: true }), scale, copies, (list, s, k) => {
        const g = gini(list).gini;
        expect(gini(list.map((u) => ({ ...u, value: u.value * s }))).gini).toBeCloseTo(g, 10);
        expect(gini(replicate(list, k)).gini).toBeCloseTo(g, 10);
        expect(gini(list.map((u) => ({ ...u, weight: u.weight * k }))).gini).toBeCloseTo(g, 10);
      }),
    );
  });
});

describe("giniGrouped (trapezoid rule)", () => {
  it("should give 0.38 for quintiles holding 5, 10, 15, 25 and 45 % of income", () => {
    // Cumulative shares L = .05, .15, .30, .55, 1; Σ 0.2 (Lk + Lk−1) = 0.2 × (0.05 + 0.20 + 0.45 + 0.85 + 1.55)
    // = 0.62, so G = 1 − 0.62 = 0.38. Means proportional to share / population share: 0.25, 0.5, 0.75, 1.25, 2.25.
    const result = giniGrouped([0.25, 0.5, 0.75, 1.25, 2.25].map((mean, k) => ({ id: `Q${k + 1}`, mean, population: 0.2 })));
    expect(result.gini).toBeCloseTo(0.38, 14);
    expect(result.lorenz.map((p) => p.cumulativeValue)).toEqual([0.05, 0.15, 0.3, 0.55, 1].map((x) => expect.closeTo(x, 14)));
  });

  it("should be 0 for equal group means and sort groups by mean", () => {
    expect(giniGrouped([3, 3, 3].map((mean, k) => ({ id: `G${k}`, mean, population: 1 }))).gini).toBeCloseTo(0, 15);
    const shuffled = giniGrouped([2.25, 0.25, 1.25, 0.5, 0.75].map((mean, k) => ({ id: `Q${k}`, mean, population: 0.2 })));
    expect(shuffled.gini).toBeCloseTo(0.38, 14);
  });

  it("should equal the unit-value Gini of the groups taken as weighted units", () => {
    fc.assert(
      fc.property(units({ allowZero: true }), (list) => {
        const grouped = giniGrouped(list.map((u) => ({ id: u.id, mean: u.value, population: u.weight }))).gini;
        expect(grouped).toBeCloseTo(gini(list).gini, 12);
      }),
    );
  });
});
