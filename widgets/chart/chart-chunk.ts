/**
 * @module The lazily loaded chunk: Chart.js with only the parts the widgets draw, and the translation of a
 * {@link ChartSpec} into a Chart.js configuration. Built on its own (see scripts/build/widgets.ts); it imports
 * nothing of the entry, so the entry stays small and pages without charts never fetch Chart.js.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartDataset,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { CHART_POINT_STYLE, markedPoints } from "../../figure/marks";
import { hatchFill } from "./canvas-marks";
import type { ChartHandle, ChartSpec, CreateChart, SpecAxis } from "./chart-spec";

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, LinearScale, CategoryScale, Filler, Tooltip);

/** A fill for areas: the line colour at a third of its strength (colours arrive as #rrggbb). */
const translucent = (color: string) => (/^#[0-9a-f]{6}$/i.test(color) ? `${color}55` : color);

/** Marker radii by point: the marked points (figure/marks.ts) and every hollow point; none elsewhere. */
function radii(count: number, hollow?: boolean[]): number[] {
  const marked = new Set(markedPoints(count));
  return Array.from({ length: count }, (_, i) => (hollow?.[i] ? 3.5 : marked.has(i) ? 3 : 0));
}

function datasets(spec: ChartSpec): ChartDataset<"line" | "bar", unknown>[] {
  const categorical = Boolean(spec.labels);
  return spec.series.map((s) => {
    const data = categorical ? s.points.map((p) => p.y) : s.points.map((p) => ({ x: p.x, y: p.y }));
    const line = spec.kind === "line" || spec.kind === "area";
    return {
      type: line ? "line" : "bar",
      label: s.label,
      data,
      borderColor: s.pointColors ?? s.color,
      // Bars carry their hatch beside the colour; lines their marker (figure/marks.ts).
      backgroundColor: line
        ? spec.kind === "area"
          ? // Stacked areas (a share's parts) carry their hatch as the bars do, as the server's SVG draws them.
            spec.stacked
            ? hatchFill(translucent(s.color), s.hatch ?? 0, spec.colors.bg)
            : translucent(s.color)
          : s.color
        : s.pointColors
          ? s.pointColors.map((c, i) => hatchFill(c, s.pointHatch?.[i] ?? 0, spec.colors.bg))
          : hatchFill(s.color, s.hatch ?? 0, spec.colors.bg),
      pointStyle: CHART_POINT_STYLE[s.marker ?? "circle"],
      fill: spec.kind === "area" ? (spec.stacked ? "stack" : "origin") : false,
      borderWidth: line ? 2 : 0,
      borderDash: s.dash,
      yAxisID: s.axis === "y2" ? "y2" : undefined,
      // Weak sources (secondary, estimate …) are hollow: filled with the background, ringed in the series colour.
      pointBackgroundColor: s.hollow?.some(Boolean) ? s.hollow.map((h) => (h ? spec.colors.bg : s.color)) : undefined,
      pointBorderWidth: s.hollow?.some(Boolean) ? 1.5 : undefined,
      // The series' marker on the marked points (every point of short series), weak-source points always.
      pointRadius: line ? radii(s.points.length, s.hollow) : 0,
      pointHoverRadius: 6,
      tension: 0,
      spanGaps: false,
      barPercentage: 0.85,
      categoryPercentage: 0.9,
    } as ChartDataset<"line" | "bar", unknown>;
  });
}

function config(spec: ChartSpec, drawn: () => void): ChartConfiguration<"line" | "bar", unknown> {
  const horizontal = spec.kind === "hbar";
  const grid = { color: spec.colors.grid };
  // Chart.js draws labels at 12 px on the canvas, outside CSS: the large-text factor is applied here.
  const font = { family: spec.font, size: Math.round(12 * (spec.fontScale ?? 1)) };
  const ticks = { color: spec.colors.muted, font };
  let notified = false;
  const done = () => {
    if (!notified) {
      notified = true;
      drawn();
    }
  };
  const valueAxis = {
    type: "linear" as const,
    stacked: spec.stacked,
    max: spec.max,
    beginAtZero: spec.kind !== "line",
    title: { display: Boolean(spec.unit), text: spec.unit ?? "", color: spec.colors.muted, font },
    grid,
    ticks: { ...ticks, callback: (v: string | number) => spec.formatValue(Number(v)) },
  };
  const axes = Object.fromEntries((spec.axes ?? []).map((a) => [a.id, fixedAxis(a, spec, a.id === "y2" ? "right" : "left")]));
  const xAxis = spec.xAxis
    ? { ...fixedAxis(spec.xAxis, spec, "bottom"), grid }
    : spec.labels
      ? { type: "category" as const, stacked: spec.stacked, grid: { display: false }, ticks: { ...ticks, autoSkip: true, maxRotation: 0 } }
      : {
          type: "linear" as const,
          grid,
          ticks: { ...ticks, maxRotation: 0, callback: (v: string | number) => spec.formatX?.(Number(v)) ?? String(v) },
        };
  return {
    type: spec.kind === "line" || spec.kind === "area" ? "line" : "bar",
    data: { labels: spec.labels, datasets: datasets(spec) },
    options: {
      responsive: false,
      maintainAspectRatio: false,
      indexAxis: horizontal ? "y" : "x",
      animation: spec.animate ? { duration: 400, onComplete: done } : false,
      // Room at the right for the last-value labels.
      layout: { padding: { right: spec.marks?.some((m) => m.kind === "last-value") ? 56 : 0 } },
      interaction: { mode: "nearest", intersect: false, axis: horizontal ? "y" : "x" },
      onClick: (event, _elements, chart) => {
        const [hit] = chart.getElementsAtEventForMode(event as unknown as Event, "nearest", { intersect: false }, false);
        if (hit) spec.onClick?.(hit.datasetIndex, hit.index);
      },
      scales: horizontal
        ? { x: axes.y ?? valueAxis, y: { ...xAxis, ticks: { ...ticks, autoSkip: false } } }
        : { x: xAxis, y: axes.y ?? valueAxis, ...(axes.y2 ? { y2: { ...axes.y2, grid: { display: false } } } : {}) },
      plugins: {
        tooltip: {
          backgroundColor: spec.colors.fg,
          titleColor: spec.colors.bg,
          bodyColor: spec.colors.bg,
          titleFont: { ...font, weight: "bold" },
          bodyFont: font,
          callbacks: {
            title: (items) => (items[0] ? spec.tooltipTitle(items[0].datasetIndex, items[0].dataIndex) : ""),
            label: (item) => spec.tooltipLabel(item.datasetIndex, item.dataIndex),
          },
        },
      },
    },
    plugins: [{ id: "pa-drawn", afterRender: () => (spec.animate ? undefined : done()) }, marksPlugin(spec)],
  };
}

/**
 * A linear axis exactly as the figure model laid it out: its domain, its ticks (no others) and their labels,
 * so the canvas prints what the model (and the tests, the PNG and the SVG renderer) say.
 */
function fixedAxis(axis: SpecAxis, spec: ChartSpec, position: "left" | "right" | "bottom") {
  const labels = new Map(axis.ticks.map((t) => [t.value, t.label]));
  const font = { family: spec.font };
  return {
    type: "linear" as const,
    position,
    min: axis.min,
    max: axis.max,
    stacked: position !== "bottom" && spec.stacked,
    grid: { color: spec.colors.grid },
    title: { display: Boolean(axis.title), text: axis.title ?? "", color: spec.colors.muted, font },
    afterBuildTicks: (scale: { ticks: { value: number }[] }) => {
      scale.ticks = axis.ticks.map((t) => ({ value: t.value }));
    },
    ticks: {
      color: spec.colors.muted,
      font,
      maxRotation: 0,
      autoSkip: false,
      callback: (v: string | number) => labels.get(Number(v)) ?? "",
    },
  };
}

/** Draws the figure model's marks: last values beside the end of each line, breaks as dashed vertical rules. */
function marksPlugin(spec: ChartSpec) {
  return {
    id: "pa-marks",
    afterDatasetsDraw(chart: Chart) {
      const marks = spec.marks ?? [];
      if (!marks.length) return;
      const { ctx, chartArea, scales } = chart;
      const x = scales.x;
      const y = scales.y;
      if (!x || !y) return;
      ctx.save();
      ctx.font = `11px ${spec.font}`;
      ctx.textBaseline = "middle";
      for (const m of marks) {
        const px = x.getPixelForValue(m.x);
        if (m.kind === "break") {
          ctx.strokeStyle = spec.colors.muted;
          ctx.setLineDash([3, 3]);
          ctx.beginPath();
          ctx.moveTo(px, chartArea.top);
          ctx.lineTo(px, chartArea.bottom);
          ctx.stroke();
          ctx.setLineDash([]);
        } else if (m.y !== undefined) {
          const series = spec.series[m.series ?? 0];
          const scale = series?.axis === "y2" ? (scales.y2 ?? y) : y;
          ctx.fillStyle = series?.color ?? spec.colors.fg;
          ctx.fillText(m.label, px + 6, scale.getPixelForValue(m.y));
        }
      }
      ctx.restore();
    },
  };
}

/** Draws `spec` on `canvas`. */
export const createChart: CreateChart = (canvas, spec, drawn) => {
  const chart = new Chart(canvas, config(spec, drawn));
  // The label size drawn on the canvas, readable from the DOM (tests of the large-text mode read it).
  canvas.dataset.fontSize = String(Math.round(12 * (spec.fontScale ?? 1)));
  const handle: ChartHandle = {
    canvas,
    update(next) {
      const fresh = config(next, () => {});
      chart.data = fresh.data;
      chart.options = fresh.options ?? {};
      chart.update(next.animate ? undefined : "none");
    },
    highlight(series, index) {
      const active = [{ datasetIndex: series, index }];
      chart.setActiveElements(active);
      const element = chart.getDatasetMeta(series).data[index];
      chart.tooltip?.setActiveElements(active, { x: element?.x ?? 0, y: element?.y ?? 0 });
      chart.update("none");
    },
    clear() {
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart.update("none");
    },
    resize: (width, height) => chart.resize(width, height),
    destroy: () => chart.destroy(),
  };
  return handle;
};
