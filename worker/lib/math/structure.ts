/**
 * @module Industrial structure from the value added of the three industries: shares, the advancement ratio
 * (tertiary/secondary; 干春晖、郑若谷、余典范 2011, 经济研究 46(5): 4–16) and the structure-level index
 * Σ i·sᵢ (徐德云 2008, 财政研究 2008(1): 46–49).
 */
import { InvalidInput } from "./invalid-input";

/** Value added of the primary, secondary and tertiary industries (any one unit). */
export interface ThreeIndustries {
  primary: number;
  secondary: number;
  tertiary: number;
}

/** Shares of the three industries in their sum (so they add up to exactly 1). */
export function industryShares(x: ThreeIndustries, where: string): ThreeIndustries {
  for (const [name, value] of Object.entries(x)) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new InvalidInput(`${where}: ${name} industry value added is ${value}; industry shares need non-negative values.`, name);
    }
  }
  const total = x.primary + x.secondary + x.tertiary;
  if (total <= 0) throw new InvalidInput(`${where}: the three industries add up to ${total}; shares need a positive total.`);
  return { primary: x.primary / total, secondary: x.secondary / total, tertiary: x.tertiary / total };
}

/** The advancement ratio tertiary / secondary (产业结构高级化): above 1 when services outweigh industry. */
export function advancementRatio(x: ThreeIndustries, where: string): number {
  if (!(x.secondary > 0))
    throw new InvalidInput(
      `${where}: secondary value added is ${x.secondary}; the ratio tertiary/secondary needs it positive.`,
      "secondary",
    );
  if (!(x.tertiary >= 0)) throw new InvalidInput(`${where}: tertiary value added is ${x.tertiary}; it must not be negative.`, "tertiary");
  return x.tertiary / x.secondary;
}

/** The structure-level index 1·s₁ + 2·s₂ + 3·s₃ (产业结构层次系数), between 1 (all primary) and 3 (all tertiary). */
export function structureLevel(x: ThreeIndustries, where: string): number {
  const s = industryShares(x, where);
  return 1 * s.primary + 2 * s.secondary + 3 * s.tertiary;
}
