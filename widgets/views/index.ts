/**
 * @module The shared views: what every element needs to turn validated data into a figure — the valibot
 * schemas, region names, the table, the plot with its keyboard navigation and the Chart.js lifecycle. Each
 * element's own view (`pa-x/x-view.ts`) joins these in the views chunk, which the entry loads in parallel
 * with the first data request (see element/views-loader.ts).
 */
import type { DataResponse } from "../../schemas/data-response";
import type { DatasetBundle } from "./dataset-helpers";
import type { IndicatorResult } from "./indicator-result";
import { namesFor } from "./names";
import { PlotController, type PlotHost } from "./plot";
import { loadRegions, type RegionIndex, regionIndex } from "./regions";
import type { Row } from "./series";

export { provide } from "./lit-runtime";
export { badAttribute, notAllowed, refused } from "./not-allowed";
export { renderTable } from "./table-model";
export { unmatchedFilter } from "./unmatched";
export { parseData, parseIndicator } from "./validate";

/** A plot controller for a chart element (created on its first view). */
export const createPlot = (host: PlotHost): PlotController => new PlotController(host);

const needsRegions = (codes: (string | undefined)[]) => codes.some((c) => c?.startsWith("CN-"));

/** Region names for `codes`: the API's for provinces (fetched once per API base; codes when that fails), the names table's world part for countries. */
async function regionsFor(codes: (string | undefined)[], base: string, timeoutMs?: number): Promise<RegionIndex> {
  const [regions] = await Promise.all([needsRegions(codes) ? loadRegions(base, timeoutMs) : regionIndex(), namesFor(codes)]);
  return regions;
}

/** Adds region names to a data response. */
export async function datasetBundle(data: DataResponse, base: string, timeoutMs?: number): Promise<DatasetBundle> {
  const rows = data.rows as Row[];
  return {
    data,
    rows,
    regions: await regionsFor(
      rows.map((r) => r.region),
      base,
      timeoutMs,
    ),
  };
}

/** Adds region names to an indicator result. */
export async function indicatorBundle(result: IndicatorResult, base: string, timeoutMs?: number) {
  return {
    result,
    regions: await regionsFor(
      result.results.map((r) => r.region),
      base,
      timeoutMs,
    ),
  };
}
