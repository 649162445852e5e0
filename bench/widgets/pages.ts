/**
 * @module The four pages of the widget benchmark: the same line chart, the same inline data, drawn by our
 * one-script embed, a hand-written Chart.js page, vega-embed and ECharts. Each page calls `__bench.done()` when its
 * chart is drawn (ours: the `pa-draw` event, fired once the first frame is on the canvas); the probe then waits two animation frames (the frame with the chart is painted) and records
 * `performance.now()` — time since navigation start.
 */
import { CHART, type ChartData } from "./chart-data";

/** A contender: its name in the table and its page. */
export interface Contender {
  name: string;
  path: string;
  html: string;
}

const probe = `<script>
window.__bench = { done() { requestAnimationFrame(() => requestAnimationFrame(() => { window.__paintedAt = performance.now(); })); } };
</script>`;

const page = (title: string, head: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${probe}
${head}
</head><body style="margin:16px;font-family:system-ui,sans-serif">
${body}
</body></html>
`;

const inline = (data: ChartData) => `<script type="application/json" id="chart-data">${JSON.stringify(data)}</script>`;

/** Our element, reading the data from the API on the script's origin (how the README tells people to embed it). */
export function oursFromApi(): Contender {
  const element = `<pa-chart dataset="${CHART.dataset}@${CHART.version}" measure="${CHART.measures.join(",")}" lang="en" style="width:672px"></pa-chart>`;
  return {
    name: "ours: one-script embed (data from API)",
    path: "/ours-api.html",
    html: page(
      "pa-chart",
      `<script>document.addEventListener("pa-draw", () => window.__bench.done(), { once: true });</script>
<script type="module" src="/widgets/v1.js"></script>`,
      element,
    ),
  };
}

/**
 * Our element with the data inline in a child `<script type="application/json">` (the widget kit's inline mode):
 * `json` is the body of the API's `data.json` for the chart, as the kit expects.
 */
export function oursInline(json: string): Contender {
  const element = `<pa-chart measure="${CHART.measures.join(",")}" lang="en" style="width:672px"><script type="application/json">${json.replace(/</g, "\\u003c")}</script></pa-chart>`;
  return {
    name: "ours: one-script embed (inline data)",
    path: "/ours-inline.html",
    html: page(
      "pa-chart",
      `<script>document.addEventListener("pa-draw", () => window.__bench.done(), { once: true });</script>
<script type="module" src="/widgets/v1.js"></script>`,
      element,
    ),
  };
}

/**
 * The same inline chart embedded through the classic loader (`/widgets/v1-loader.js`, which adds the modern module
 * in current browsers and the legacy build in old Chromium cores): what the loader costs the modern path.
 */
export function oursViaLoader(json: string): Contender {
  const inlineContender = oursInline(json);
  return {
    name: "ours: embed through the loader (inline data)",
    path: "/ours-loader.html",
    html: inlineContender.html.replace(
      '<script type="module" src="/widgets/v1.js"></script>',
      '<script async src="/widgets/v1-loader.js"></script>',
    ),
  };
}

/** A peer page: a canvas or a box, the inline data, one bundled module script. */
function peer(name: string, file: string, data: ChartData, target: string): Contender {
  return {
    name,
    path: `/${file}.html`,
    html: page(name, `<script type="module" src="/peers/${file}.js"></script>`, `${target}\n${inline(data)}`),
  };
}

/** The three peers, in the order of the table. */
export function peers(data: ChartData): Contender[] {
  return [
    peer("Chart.js, hand-written (the limit)", "chartjs", data, `<canvas id="chart" width="640" height="320"></canvas>`),
    peer("vega-embed (vega + vega-lite)", "vega", data, `<div id="chart"></div>`),
    peer("Apache ECharts (tree-shaken)", "echarts", data, `<div id="chart" style="width:640px;height:320px"></div>`),
  ];
}
