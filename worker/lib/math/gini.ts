/**
 * @module The Gini coefficient: from weighted unit values, and from grouped shares (the trapezoid rule over the
 * Lorenz curve). Both follow Cowell, *Measuring Inequality* (3rd ed., 2011), ch. 2 and Technical Appendix.
 */
import { InvalidInput } from "./invalid-input";
import { checkUnits, totalValue, totalWeight, type Unit } from "./units";

/** One point of the Lorenz curve: cumulative population share and cumulative value share, after a unit. */
export interface LorenzPoint {
  id: string;
  value: number;
  populationShare: number;
  cumulativePopulation: number;
  cumulativeValue: number;
}

/** A Gini coefficient with its Lorenz curve (units in ascending order of value). */
export interface GiniResult {
  gini: number;
  mean: number;
  lorenz: LorenzPoint[];
}

/**
 * The population Gini coefficient of weighted units:
 * G = Σᵢ Σⱼ wᵢ wⱼ |yᵢ − yⱼ| / (2 μ W²), computed in O(n log n) over the sorted values.
 * It lies in [0, 1): 0 when all values are equal, and it is invariant to scaling all values and to replicating
 * the population (multiplying all weights), because it uses W² rather than the small-sample n(n−1).
 */
export function gini(units: readonly Unit[]): GiniResult {
  checkUnits(units, "non-negative", "The Gini coefficient");
  const sorted = [...units].sort((a, b) => a.value - b.value);
  const W = totalWeight(sorted);
  const T = totalValue(sorted);
  // Σ over ordered pairs j < i of wᵢ wⱼ (yᵢ − yⱼ), accumulated with running sums of wⱼ and wⱼ yⱼ.
  let pairs = 0;
  let cumW = 0;
  let cumWY = 0;
  const lorenz: LorenzPoint[] = [];
  for (const u of sorted) {
    pairs += u.weight * (u.value * cumW - cumWY);
    cumW += u.weight;
    cumWY += u.weight * u.value;
    lorenz.push({ id: u.id, value: u.value, populationShare: u.weight / W, cumulativePopulation: cumW / W, cumulativeValue: cumWY / T });
  }
  // Σᵢ Σⱼ |…| counts each unordered pair twice, so G = 2·pairs / (2 μ W²) = pairs / (T W).
  return { gini: pairs / (T * W), mean: T / W, lorenz };
}

/** A group of a grouped distribution (e.g. an income quintile): its population share and its value share or mean. */
export interface Group {
  id: string;
  /** Share (or any positive weight) of the population in the group. */
  population: number;
  /** Mean value in the group (e.g. per-capita income of the quintile). */
  mean: number;
}

/**
 * The Gini coefficient of grouped data by the trapezoid rule (Brown's formula):
 * G = 1 − Σₖ pₖ (Lₖ + Lₖ₋₁), with groups ordered by their mean, pₖ the population share and Lₖ the cumulative
 * value share. It assumes equality within each group, so it is a lower bound of the Gini of the units.
 * It equals {@link gini} of the groups taken as units weighted by population.
 */
export function giniGrouped(groups: readonly Group[]): GiniResult {
  if (groups.length === 0) throw new InvalidInput("The grouped Gini coefficient needs at least one group.");
  const units: Unit[] = groups.map((g) => ({ id: g.id, value: g.mean, weight: g.population }));
  checkUnits(units, "non-negative", "The grouped Gini coefficient");
  const sorted = [...units].sort((a, b) => a.value - b.value);
  const W = totalWeight(sorted);
  const T = totalValue(sorted);
  let area = 0;
  let previous = 0;
  let cumW = 0;
  let cumWY = 0;
  const lorenz: LorenzPoint[] = [];
  for (const u of sorted) {
    cumW += u.weight;
    cumWY += u.weight * u.value;
    const L = cumWY / T;
    area += (u.weight / W) * (L + previous);
    previous = L;
    lorenz.push({ id: u.id, value: u.value, populationShare: u.weight / W, cumulativePopulation: cumW / W, cumulativeValue: L });
  }
  return { gini: Math.max(0, 1 - area), mean: T / W, lorenz };
}
