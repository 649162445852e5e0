import { describe, expect, it } from "vitest";
import { InvalidInput } from "../../worker/lib/math/invalid-input";
import { advancementRatio, industryShares, structureLevel } from "../../worker/lib/math/structure";

describe("industrial structure", () => {
  const x = { primary: 10, secondary: 40, tertiary: 50 };

  it("should give shares of the three industries' sum", () => {
    expect(industryShares(x, "test")).toEqual({ primary: 0.1, secondary: 0.4, tertiary: 0.5 });
  });

  it("should give the structure level 1·0.1 + 2·0.4 + 3·0.5 = 2.4", () => {
    expect(structureLevel(x, "test")).toBeCloseTo(2.4, 15);
  });

  it("should span 1 (all primary) to 3 (all tertiary)", () => {
    expect(structureLevel({ primary: 5, secondary: 0, tertiary: 0 }, "test")).toBe(1);
    expect(structureLevel({ primary: 0, secondary: 0, tertiary: 5 }, "test")).toBe(3);
  });

  it("should give the advancement ratio 50/40 = 1.25", () => {
    expect(advancementRatio(x, "test")).toBe(1.25);
  });

  it("should reject a zero secondary industry, negative values and a zero total", () => {
    expect(() => advancementRatio({ primary: 1, secondary: 0, tertiary: 1 }, "X 2020")).toThrow(/X 2020.*secondary/);
    expect(() => industryShares({ primary: -1, secondary: 1, tertiary: 1 }, "X")).toThrow(InvalidInput);
    expect(() => structureLevel({ primary: 0, secondary: 0, tertiary: 0 }, "X")).toThrow(/positive total/);
  });
});
