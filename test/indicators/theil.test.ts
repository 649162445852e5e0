import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInput } from "../../worker/lib/math/invalid-input";
import { theil } from "../../worker/lib/math/theil";
import type { Unit } from "../../worker/lib/math/units";
import { copies, replicate, scale, units } from "./arbitraries";

const plain = (values: number[], groups?: string[]): Unit[] =>
  values.map((value, i) => ({ id: `U${i}`, value, weight: 1, ...(groups ? { group: groups[i] as string } : {}) }));

describe("theil T and L (hand-computed)", () => {
  it("should give T = ¼ ln ½ + ¾ ln 3/2 and L = ½ ln 4/3 for two people with 1 and 3", () => {
    // μ = 2, value shares s = (¼, ¾), population shares p = (½, ½).
    // T = Σ s ln(s/p) = ¼ ln(½) + ¾ ln(3/2) ≈ 0.1308120; L = Σ p ln(p/s) = ½ ln 2 + ½ ln(2/3) = ½ ln(4/3) ≈ 0.1438410.
    expect(theil(plain([1, 3]), "T").total).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 15);
    expect(theil(plain([1, 3]), "L").total).toBeCloseTo(0.5 * Math.log(4 / 3), 15);
  });

  it("should reach its maximum ln n for T when one of n units has everything", () => {
    // s = (0, …, 1), p = 1/n: T = 1 · ln(1 / (1/n)) = ln n (Theil 1967); 0 ln 0 = 0 for the others.
    expect(theil(plain([0, 0, 0, 5]), "T").total).toBeCloseTo(Math.log(4), 15);
  });

  it("should put everything between groups when groups are internally equal", () => {
    // Groups {1, 1} and {3, 3}: within = 0 and between = T of (1, 3) computed above.
    const r = theil(plain([1, 1, 3, 3], ["a", "a", "b", "b"]), "T");
    expect(r.within).toBeCloseTo(0, 15);
    expect(r.between).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 15);
    expect(r.total).toBeCloseTo(r.between, 15);
  });

  it("should put everything within groups when group means are equal", () => {
    // Groups {1, 3} and {1, 3}: equal means, so between = 0 and within = T or L of (1, 3).
    const t = theil(plain([1, 3, 1, 3], ["a", "a", "b", "b"]), "T");
    const l = theil(plain([1, 3, 1, 3], ["a", "a", "b", "b"]), "L");
    expect(t.between).toBeCloseTo(0, 15);
    expect(t.within).toBeCloseTo(0.25 * Math.log(0.5) + 0.75 * Math.log(1.5), 15);
    expect(l.between).toBeCloseTo(0, 15);
    expect(l.within).toBeCloseTo(0.5 * Math.log(4 / 3), 15);
  });

  it("should report each group's shares, mean and terms", () => {
    const r = theil(plain([1, 1, 3, 3], ["a", "a", "b", "b"]), "T");
    const b = r.groups.find((g) => g.group === "b");
    expect(b).toMatchObject({ units: 2, mean: 3, within: 0 });
    expect(b?.populationShare).toBeCloseTo(0.5, 15);
    expect(b?.valueShare).toBeCloseTo(0.75, 15);
    expect(b?.betweenContribution).toBeCloseTo(0.75 * Math.log(1.5), 15);
  });

  it("should be 0 for one unit and for equal values", () => {
    for (const kind of ["T", "L"] as const) {
      expect(theil(plain([9]), kind).total).toBe(0);
      expect(theil(plain([4, 4, 4]), kind).total).toBe(0);
    }
  });

  it("should allow zeros in T and reject them in L, saying what to do", () => {
    expect(theil(plain([0, 2]), "T").total).toBeCloseTo(Math.log(2), 15);
    expect(() => theil(plain([0, 2]), "L")).toThrow(InvalidInput);
    expect(() => theil(plain([0, 2]), "L")).toThrow(/positive values.*theil-t/);
    expect(() => theil(plain([-1, 2]), "T")).toThrow(/non-negative/);
  });
});

describe("theil (properties)", () => {
  it("should decompose exactly: between + within = total to 1e-12", () => {
    fc.assert(
      fc.property(units({ allowZero: true }), fc.constantFrom("T" as const, "L" as const), (list, kind) => {
        const data = kind === "L" ? list.filter((u) => u.value > 0) : list;
        fc.pre(data.length > 0);
        const r = theil(data, kind);
        expect(Math.abs(r.between + r.within - r.total)).toBeLessThan(1e-12);
        expect(r.between).toBeGreaterThanOrEqual(-1e-15);
        expect(r.within).toBeGreaterThanOrEqual(-1e-15);
      }),
      { numRuns: 500 },
    );
  });

  it("should not change when every value is scaled or the population is replicated", () => {
    fc.assert(
      fc.property(units(), scale, copies, fc.constantFrom("T" as const, "L" as const), (list, s, k, kind) => {
        const r = theil(list, kind);
        const scaled = theil(
          list.map((u) => ({ ...u, value: u.value * s })),
          kind,
        );
        const replicated = theil(replicate(list, k), kind);
        for (const other of [scaled, replicated]) {
          expect(other.total).toBeCloseTo(r.total, 10);
          expect(other.between).toBeCloseTo(r.between, 10);
        }
      }),
    );
  });

  it("should stay within [0, ln n] for T of unweighted units", () => {
    fc.assert(
      fc.property(units({ allowZero: true }), (list) => {
        const equal = list.map((u) => ({ ...u, weight: 1 }));
        const t = theil(equal, "T").total;
        expect(t).toBeGreaterThanOrEqual(-1e-15);
        expect(t).toBeLessThanOrEqual(Math.log(list.length) + 1e-12);
      }),
    );
  });
});
