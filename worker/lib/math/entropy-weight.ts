/**
 * @module The entropy-weight method for a composite index (熵值法): measures that vary more across the
 * observations get more weight. Follows Hwang & Yoon, *Multiple Attribute Decision Making* (Springer, 1981),
 * §4.1 (entropy method), with min–max normalisation as is usual in the digital-economy literature.
 */
import { InvalidInput } from "./invalid-input";

/** Whether a larger value of a measure is better (+) or worse (−) for the composite. */
export type Direction = "positive" | "negative";

/** One column of the decision matrix. */
export interface Criterion {
  id: string;
  direction: Direction;
}

/** The weights and the composite scores, with every intermediate step. */
export interface EntropyWeightResult {
  /** One per criterion: the entropy eⱼ, the diversification dⱼ = 1 − eⱼ and the weight wⱼ = dⱼ / Σd. */
  criteria: { id: string; direction: Direction; min: number; max: number; entropy: number; diversification: number; weight: number }[];
  /** Normalised values x′ᵢⱼ ∈ [0, 1] per row. */
  normalised: number[][];
  /** Composite score Σⱼ wⱼ x′ᵢⱼ ∈ [0, 1] per row. */
  scores: number[];
}

/**
 * Computes entropy weights over an m × k matrix (`rows[i][j]` = value of criterion j for observation i):
 * x′ᵢⱼ = (xᵢⱼ − minⱼ)/(maxⱼ − minⱼ) (reversed for negative criteria); pᵢⱼ = x′ᵢⱼ / Σᵢ x′ᵢⱼ;
 * eⱼ = −(1/ln m) Σᵢ pᵢⱼ ln pᵢⱼ with 0·ln 0 = 0; wⱼ = (1 − eⱼ) / Σ (1 − e).
 * Needs at least two observations, and no constant criterion (it carries no information and would divide by zero).
 */
export function entropyWeights(rows: readonly (readonly number[])[], criteria: readonly Criterion[]): EntropyWeightResult {
  const m = rows.length;
  const k = criteria.length;
  if (k === 0) throw new InvalidInput("The entropy-weight index needs at least one measure.");
  if (m < 2) throw new InvalidInput(`The entropy-weight index needs at least two observations (units × periods); the filters left ${m}.`);
  const normalised: number[][] = rows.map(() => new Array<number>(k).fill(0));
  const out: EntropyWeightResult["criteria"] = [];
  for (let j = 0; j < k; j++) {
    const c = criteria[j] as Criterion;
    const column = rows.map((r) => r[j] as number);
    if (column.some((x) => !Number.isFinite(x))) throw new InvalidInput(`Measure ${c.id} has a missing or non-finite value.`);
    const min = Math.min(...column);
    const max = Math.max(...column);
    if (max === min) {
      throw new InvalidInput(
        `Measure ${c.id} has the same value (${min}) in every observation, so it carries no information; leave it out.`,
        "measures",
      );
    }
    let sum = 0;
    column.forEach((x, i) => {
      const v = c.direction === "positive" ? (x - min) / (max - min) : (max - x) / (max - min);
      (normalised[i] as number[])[j] = v;
      sum += v;
    });
    let h = 0;
    for (const row of normalised) {
      const p = (row[j] as number) / sum;
      if (p > 0) h -= p * Math.log(p);
    }
    const entropy = h / Math.log(m);
    out.push({ id: c.id, direction: c.direction, min, max, entropy, diversification: 1 - entropy, weight: 0 });
  }
  const totalD = out.reduce((s, c) => s + c.diversification, 0);
  for (const c of out) c.weight = totalD > 0 ? c.diversification / totalD : 1 / k;
  const scores = normalised.map((row) => row.reduce((s, x, j) => s + (out[j]?.weight ?? 0) * x, 0));
  return { criteria: out, normalised, scores };
}
