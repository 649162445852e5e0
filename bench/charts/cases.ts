/**
 * @module What the figure benches share (bench/charts/svg.ts, bench/charts/render.ts): the element kinds drawn on
 * real data, a timing loop and percentiles.
 */
import type { FigureKind } from "../../figure/model";
import { buildCatalog } from "../../scripts/build/data";
import type { LoadedDataset } from "../../scripts/lib/read-data";

const { datasets = [] } = buildCatalog();

/** One figure per element kind: dataset id, kind and the element's choices. */
export const CASES: [string, FigureKind, { measure?: string[]; region?: string[] }][] = [
  ["province-gdp", "line", {}],
  ["province-gdp", "bar", { region: ["CN-GD", "CN-JS", "CN-SD"] }],
  ["province-gdp", "ranking", {}],
  ["platform-market-shares", "share", {}],
  ["province-gdp", "tilemap", {}],
  ["national-gdp", "stat", { measure: ["gdp"] }],
  ["national-gdp", "table", { measure: ["gdp"] }],
];

/** A dataset of the current build by id. */
export const datasetById = (id: string): LoadedDataset | undefined => datasets.find((d) => d.meta.id === id);

/** The `p`th percentile of `xs` (not modified). */
export const pct = (xs: readonly number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] as number;

/** Times `run(i)` `runs` times after `warmup` untimed runs, in ms. */
export function timeRuns(warmup: number, runs: number, run: (i: number) => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    run(i);
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return times;
}
