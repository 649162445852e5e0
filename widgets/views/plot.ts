/**
 * @module What chart elements share: a {@link Plot} (series of points with their texts), its legend and
 * focusable plot area, keyboard navigation between points announced through the element's live region, and
 * the Chart.js spec built from it with the frame's resolved colours.
 */
import { html, nothing, type ReactiveElement, svg } from "lit";
import { hatchPath, hatchWidth, markerPath, strokedMarker } from "../../figure/marks";
import type { FigureMarker } from "../../figure/model";
import type { ChartSpec } from "../chart/chart-spec";
import type { WidgetLang } from "../internal/i18n";
import { reducedMotion } from "../internal/theme";
import { ChartController } from "./chart-controller";
import { colorClass, readPalette } from "./palette";
import { vt as t } from "./strings";

/** A point of a plot. */
export interface PlotPoint {
  /** Fractional year on a time axis, or the index of a category. */
  x: number;
  y: number | null;
}

/** A series of a plot. */
export interface PlotSeries {
  label: string;
  /** Palette slot (0-based) of the series, or of each point when `pointColors` is given. */
  color: number;
  pointColors?: number[];
  points: PlotPoint[];
  axis?: "y" | "y2";
  dash?: number[];
  hollow?: boolean[];
  /** The marker on the series' points (lines). */
  marker?: FigureMarker;
  /** Hatch index of the series' bars (0 plain), or of each bar when `pointHatch` is given. */
  hatch?: number;
  pointHatch?: number[];
}

/** A legend entry: colour slot and the cue beside it (dash and marker for lines, hatch for boxes). */
export interface LegendEntry {
  label: string;
  color: number;
  dash?: number[];
  marker?: FigureMarker;
  hatch?: number;
  /** Drawn as a line (with its dash and marker) rather than a box. */
  line?: boolean;
}

/** What a chart element draws, with the words for each point. */
export interface Plot {
  kind: ChartSpec["kind"];
  series: PlotSeries[];
  labels?: string[];
  /** The unit of the values, if they share one. */
  unit?: string;
  max?: number;
  stacked?: boolean;
  /** Axes laid out by the figure model (exact ticks and labels). */
  axes?: ChartSpec["axes"];
  xAxis?: ChartSpec["xAxis"];
  marks?: ChartSpec["marks"];
  /** Legend entries (default: one per series). */
  legend?: LegendEntry[];
  formatValue: (value: number) => string;
  formatX?: (x: number) => string;
  /** Where a point is ("2021年6月", "广东"). */
  pointTitle: (series: number, index: number) => string;
  /** What a point says ("互联网普及率：71.6%"). */
  pointText: (series: number, index: number) => string;
}

/** The element side of a plot: what the controller calls back. */
export interface PlotHost extends ReactiveElement {
  announce(text: string): void;
  pointSelected(series: number, index: number): void;
  chartDrawn(): void;
}

/** Draws one plot per element, lazily, and lets the keyboard walk through it. */
export class PlotController {
  readonly chart: ChartController;
  #plot?: Plot;
  #spec?: { plot: Plot; scheme: string; spec: ChartSpec };
  #cursor?: [number, number];
  #lang: WidgetLang = "en";

  constructor(private readonly host: PlotHost) {
    this.chart = new ChartController(
      host,
      () => this.#chartSpec(),
      () => host.chartDrawn(),
    );
  }

  /** The legend and the focusable plot area of `plot`; `describedBy` names the summary's id. */
  render(plot: Plot, lang: WidgetLang, label: string, describedBy: string) {
    if (plot !== this.#plot) this.#cursor = undefined;
    this.#plot = plot;
    this.#lang = lang;
    const line = plot.kind === "line" || plot.kind === "area";
    const legend: LegendEntry[] =
      plot.legend ?? plot.series.map((s) => ({ label: s.label, color: s.color, dash: s.dash, marker: s.marker, hatch: s.hatch, line }));
    return html`
      ${
        legend.length > 1 || plot.legend
          ? html`<ul class="legend" part="legend" aria-label=${t("legend", lang)}>
            ${legend.map((l, i) => html`<li>${swatch(l, i)}${l.label}</li>`)}
          </ul>`
          : nothing
      }
      <div
        class="plot"
        part="figure"
        tabindex="0"
        role="application"
        aria-roledescription=${t("chart", lang)}
        aria-label=${label}
        aria-describedby="${describedBy} keys"
        @keydown=${this.#key}
        @blur=${() => this.chart.handle?.clear()}
      >
        ${this.chart.failed ? html`<p class="state error" role="alert">${t("noChart", lang)}</p>` : html`<canvas aria-hidden="true"></canvas>`}
      </div>
      <span id="keys" hidden>${t("keys", lang)}</span>
    `;
  }

  #key = (event: KeyboardEvent) => {
    const plot = this.#plot;
    if (!plot || plot.series.length === 0) return;
    const sizes = plot.series.map((s) => s.points.length);
    const next = step(event.key, this.#cursor, sizes, plot.kind === "hbar");
    if (event.key === "Enter" || event.key === " ") {
      if (this.#cursor) this.host.pointSelected(...this.#cursor);
      event.preventDefault();
      return;
    }
    if (event.key === "Escape") {
      this.#cursor = undefined;
      this.chart.handle?.clear();
      return;
    }
    if (!next) return;
    event.preventDefault();
    this.#cursor = next;
    const [s, i] = next;
    this.chart.handle?.highlight(s, i);
    this.host.announce(`${plot.pointTitle(s, i)}${this.#lang === "zh" ? "，" : ", "}${plot.pointText(s, i)}`);
  };

  #chartSpec(): ChartSpec | undefined {
    const plot = this.#plot;
    const frame = this.host.renderRoot.querySelector(".frame");
    if (!plot || !frame) return undefined;
    const scheme = frame.className;
    if (this.#spec?.plot === plot && this.#spec.scheme === scheme) return this.#spec.spec;
    const palette = readPalette(frame);
    const color = (i: number) => palette.series[i % palette.series.length] ?? palette.fg;
    const spec: ChartSpec = {
      kind: plot.kind,
      series: plot.series.map((s) => ({
        label: s.label,
        color: color(s.color),
        points: s.points,
        pointColors: s.pointColors?.map(color),
        axis: s.axis,
        dash: s.dash,
        hollow: s.hollow,
        marker: s.marker,
        hatch: s.hatch,
        pointHatch: s.pointHatch,
      })),
      axes: plot.axes,
      xAxis: plot.xAxis,
      marks: plot.marks,
      labels: plot.labels,
      unit: plot.unit,
      max: plot.max,
      stacked: plot.stacked,
      colors: { fg: palette.fg, muted: palette.muted, grid: palette.grid, bg: palette.bg },
      font: palette.font,
      fontScale: palette.fontScale,
      // No entry animation on paper: the print must show the finished figure.
      animate: !reducedMotion() && !matchMedia("print").matches,
      formatValue: plot.formatValue,
      formatX: plot.formatX,
      tooltipTitle: plot.pointTitle,
      tooltipLabel: plot.pointText,
      onClick: (s, i) => this.host.pointSelected(s, i),
    };
    this.#spec = { plot, scheme, spec };
    return spec;
  }
}

/**
 * A legend swatch as inline SVG from the model's path data (the same as the canvas and the SVG renderer): a line
 * with its dash and marker, or a box with its hatch — colour is never the only cue.
 */
function swatch(l: LegendEntry, index: number) {
  const c = colorClass(l.color);
  if (l.line)
    return html`<svg width="22" height="14" aria-hidden="true" class="swatch">
      <line class=${c} x1="1" x2="21" y1="7" y2="7" stroke-width="2.5" stroke-dasharray=${l.dash?.length ? l.dash.join(" ") : nothing}></line>
      ${l.marker ? svg`<path class=${`${c}${strokedMarker(l.marker) ? " stroked" : ""}`} d=${markerPath(l.marker, 11, 7, 3.5)} stroke-width=${strokedMarker(l.marker) ? 2 : 1.5}></path>` : nothing}
    </svg>`;
  const hatch = hatchPath(l.hatch ?? 0);
  const id = `pa-legend-hatch-${index}`;
  return html`<svg width="16" height="14" aria-hidden="true" class="swatch">
    ${hatch ? svg`<defs><pattern id=${id} width="8" height="8" patternUnits="userSpaceOnUse"><path d=${hatch} class="hatch" stroke-width=${hatchWidth(l.hatch ?? 0)}></path></pattern></defs>` : nothing}
    <rect class=${c} width="16" height="14" rx="2"></rect>
    ${hatch ? svg`<rect width="16" height="14" rx="2" fill="url(#${id})"></rect>` : nothing}
  </svg>`;
}

/**
 * The point a key moves to from `cursor` (`[series, index]`) over series of `sizes` points: ←/→ along a series
 * and ↑/↓ across series (for horizontal bars the other way round), Home/End to the ends. The first key starts
 * at the end it points to. Points with no value are stops too, so the reader hears the gap.
 */
export function step(key: string, cursor: [number, number] | undefined, sizes: number[], horizontal = false): [number, number] | undefined {
  const last = (s: number) => Math.max(0, (sizes[s] ?? 1) - 1);
  const at = (s: number, i: number): [number, number] => {
    const series = Math.min(Math.max(s, 0), Math.max(0, sizes.length - 1));
    return [series, Math.min(Math.max(i, 0), last(series))];
  };
  if (!cursor) {
    if (key === "ArrowLeft" || key === "End") return at(0, last(0));
    return ["ArrowRight", "ArrowDown", "ArrowUp", "Home"].includes(key) ? at(0, 0) : undefined;
  }
  const [s, i] = cursor;
  const moves: Record<string, [number, number]> = horizontal
    ? { ArrowDown: [s, i + 1], ArrowUp: [s, i - 1], ArrowRight: [s + 1, i], ArrowLeft: [s - 1, i] }
    : { ArrowRight: [s, i + 1], ArrowLeft: [s, i - 1], ArrowDown: [s + 1, i], ArrowUp: [s - 1, i] };
  moves.Home = [s, 0];
  moves.End = [s, last(s)];
  const move = moves[key];
  return move ? at(...move) : undefined;
}
