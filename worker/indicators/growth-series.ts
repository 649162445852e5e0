/**
 * @module Per-region time series for the growth indicators. Pure.
 */
import { comparePeriods } from "../../schemas/period";
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
