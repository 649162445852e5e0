/**
 * @module Dispersion measures: the coefficient of variation, its population-weighted form (Williamson 1965,
 * "Regional Inequality and the Process of National Development", Economic Development and Cultural Change
 * 13(4, Part 2): 1–84), and the standard deviation of logarithms used for σ-convergence.
 */
import { checkUnits, totalWeight, type Unit, weightedMean } from "./units";

/** A dispersion figure with the mean and standard deviation it comes from. */
export interface DispersionResult {
  value: number;
  mean: number;
  sd: number;
}

/** Weighted population standard deviation √(Σ pᵢ (xᵢ − μ)²) of `xs` with weights summing to W. */
function weightedSd(xs: readonly number[], weights: readonly number[], mean: number): number {
  const W = weights.reduce((s, w) => s + w, 0);
  let ss = 0;
  xs.forEach((x, i) => {
    ss += ((weights[i] ?? 0) / W) * (x - mean) ** 2;
  });
  return Math.sqrt(ss);
}

/**
 * The coefficient of variation σ/μ with the population standard deviation (divisor n, not n − 1), so that
 * replicating every unit leaves it unchanged. Weights are ignored: every unit counts once.
 */
export function coefficientOfVariation(units: readonly Unit[]): DispersionResult {
  checkUnits(units, "non-negative", "The coefficient of variation");
  const equal = units.map((u) => ({ ...u, weight: 1 }));
  const mean = weightedMean(equal);
  const sd = weightedSd(
    equal.map((u) => u.value),
    equal.map(() => 1),
    mean,
  );
  return { value: sd / mean, mean, sd };
}

/**
 * Williamson's population-weighted coefficient of variation: √(Σ (wᵢ/W)(yᵢ − ȳ)²) / ȳ, where ȳ is the
 * population-weighted mean of the units (Williamson used the national figure; with complete coverage they agree).
 */
export function williamson(units: readonly Unit[]): DispersionResult {
  checkUnits(units, "non-negative", "The Williamson coefficient");
  const mean = weightedMean(units);
  const sd = weightedSd(
    units.map((u) => u.value),
    units.map((u) => u.weight),
    mean,
  );
  return { value: sd / mean, mean, sd };
}

/**
 * The standard deviation of log values, σ = √(Σ (wᵢ/W)(ln yᵢ − m)²) with m the weighted mean of ln yᵢ —
 * the dispersion whose fall over time defines σ-convergence (Barro & Sala-i-Martin 1992, JPE 100(2): 223–251).
 * Unweighted when every weight is 1. Needs positive values.
 */
export function sdOfLogs(units: readonly Unit[]): DispersionResult {
  checkUnits(units, "positive", "The standard deviation of logarithms");
  const W = totalWeight(units);
  const logs = units.map((u) => Math.log(u.value));
  const mean = logs.reduce((s, x, i) => s + ((units[i]?.weight ?? 0) / W) * x, 0);
  const sd = weightedSd(
    logs,
    units.map((u) => u.weight),
    mean,
  );
  return { value: sd, mean, sd };
}
