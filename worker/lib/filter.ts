/**
 * @module Applies data filters to a version's rows. Pure: no Hono, no storage.
 */
import { type DataQuery, type Observation, periodSpan, type RegionGroup } from "../../schemas";

/** Region codes that name the same place in two code lists (China: ISO alpha-2 and World Bank/ISO alpha-3). */
const ALIASES: Readonly<Record<string, string>> = { CN: "CHN", CHN: "CN" };

/** What the filter needs to know besides the query: which provinces form each group. */
export interface FilterContext {
  groups: ReadonlyMap<RegionGroup, readonly string[]>;
}

/** Returns the rows that satisfy every filter in `query`, in their stored order. */
export function filterRows(rows: readonly Observation[], query: DataQuery, context: FilterContext): Observation[] {
  let regions: Set<string> | undefined;
  if (query.region || query.group) {
    regions = new Set();
    for (const code of query.region ?? []) {
      regions.add(code);
      const alias = ALIASES[code];
      if (alias) regions.add(alias);
    }
    for (const group of query.group ?? []) for (const code of context.groups.get(group) ?? []) regions.add(code);
  }
  const measures = query.measure ? new Set(query.measure) : undefined;
  const from = query.period?.from ? periodSpan(query.period.from)?.first : undefined;
  const to = query.period?.to ? periodSpan(query.period.to)?.last : undefined;
  return rows.filter((row) => {
    if (regions && !regions.has(row.region)) return false;
    if (measures && !measures.has(row.measure)) return false;
    if (from !== undefined || to !== undefined) {
      const span = periodSpan(row.period);
      if (!span) return false;
      if (from !== undefined && span.first < from) return false;
      if (to !== undefined && span.last > to) return false;
    }
    return true;
  });
}
