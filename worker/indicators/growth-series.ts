/**
 * @module Per-region time series for the growth indicators. Pure.
 */
import type { LocalizedText } from "../../schemas/localized-text";
import { comparePeriods } from "../../schemas/period";
import { previousYear } from "../lib/math/growth";
import { listPeriods } from "./align";
import type { Series, SeriesPoint } from "./series";

/** The points of a series grouped by region (and category), each list sorted by period. */
export function byRegion(series: Series): Map<string, SeriesPoint[]> {
  const map = new Map<string, SeriesPoint[]>();
  for (const p of series.points) {
    const key = p.category === undefined ? p.region : `${p.region}\u0000${p.category}`;
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  }
  for (const list of map.values()) list.sort((a, b) => comparePeriods(a.period, b.period));
  return map;
}

/** Region and category of a point, for result rows. */
export const placeOf = (p: SeriesPoint) => ({ region: p.region, ...(p.category === undefined ? {} : { category: p.category }) });

/** A year-on-year result row: the period's value against the same period a year earlier. */
export interface YearOnYearRow {
  period: string;
  region: string;
  category?: string;
  value: number;
  components: { previous: number; current: number };
}

/**
 * Pairs every point with the same period one year earlier (2021 with 2020, 2021-06 with 2020-06) and applies
 * `combine`; periods without a previous-year value are skipped and named in one warning (`what` = what was not
 * computed, e.g. "growth"). Shared by the year-on-year indicators so they differ only in `combine`.
 */
export function yearOnYear(
  series: Series,
  combine: (before: number, current: number, where: string) => number,
  what: string,
): { results: YearOnYearRow[]; warnings: LocalizedText[] } {
  const results: YearOnYearRow[] = [];
  const gaps: string[] = [];
  for (const points of byRegion(series).values()) {
    const byPeriod = new Map(points.map((p) => [p.period, p.value]));
    for (const p of points) {
      const previous = previousYear(p.period);
      const before = previous === undefined ? undefined : byPeriod.get(previous);
      if (previous === undefined || before === undefined) {
        gaps.push(`${p.region} ${p.period}`);
        continue;
      }
      const value = combine(before, p.value, `${p.region} ${previous}`);
      results.push({ period: p.period, ...placeOf(p), value, components: { previous: before, current: p.value } });
    }
  }
  const warnings =
    gaps.length > 0
      ? [
          {
            zh: `以下期间缺少上年同期数据，未计算：${listPeriods(gaps, "zh")}。`,
            en: `No value a year earlier, so no ${what} for: ${listPeriods(gaps)}.`,
          },
        ]
      : [];
  return { results, warnings };
}
