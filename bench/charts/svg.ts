/**
 * @module Bench: SVG render CPU per element kind (`npx tsx bench/charts/svg.ts`). What the charts Worker does per
 * request after the data has arrived: buildFigure + renderSvg, on the real data, 300 runs each after 30 warm-ups;
 * prints p50 and p99 in ms (target p99 ≤ 10 ms, issue 12). Node's V8 stands in for workerd's.
 */
import { indicatorFigure } from "../../figure/build/indicator";
import type { FigureKind } from "../../figure/model";
import type { NameTable } from "../../figure/names";
import names from "../../figure/names-table.json";
import { renderSvg } from "../../figure/svg/render";
import { datasetFigure } from "../../scripts/build/charts";
import { buildCatalog } from "../../scripts/build/data";
import { growth, theil } from "../../test/figure/indicator-fixtures";

const { datasets = [] } = buildCatalog();
const byId = (id: string) => datasets.find((d) => d.meta.id === id);
const CASES: [string, FigureKind, { measure?: string[]; region?: string[] }][] = [
  ["province-gdp", "line", {}],
  ["province-gdp", "bar", { region: ["CN-GD", "CN-JS", "CN-SD"] }],
  ["province-gdp", "ranking", {}],
  ["platform-market-shares", "share", {}],
  ["province-gdp", "tilemap", {}],
  ["national-gdp", "stat", { measure: ["gdp"] }],
  ["national-gdp", "table", { measure: ["gdp"] }],
];
const pct = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] as number;
for (const [id, kind, choice] of CASES) {
  const dataset = byId(id);
  if (!dataset) continue;
  const times: number[] = [];
  for (let i = 0; i < 330; i++) {
    const t0 = performance.now();
    renderSvg(datasetFigure(dataset, i % 2 ? "en" : "zh", { ...choice, kind }));
    if (i >= 30) times.push(performance.now() - t0);
  }
  console.log(`${kind.padEnd(8)} ${id.padEnd(24)} p50 ${pct(times, 50).toFixed(2)} ms  p99 ${pct(times, 99).toFixed(2)} ms`);
}

// Indicator figures (a decomposition, lines per region) from results in the API's shape.
for (const [name, result] of [
  ["theil-t (stack)", theil],
  ["growth-yoy (lines)", growth],
] as const) {
  const times: number[] = [];
  for (let i = 0; i < 330; i++) {
    const t0 = performance.now();
    renderSvg(indicatorFigure({ lang: i % 2 ? "en" : "zh", result, names: names as NameTable }));
    if (i >= 30) times.push(performance.now() - t0);
  }
  console.log(`${"indicator".padEnd(8)} ${name.padEnd(24)} p50 ${pct(times, 50).toFixed(2)} ms  p99 ${pct(times, 99).toFixed(2)} ms`);
}
