/**
 * @module Indicators computed row by row from several inputs joined on region and period (ratios, gaps,
 * structure). Pure.
 */
import type { IndicatorResultRow } from "../../schemas/indicator";
import type { LocalizedText } from "../../schemas/localized-text";
import { type JoinedRow, joinSeries } from "./align";
import type { Series } from "./series";
import type { ComputeContext } from "./types";

/** Joins `inputs` and maps each joined row to result rows; `where` names the row in error messages. */
export function pointwise(
  inputs: readonly Series[],
  context: ComputeContext,
  map: (
    values: number[],
    where: string,
    row: JoinedRow,
  ) => Omit<IndicatorResultRow, "period" | "region"> | Omit<IndicatorResultRow, "period" | "region">[],
): { results: IndicatorResultRow[]; warnings: LocalizedText[] } {
  const { rows, warnings } = joinSeries(inputs, context.strictPeriods);
  const results: IndicatorResultRow[] = [];
  for (const row of rows) {
    const where = `${row.region} ${row.period}${row.category ? ` (${row.category})` : ""}`;
    const out = map(row.values, where, row);
    for (const r of Array.isArray(out) ? out : [out]) {
      results.push({ period: row.period, region: row.region, ...(row.category === undefined ? {} : { category: row.category }), ...r });
    }
  }
  return { results, warnings };
}

/** True when a unit text denotes percentages (so differences are percentage points). */
export const isPercent = (unit: LocalizedText): boolean => /%|percent|百分/.test(`${unit.en} ${unit.zh}`);
