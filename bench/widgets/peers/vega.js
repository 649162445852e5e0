/**
 * @module vega-embed (vega + vega-lite): the same line chart as a Vega-Lite spec, canvas renderer, no actions menu,
 * data from the inline JSON block.
 */
import embed from "vega-embed";

const data = JSON.parse(document.getElementById("chart-data")?.textContent ?? "{}");
const values = data.series.flatMap((/** @type {{ name: string; values: (number | null)[] }} */ s) =>
  s.values.map((v, i) => ({ period: data.x[i], measure: s.name, value: v })),
);
await embed(
  "#chart",
  {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: 640,
    height: 280,
    data: { values },
    mark: { type: "line", point: true, tooltip: true },
    encoding: {
      x: { field: "period", type: "quantitative", scale: { zero: false } },
      y: { field: "value", type: "quantitative" },
      color: { field: "measure", type: "nominal", scale: { range: ["#0072b2", "#d55e00"] } },
    },
  },
  { renderer: "canvas", actions: false },
);
/** @type {{ __bench?: { done(): void } }} */ (/** @type {unknown} */ (window)).__bench?.done();
