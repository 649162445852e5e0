import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coordinationClass, couplingCoordination } from "../../worker/lib/math/coupling";
import { InvalidInput } from "../../worker/lib/math/invalid-input";

describe("coupling coordination degree", () => {
  it("should give C = 0.8, T = 0.5, D = √0.4 for U1 = 0.2, U2 = 0.8", () => {
    // C = 2√(0.2·0.8)/(0.2 + 0.8) = 2·0.4/1 = 0.8; T = ½·0.2 + ½·0.8 = 0.5; D = √(0.8·0.5) = √0.4 ≈ 0.632 (初级协调).
    const r = couplingCoordination(0.2, 0.8);
    expect(r.coupling).toBeCloseTo(0.8, 15);
    expect(r.development).toBeCloseTo(0.5, 15);
    expect(r.coordination).toBeCloseTo(Math.sqrt(0.4), 15);
    expect(coordinationClass(r.coordination).id).toBe("primary-coordination");
  });

  it("should give C = 1 and D = √U for two equal systems, and 0 for two empty ones", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), (u) => {
        const r = couplingCoordination(u, u);
        expect(r.coupling).toBeCloseTo(1, 12);
        expect(r.coordination).toBeCloseTo(Math.sqrt(u), 12);
      }),
    );
    expect(couplingCoordination(0, 0)).toEqual({ coupling: 0, development: 0, coordination: 0 });
  });

  it("should keep C and D in [0, 1]", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const r = couplingCoordination(a, b);
        for (const x of [r.coupling, r.coordination]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it("should reject indices outside [0, 1]", () => {
    expect(() => couplingCoordination(1.5, 0.2)).toThrow(InvalidInput);
    expect(() => couplingCoordination(0.5, 0.2, 2)).toThrow(/alpha/);
  });

  it("should class D in ten steps of 0.1", () => {
    expect(coordinationClass(0).id).toBe("extreme-imbalance");
    expect(coordinationClass(0.5).id).toBe("barely-coordinated");
    expect(coordinationClass(0.89).id).toBe("good-coordination");
    expect(coordinationClass(1).id).toBe("quality-coordination");
  });
});
