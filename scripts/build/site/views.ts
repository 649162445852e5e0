/**
 * @module Picks what a page charts by default for a dataset (a few measures or regions that read well in one
 * line chart) and pivots those rows into the static table that stands beside the live chart.
 */
import { type CatalogEntry, comparePeriods } from "../../../schemas";
import type { Row } from "../../lib/read-data";

/** What a chart shows: measure ids and region codes, in order. */
export interface ChartView {
  measures: string[];
  regions: string[];
}

/** Most lines a default chart draws: more is unreadable and defeats the colour palette. */
const MAX_SERIES = 6;
/** Regions that summarise the others (nation, world): shown first when a dataset has many regions. */
const AGGREGATE = /^(CN|CHN|WLD)$/;
/** Large economies China is usually compared with, in world datasets. */
const PEERS = ["USA", "IND", "JPN", "DEU", "BRA"];

const str = (row: Row, key: string) => (row[key] === undefined ? undefined : String(row[key]));

/**
 * The default view of a dataset's rows, or `undefined` when it has nothing a line chart can show (reference
 * tables; measures broken down into more categories than a chart can tell apart).
 */
export function defaultView(entry: CatalogEntry, rows: readonly Row[], aggregates: ReadonlySet<string> = new Set()): ChartView | undefined {
  if (entry.kind !== "observations") return undefined;
  const categories = new Map<string, Set<string>>();
  for (const r of rows) {
    const measure = String(r.measure);
    const set = categories.get(measure) ?? new Set();
    const category = str(r, "category");
    if (category) set.add(category);
    categories.set(measure, set);
  }
  const candidates = entry.measures.filter((m) => categories.has(m.id) && (categories.get(m.id)?.size ?? 0) <= MAX_SERIES);
  // The dataset's declared default measures (metadata `defaults`, when present) come first.
  const declared = (entry as { defaults?: { measures?: string[] } }).defaults?.measures?.filter((id) => categories.has(id));
  const first = candidates.find((m) => declared?.includes(m.id)) ?? candidates[0];
  if (!first) return undefined;
  const ofFirst = rows.filter((r) => str(r, "measure") === first.id);
  if ((categories.get(first.id)?.size ?? 0) > 0)
    return { measures: [first.id], regions: [...new Set(ofFirst.map((r) => String(r.region)))].slice(0, 1) };
  const regions = [...new Set(ofFirst.map((r) => String(r.region)))].sort();
  if (regions.length > MAX_SERIES) return { measures: [first.id], regions: pickRegions(ofFirst, regions, aggregates) };
  if (regions.length > 1) return { measures: [first.id], regions };
  if (declared?.length) return { measures: declared, regions };
  const sameUnit = candidates.filter((m) => m.unit.en === first.unit.en && categories.get(m.id)?.size === 0).slice(0, 3);
  return { measures: sameUnit.map((m) => m.id), regions };
}

/**
 * China and the world first, then large peer economies (world datasets) or the regions (not other aggregates)
 * with the largest value in the latest period that has values for many regions, up to five lines.
 */
function pickRegions(rows: readonly Row[], regions: string[], aggregates: ReadonlySet<string>): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(String(r.period), (counts.get(String(r.period)) ?? 0) + 1);
  const most = Math.max(...counts.values());
  // The newest period with at least half the regions: the very latest year is often reported by few countries.
  const latest = [...counts.keys()]
    .filter((p) => (counts.get(p) ?? 0) * 2 >= most)
    .sort(comparePeriods)
    .at(-1);
  const value = new Map(rows.filter((r) => String(r.period) === latest).map((r) => [String(r.region), Number(r.value)]));
  const headline = regions.filter((r) => AGGREGATE.test(r));
  const peers = PEERS.filter((r) => regions.includes(r) && value.has(r));
  if (headline.includes("CHN") && peers.length >= 3) return [...headline, ...peers].slice(0, 5);
  const ranked = regions
    .filter((r) => !AGGREGATE.test(r) && !aggregates.has(r))
    .sort((a, b) => (value.get(b) ?? -Infinity) - (value.get(a) ?? -Infinity));
  return [...headline, ...ranked].slice(0, 5);
}

/** One column of the pivoted table. */
export interface TableSeries {
  measure: string;
  region: string;
  category?: string;
  values: Map<string, { value: number; status?: string }>;
}

/** The rows of a view as a period × series table (periods in time order). */
export function pivot(view: ChartView, rows: readonly Row[]): { periods: string[]; series: TableSeries[] } {
  const series: TableSeries[] = [];
  for (const measure of view.measures) {
    for (const region of view.regions) {
      const byCategory = new Map<string, Map<string, { value: number; status?: string }>>();
      for (const r of rows) {
        if (str(r, "measure") !== measure || str(r, "region") !== region) continue;
        const category = str(r, "category") ?? "";
        const values = byCategory.get(category) ?? new Map();
        values.set(String(r.period), { value: Number(r.value), status: str(r, "status") || undefined });
        byCategory.set(category, values);
      }
      for (const [category, values] of byCategory) series.push({ measure, region, ...(category ? { category } : {}), values });
    }
  }
  const periods = [...new Set(series.flatMap((s) => [...s.values.keys()]))].sort(comparePeriods);
  return { periods, series };
}
