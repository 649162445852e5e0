/**
 * @module Weighted units: the common input of the cross-sectional inequality measures, and their checks.
 */
import { InvalidInput } from "./invalid-input";

/** One unit of a cross-section (a province, a country, a quintile): its value, weight and optional group. */
export interface Unit {
  /** The unit's code (e.g. `CN-BJ`), used in explanations and error messages. */
  readonly id: string;
  /** The per-unit value whose dispersion is measured (e.g. GDP per person). */
  readonly value: number;
  /** The unit's weight (e.g. population); 1 for unweighted measures. */
  readonly weight: number;
  /** The group the unit belongs to, for decompositions. */
  readonly group?: string;
}

/** What a method forbids among the values. */
export type ValueDomain = "non-negative" | "positive";

/**
 * Checks a cross-section before a method runs: at least one unit, finite values in `domain`, positive weights,
 * and a positive total. Throws {@link InvalidInput} naming the first offending unit.
 */
export function checkUnits(units: readonly Unit[], domain: ValueDomain, method: string): void {
  if (units.length === 0) throw new InvalidInput(`${method} needs at least one unit; the filters left none.`);
  for (const u of units) {
    if (!Number.isFinite(u.value)) throw new InvalidInput(`${method}: the value of ${u.id} is not a finite number.`);
    if (!(Number.isFinite(u.weight) && u.weight > 0)) {
      throw new InvalidInput(
        `${method}: the weight of ${u.id} is ${u.weight}; weights must be positive. Filter ${u.id} out or fix the weight series.`,
        "weight",
      );
    }
    if (u.value < 0) {
      throw new InvalidInput(
        `${method} is defined for non-negative values, but ${u.id} has ${u.value}. Filter it out with region=… or use a measure without negatives.`,
      );
    }
    if (domain === "positive" && u.value === 0) {
      throw new InvalidInput(
        `${method} takes the logarithm of every value, so it needs positive values, but ${u.id} is 0. Use theil-t (which allows zeros) or filter ${u.id} out.`,
      );
    }
  }
  if (totalValue(units) <= 0)
    throw new InvalidInput(`${method}: every value is zero, so the mean is zero and relative inequality is undefined.`);
}

/** Σ wᵢ. */
export const totalWeight = (units: readonly Unit[]): number => units.reduce((s, u) => s + u.weight, 0);

/** Σ wᵢ·yᵢ. */
export const totalValue = (units: readonly Unit[]): number => units.reduce((s, u) => s + u.weight * u.value, 0);

/** The weighted mean μ = Σ wᵢyᵢ / Σ wᵢ. */
export const weightedMean = (units: readonly Unit[]): number => totalValue(units) / totalWeight(units);

/** Units grouped by their `group` (units without one fall in the group `""`), in first-seen order. */
export function byGroup(units: readonly Unit[]): Map<string, Unit[]> {
  const groups = new Map<string, Unit[]>();
  for (const u of units) {
    const key = u.group ?? "";
    const list = groups.get(key);
    if (list) list.push(u);
    else groups.set(key, [u]);
  }
  return groups;
}
