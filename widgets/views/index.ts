/**
 * @module The shared views: what every element needs to turn validated data into a figure — the valibot
 * schemas, region names, the figure model's common part, the table, the plot with its keyboard navigation and
 * the Chart.js lifecycle. Each element's own view (`pa-x/x-view.ts`) is a file of its own in the build, loaded
 * with these in parallel with the first data request (see element/views-loader.ts), and takes what it shares
 * with the others from here, never from the modules behind: so everything reachable from here is one shared
 * chunk of the views group, not one chunk per combination of views (scripts/build/widgets.ts).
 */
import type { DataResponse } from "../../schemas/data-response";
import type { DatasetBundle } from "./dataset-helpers";
import type { IndicatorResult } from "./indicator-result";
import { namesFor } from "./names";
import { PlotController, type PlotHost } from "./plot";
import { loadRegions, type RegionIndex, regionIndex } from "./regions";
import type { Row } from "./series";

// Lines over time and rankings: the chart's builders, also what the ranking, share and tile-map views build on.
export { buildSeries } from "../../figure/build/over-time";
export { buildRanking } from "../../figure/build/ranking";
export { SCHEME, seriesColor } from "../../figure/colors";
export { bestMatch, rowCandidate } from "../internal/link-match";
export { css } from "./css-text";
export { type DatasetBundle, provenance } from "./dataset-helpers";
export { figureOf } from "./figure-of";
export { figureTable, legendOf, messageView, rankingPlot, seriesPlot, slotOf, specAxis } from "./figure-plot";
export { frameStyles } from "./frame-styles";
export { provide } from "./lit-runtime";
export { NAMES } from "./names";
export { badAttribute, notAllowed, refused } from "./not-allowed";
export { vt } from "./strings";
export { linkedRowText, renderTable, type SortState } from "./table-model";
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
