/**
 * @module Bench: SVG and PNG render CPU per element kind (`npx tsx bench/charts/render.ts`), what the charts Worker
 * does per request once the data has arrived: buildFigure + renderSvg (SVG), then resvg (WebAssembly, the same
 * charts/png.ts and font subset the Worker embeds) at 2× density (PNG). On the real data, zh and en alternating:
 * SVG 300 runs after 30 warm-ups, PNG 40 after 4 (each is tens of ms). Prints p50 and p99 in ms (SVG target
 * p99 ≤ 10 ms, issue 12). Node's V8 and WebAssembly engine stand in for workerd's. Needs `npm run build` (.charts/).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initRasteriser, rasterise } from "../../charts/png";
import { renderSvg } from "../../figure/svg/render";
import { CHART_FONT } from "../../scripts/build/chart-font";
import { datasetFigure } from "../../scripts/build/charts";
import { CASES, datasetById, pct, timeRuns } from "./cases";

await initRasteriser(readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm")));
const font = readFileSync(CHART_FONT.font);
console.log("| kind | dataset | SVG p50 | SVG p99 | PNG p50 | PNG p99 | PNG size |");
console.log("|---|---|---|---|---|---|---|");
for (const [id, kind, choice] of CASES) {
  const dataset = datasetById(id);
  if (!dataset) continue;
  const svgTimes = timeRuns(30, 300, (i) => renderSvg(datasetFigure(dataset, i % 2 ? "en" : "zh", { ...choice, kind })));
  const pngTimes: number[] = [];
  let size = "";
  for (let i = 0; i < 44; i++) {
    const svg = renderSvg(datasetFigure(dataset, i % 2 ? "en" : "zh", { ...choice, kind }));
    const t0 = performance.now();
    const png = rasterise(svg, font, 2);
    if (i >= 4) pngTimes.push(performance.now() - t0);
    const view = new DataView(png.buffer, png.byteOffset);
    size = `${view.getUint32(16)}×${view.getUint32(20)}`;
  }
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  console.log(
    `| ${kind} | ${id} | ${ms(pct(svgTimes, 50))} | ${ms(pct(svgTimes, 99))} | ${ms(pct(pngTimes, 50))} | ${ms(pct(pngTimes, 99))} | ${size} |`,
  );
}
