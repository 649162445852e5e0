/**
 * @module Apache ECharts, tree-shaken the documented way (`echarts/core` + the line chart, the components it
 * shows and the canvas renderer), animation off, data from the inline JSON block.
 */
import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const data = JSON.parse(document.getElementById("chart-data")?.textContent ?? "{}");
const chart = init(/** @type {HTMLElement} */ (document.getElementById("chart")), null, { renderer: "canvas" });
chart.on("finished", () => /** @type {{ __bench?: { done(): void } }} */ (/** @type {unknown} */ (window)).__bench?.done());
chart.setOption({
  animation: false,
  color: ["#0072b2", "#d55e00"],
  legend: {},
  tooltip: { trigger: "axis" },
  xAxis: { type: "category", data: data.periods },
  yAxis: { type: "value" },
  series: data.series.map((/** @type {{ name: string; values: (number | null)[] }} */ s) => ({
    name: s.name,
    type: "line",
    data: s.values,
  })),
});
