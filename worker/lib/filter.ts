/**
 * @module Applies data filters to a version's rows. Pure: no Hono, no storage.
 */
import type { RegionGroup } from "../../schemas";
import { comparePeriods, periodSpan } from "../../schemas/period";

/** Region codes that name the same place in two code lists (China: ISO alpha-2 and World Bank/ISO alpha-3). */
/** Region codes that name the same region. */
export const ALIASES: Readonly<Record<string, string>> = { CN: "CHN", CHN: "CN" };

/** What the filter needs to know besides the query: which provinces form each group. */
export interface FilterContext {
  groups: ReadonlyMap<RegionGroup, readonly string[]>;
}

/** The row filters common to the data and diff routes. */
export interface RowFilters {
  region?: readonly string[];
  group?: readonly RegionGroup[];
  period?: { from?: string; to?: string };
  measure?: readonly string[];
  category?: readonly string[];
}

/** A filter compiled to sets and month bounds: what both block selection and row filtering need. */
export interface Selection {
  regions?: ReadonlySet<string>;
  measures?: ReadonlySet<string>;
  categories?: ReadonlySet<string>;
  /** First month a row's period may start in, counted as `year * 12 + month - 1`. */
  from?: number;
  /** Last month a row's period may end in. */
  to?: number;
}

/** Compiles filters to a selection; region groups and aliases are expanded to codes. */
export function selectionOf(query: RowFilters, context: FilterContext): Selection {
  const selection: Selection = {};
  if (query.region || query.group) {
    const regions = new Set<string>();
    for (const code of query.region ?? []) {
      regions.add(code);
      const alias = ALIASES[code];
      if (alias) regions.add(alias);
    }
    for (const group of query.group ?? []) for (const code of context.groups.get(group) ?? []) regions.add(code);
    selection.regions = regions;
  }
  if (query.measure) selection.measures = new Set(query.measure);
  if (query.category) selection.categories = new Set(query.category);
  if (query.period?.from) selection.from = periodSpan(query.period.from)?.first;
  if (query.period?.to) selection.to = periodSpan(query.period.to)?.last;
  return selection;
}

/** True when a row passes every part of the selection. Rows without a field fail a filter on it. */
export function matches(row: Readonly<Record<string, unknown>>, s: Selection): boolean {
  if (s.regions && !s.regions.has(String(row.region))) return false;
  if (s.measures && !s.measures.has(String(row.measure))) return false;
  if (s.categories && (row.category === undefined || !s.categories.has(String(row.category)))) return false;
  if (s.from !== undefined || s.to !== undefined) {
    const span = typeof row.period === "string" ? periodSpan(row.period) : undefined;
    if (!span) return false;
    if (s.from !== undefined && span.first < s.from) return false;
    if (s.to !== undefined && span.last > s.to) return false;
  }
  return true;
}

/** Returns the rows that satisfy the selection, in their stored order. */
export function filterRows<T extends Readonly<Record<string, unknown>>>(rows: readonly T[], selection: Selection): T[] {
  return rows.filter((row) => matches(row, selection));
}

/** The key of the series a row belongs to: region × measure × category. */
export const seriesKey = (row: Readonly<Record<string, unknown>>) => `${row.region}\u0000${row.measure}\u0000${row.category ?? ""}`;

/**
 * Keeps the rows of the `n` most recent periods of each series, in stored order. "Most recent" follows
 * {@link comparePeriods}, so a year sorts after its months.
 */
export function latestRows<T extends Readonly<Record<string, unknown>>>(rows: readonly T[], n: number): T[] {
  const periods = new Map<string, string[]>();
  for (const row of rows) {
    const key = seriesKey(row);
    const list = periods.get(key) ?? [];
    list.push(String(row.period));
    periods.set(key, list);
  }
  const keep = new Map<string, Set<string>>();
  for (const [key, list] of periods) keep.set(key, new Set([...new Set(list)].sort(comparePeriods).slice(-n)));
  return rows.filter((row) => keep.get(seriesKey(row))?.has(String(row.period)));
}

/** Keeps only `fields` of each row, in that order, dropping absent values. */
export function project(rows: readonly Readonly<Record<string, unknown>>[], fields: readonly string[]): Record<string, unknown>[] {
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const f of fields) if (row[f] !== undefined) out[f] = row[f];
    return out;
  });
}
