/**
 * @module Theil's entropy indices, T = GE(1) and L = GE(0) (mean log deviation), with their exact decomposition
 * into between-group and within-group inequality (Shorrocks 1980, Econometrica 48(3): 613–625).
 */
import { byGroup, checkUnits, totalValue, totalWeight, type Unit } from "./units";

/** Which member of the generalised-entropy family. */
export type TheilKind = "T" | "L";

/** One group's part of the decomposition. */
export interface TheilGroup {
  group: string;
  units: number;
  /** pₘ: the group's share of total weight (population). */
  populationShare: number;
  /** sₘ: the group's share of the total (e.g. of GDP). */
  valueShare: number;
  /** The group's weighted mean value. */
  mean: number;
  /** The index computed within the group alone (`null` when the group's values are all zero). */
  within: number | null;
  /** The group's term in the within part: sₘ·Tₘ (T) or pₘ·Lₘ (L). */
  withinContribution: number;
  /** The group's term in the between part: sₘ ln(sₘ/pₘ) (T) or pₘ ln(pₘ/sₘ) (L). */
  betweenContribution: number;
}

/** One unit's term in the total. */
export interface TheilUnit {
  id: string;
  group?: string;
  value: number;
  populationShare: number;
  valueShare: number;
  /** sᵢ ln(sᵢ/pᵢ) (T) or pᵢ ln(pᵢ/sᵢ) (L); the terms sum to the total. */
  contribution: number;
}

/** The index, its exact decomposition and the intermediate values. */
export interface TheilResult {
  total: number;
  between: number;
  within: number;
  mean: number;
  groups: TheilGroup[];
  units: TheilUnit[];
}

/** x ln(x/y) with the limit 0·ln 0 = 0. */
const xlog = (x: number, y: number): number => (x === 0 ? 0 : x * Math.log(x / y));

/**
 * Theil T (`kind` "T", GE(1)) or Theil L (`kind` "L", GE(0)) of weighted units, decomposed by `unit.group`.
 * With pᵢ = wᵢ/W and sᵢ = wᵢyᵢ/Σwy:
 * T = Σ sᵢ ln(sᵢ/pᵢ) = Σₘ sₘ Tₘ + Σₘ sₘ ln(sₘ/pₘ);  L = Σ pᵢ ln(pᵢ/sᵢ) = Σₘ pₘ Lₘ + Σₘ pₘ ln(pₘ/sₘ).
 * The total is computed from the units directly, so `between + within = total` is a real check.
 * T allows zero values (0·ln 0 = 0); L needs every value positive.
 */
export function theil(units: readonly Unit[], kind: TheilKind): TheilResult {
  checkUnits(units, kind === "L" ? "positive" : "non-negative", kind === "T" ? "Theil T" : "Theil L");
  const W = totalWeight(units);
  const Y = totalValue(units);
  const term = (s: number, p: number) => (kind === "T" ? xlog(s, p) : xlog(p, s));
  const unitTerms: TheilUnit[] = units.map((u) => {
    const p = u.weight / W;
    const s = (u.weight * u.value) / Y;
    return {
      id: u.id,
      ...(u.group === undefined ? {} : { group: u.group }),
      value: u.value,
      populationShare: p,
      valueShare: s,
      contribution: term(s, p),
    };
  });
  const total = unitTerms.reduce((sum, u) => sum + u.contribution, 0);
  const groups: TheilGroup[] = [];
  for (const [group, members] of byGroup(units)) {
    const Wg = totalWeight(members);
    const Yg = totalValue(members);
    const pg = Wg / W;
    const sg = Yg / Y;
    let within: number | null = null;
    if (Yg > 0) {
      within = 0;
      for (const u of members) within += term((u.weight * u.value) / Yg, u.weight / Wg);
    }
    groups.push({
      group,
      units: members.length,
      populationShare: pg,
      valueShare: sg,
      mean: Yg / Wg,
      within,
      withinContribution: within === null ? 0 : (kind === "T" ? sg : pg) * within,
      betweenContribution: term(sg, pg),
    });
  }
  const between = groups.reduce((sum, g) => sum + g.betweenContribution, 0);
  const within = groups.reduce((sum, g) => sum + g.withinContribution, 0);
  return { total, between, within, mean: Y / W, groups, units: unitTerms };
}
