import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concentrationClass, concentrationRatio, hhi } from "../../worker/lib/math/concentration";
import { InvalidInput } from "../../worker/lib/math/invalid-input";

const market = (shares: number[]) => shares.map((share, i) => ({ id: `F${i + 1}`, share }));

describe("HHI", () => {
  it("should give 2,600 for shares 30, 30, 20, 20 (the U.S. DOJ's worked example)", () => {
    // U.S. DOJ Antitrust Division, "Herfindahl-Hirschman Index": 30² + 30² + 20² + 20² = 2,600.
    expect(hhi(market([30, 30, 20, 20])).hhi).toBe(2600);
  });

  it("should give 10,000 for a monopoly and 10,000/n for n equal firms", () => {
    expect(hhi(market([100])).hhi).toBe(10000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        expect(hhi(market(Array.from({ length: n }, () => 100 / n))).hhi).toBeCloseTo(10000 / n, 8);
      }),
    );
  });

  it("should bound the HHI when the listed firms cover only part of the market", () => {
    // Listed 50 and 20 (70 %): lower bound 2,500 + 400 = 2,900. The 30 % rest in firms no larger than 20:
    // one of 20 and one of 10 → upper bound 2,900 + 400 + 100 = 3,400.
    const r = hhi(market([50, 20]));
    expect(r).toMatchObject({ hhi: 2900, upper: 3400, coverage: 70 });
  });

  it("should reject shares that cannot be one market's", () => {
    expect(() => hhi(market([60, 50]))).toThrow(/more than 100/);
    expect(() => hhi(market([120]))).toThrow(InvalidInput);
    expect(() => hhi(market([-1, 50]))).toThrow(InvalidInput);
    expect(() => hhi([])).toThrow(InvalidInput);
    // Rounded shares that sum to 100.2 are accepted.
    expect(hhi(market([33.4, 33.4, 33.4])).coverage).toBeCloseTo(100.2, 10);
  });
});

describe("concentration classes", () => {
  it("should follow the 2023 Merger Guidelines: > 1,800 high, 1,000–1,800 moderate, < 1,000 unconcentrated", () => {
    expect(concentrationClass(2600, "us-2023")).toBe("highly-concentrated");
    expect(concentrationClass(1800.01, "us-2023")).toBe("highly-concentrated");
    expect(concentrationClass(1800, "us-2023")).toBe("moderately-concentrated");
    expect(concentrationClass(1000, "us-2023")).toBe("moderately-concentrated");
    expect(concentrationClass(999.99, "us-2023")).toBe("unconcentrated");
  });

  it("should follow the 2010 Horizontal Merger Guidelines: > 2,500 high, 1,500–2,500 moderate", () => {
    expect(concentrationClass(2600, "us-2010")).toBe("highly-concentrated");
    expect(concentrationClass(2500, "us-2010")).toBe("moderately-concentrated");
    expect(concentrationClass(1400, "us-2010")).toBe("unconcentrated");
  });
});

describe("CRn", () => {
  it("should add the n largest shares", () => {
    expect(concentrationRatio(market([10, 40, 20, 30]), 2)).toEqual({ value: 70, complete: true, firms: ["F2", "F4"] });
  });

  it("should flag a lower bound when fewer than n firms are listed and the shares do not cover the market", () => {
    expect(concentrationRatio(market([50, 20]), 4)).toMatchObject({ value: 70, complete: false });
    expect(concentrationRatio(market([60, 40]), 4)).toMatchObject({ value: 100, complete: true });
  });
});
