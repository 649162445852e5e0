/**
 * @module Entropy-weight composite scores over several measures, per region and period: shared by
 * `entropy-index` and `coupling-coordination`. Pure.
 */
import type { LocalizedText } from "../../schemas/localized-text";
import { entropyWeights } from "../lib/math/entropy-weight";
import { joinSeries } from "./align";
import { provincesOnly, tidy } from "./cross-section";
import { choiceOption } from "./params";
import type { Series } from "./series";
import type { ComputeContext } from "./types";

/** The `pool` option: one set of weights for the whole panel, or one per period. */
export const POOL = choiceOption(
  {
    zh: "all = 全部地区和期间合并计算一组权重（跨期可比）；period = 每期单独计算。",
    en: "all = one set of weights over every region and period (comparable over time); period = weights per period.",
  },
  ["all", "period"],
  "all",
);

/** A composite score of one region in one period. */
export interface CompositeScore {
  region: string;
  period: string;
  score: number;
}

/** Scores and, per pool, the weights that made them. */
export function composite(
  measures: readonly Series[],
  pool: "all" | "period",
  context: ComputeContext,
): { scores: CompositeScore[]; weights: Record<string, unknown>; warnings: LocalizedText[] } {
  const joined = joinSeries(measures, context.strictPeriods);
  const { kept: rows, warnings } = provincesOnly(joined.rows, context);
  warnings.unshift(...joined.warnings);
  const pools = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = pool === "all" ? "all" : row.period;
    const list = pools.get(key);
    if (list) list.push(row);
    else pools.set(key, [row]);
  }
  const criteria = measures.map((m) => ({ id: m.label, direction: m.negative ? ("negative" as const) : ("positive" as const) }));
  const scores: CompositeScore[] = [];
  const weights: Record<string, unknown> = {};
  for (const [key, list] of pools) {
    const r = entropyWeights(
      list.map((row) => row.values),
      criteria,
    );
    weights[key] = r.criteria.map((c) => ({
      ...c,
      min: tidy(c.min),
      max: tidy(c.max),
      entropy: tidy(c.entropy),
      diversification: tidy(c.diversification),
      weight: tidy(c.weight),
    }));
    list.forEach((row, i) => {
      scores.push({ region: row.region, period: row.period, score: r.scores[i] as number });
    });
  }
  return { scores, weights, warnings };
}
