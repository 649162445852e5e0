import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entropyWeights } from "../../worker/lib/math/entropy-weight";
import { InvalidInput } from "../../worker/lib/math/invalid-input";

describe("entropy weights", () => {
  it("should weight a hand-computed 3 × 2 example", () => {
    // A = (1, 2, 3): x′ = (0, ½, 1), p = (0, ⅓, ⅔), e_A = −(⅓ ln ⅓ + ⅔ ln ⅔)/ln 3 ≈ 0.5793802.
    // B = (1, 1, 3): x′ = (0, 0, 1), p = (0, 0, 1), e_B = 0 (all information in one observation).
    // d = (1 − e_A, 1); w = d / Σd.
    const eA = -((1 / 3) * Math.log(1 / 3) + (2 / 3) * Math.log(2 / 3)) / Math.log(3);
    const dA = 1 - eA;
    const r = entropyWeights(
      [
        [1, 1],
        [2, 1],
        [3, 3],
      ],
      [
        { id: "A", direction: "positive" },
        { id: "B", direction: "positive" },
      ],
    );
    expect(r.criteria[0]?.entropy).toBeCloseTo(eA, 15);
    expect(r.criteria[1]?.entropy).toBe(0);
    expect(r.criteria[0]?.weight).toBeCloseTo(dA / (dA + 1), 15);
    expect(r.criteria[1]?.weight).toBeCloseTo(1 / (dA + 1), 15);
    // Scores: row 3 is best on both (1), row 1 worst on both (0), row 2 gets w_A · ½.
    expect(r.scores[0]).toBe(0);
    expect(r.scores[2]).toBeCloseTo(1, 15);
    expect(r.scores[1]).toBeCloseTo((0.5 * dA) / (dA + 1), 15);
  });

  it("should reverse a negative criterion", () => {
    const r = entropyWeights([[1], [2], [3]], [{ id: "cost", direction: "negative" }]);
    expect(r.normalised.map((row) => row[0])).toEqual([1, 0.5, 0]);
    expect(r.scores).toEqual([1, 0.5, 0]);
  });

  it("should reject a constant measure, one observation and no measures", () => {
    expect(() => entropyWeights([[1], [1]], [{ id: "flat", direction: "positive" }])).toThrow(/flat.*no information/);
    expect(() => entropyWeights([[1]], [{ id: "a", direction: "positive" }])).toThrow(InvalidInput);
    expect(() => entropyWeights([[1], [2]], [])).toThrow(InvalidInput);
  });

  it("should give weights that sum to 1 and scores in [0, 1]", () => {
    const matrix = fc
      .tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 5 }))
      .chain(([m, k]) =>
        fc.array(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: k, maxLength: k }), { minLength: m, maxLength: m }),
      );
    fc.assert(
      fc.property(matrix, (rows) => {
        const k = rows[0]?.length ?? 0;
        fc.pre(Array.from({ length: k }, (_, j) => new Set(rows.map((r) => r[j])).size > 1).every(Boolean));
        const r = entropyWeights(
          rows,
          Array.from({ length: k }, (_, j) => ({ id: `c${j}`, direction: j % 2 ? ("negative" as const) : ("positive" as const) })),
        );
        expect(r.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 12);
        for (const s of r.scores) {
          expect(s).toBeGreaterThanOrEqual(-1e-12);
          expect(s).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
