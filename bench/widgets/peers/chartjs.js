/**
 * @module The limit: a hand-written Chart.js page. Only what a line chart with legend and tooltip needs is
 * registered (the same set `<pa-chart>` registers), animation off, data read from the inline JSON block.
 * Plain JS: it runs in the browser and is bundled by esbuild.
 */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

const data = JSON.parse(document.getElementById("chart-data")?.textContent ?? "{}");
const colors = ["#0072b2", "#d55e00"];
const canvas = /** @type {HTMLCanvasElement} */ (document.getElementById("chart"));
new Chart(canvas, {
  type: "line",
  data: {
    datasets: data.series.map((/** @type {{ name: string; values: (number | null)[] }} */ s, /** @type {number} */ i) => ({
      label: s.name,
      data: s.values.map((y, j) => ({ x: data.x[j], y })),
      borderColor: colors[i],
      backgroundColor: colors[i],
      pointRadius: 3,
      borderWidth: 2,
    })),
  },
  options: { responsive: false, animation: false, parsing: false, scales: { x: { type: "linear" } } },
});
/** @type {{ __bench?: { done(): void } }} */ (/** @type {unknown} */ (window)).__bench?.done();
