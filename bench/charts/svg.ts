/**
 * @module Bench: SVG render CPU per element kind (`npx tsx bench/charts/svg.ts`). What the charts Worker does per
 * request after the data has arrived: buildFigure + renderSvg, on the real data, 300 runs each after 30 warm-ups;
 * prints p50 and p99 in ms (target p99 ≤ 10 ms, issue 12). Node's V8 stands in for workerd's.
 */
import { indicatorFigure } from "../../figure/build/indicator";
import type { NameTable } from "../../figure/names";
import names from "../../figure/names-table.json";
import { renderSvg } from "../../figure/svg/render";
import { datasetFigure } from "../../scripts/build/charts";
import { growth, theil } from "../../test/figure/indicator-fixtures";
import { CASES, datasetById, pct, timeRuns } from "./cases";

for (const [id, kind, choice] of CASES) {
  const dataset = datasetById(id);
  if (!dataset) continue;
  const times = timeRuns(30, 300, (i) => renderSvg(datasetFigure(dataset, i % 2 ? "en" : "zh", { ...choice, kind })));
  console.log(`${kind.padEnd(8)} ${id.padEnd(24)} p50 ${pct(times, 50).toFixed(2)} ms  p99 ${pct(times, 99).toFixed(2)} ms`);
}

// Indicator figures (a decomposition, lines per region) from results in the API's shape.
for (const [name, result] of [
  ["theil-t (stack)", theil],
  ["growth-yoy (lines)", growth],
] as const) {
  const times = timeRuns(30, 300, (i) => renderSvg(indicatorFigure({ lang: i % 2 ? "en" : "zh", result, names: names as NameTable })));
  console.log(`${"indicator".padEnd(8)} ${name.padEnd(24)} p50 ${pct(times, 50).toFixed(2)} ms  p99 ${pct(times, 99).toFixed(2)} ms`);
}
