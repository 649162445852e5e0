/**
 * @module What an element hands the lazily loaded Chart.js chunk: plain data and callbacks, no shared state,
 * so the chunk can be built on its own and loaded only when a chart approaches the viewport.
 */

/** A point on a time axis (x in fractional years) or a category slot (x = index). */
export interface SpecPoint {
  x: number;
  y: number | null;
}

/** One drawn series. */
export interface SpecSeries {
  label: string;
  /** A resolved CSS colour. */
  color: string;
  points: SpecPoint[];
  /** Per-point colours (bars coloured by group). */
  pointColors?: string[];
  /** The value axis the series is drawn against (default `y`). */
  axis?: "y" | "y2";
  /** Dash pattern of the line in px (empty: solid). */
  dash?: number[];
  /** Points drawn hollow (weak sources), by index. */
  hollow?: boolean[];
  /** The marker shape on the series' points (lines): colour is never the only cue. */
  marker?: import("../../figure/model").FigureMarker;
  /** Hatch index over the series' bars (0 plain), or per bar. */
  hatch?: number;
  pointHatch?: number[];
}

/** An axis exactly as the figure model laid it out: domain and ticks with their printed labels. */
export interface SpecAxis {
  min: number;
  max: number;
  ticks: { value: number; label: string }[];
  /** The axis title (the scaled unit). */
  title?: string;
}

/** A chart to draw. */
export interface ChartSpec {
  /** `line` (time axis), `area` (filled lines), `bar` (vertical bars), `hbar` (horizontal, ranking), `stack` (stacked bars). */
  kind: "line" | "area" | "bar" | "hbar" | "stack";
  series: SpecSeries[];
  /** Category labels when the x axis is categorical (bars). */
  labels?: string[];
  /** The unit of the value axis, shown as its title ("亿元", "%"). */
  unit?: string;
  /** Upper bound of the value axis (100 for shares). */
  max?: number;
  /** Stack the series (shares, decompositions). */
  stacked?: boolean;
  /** Value axes from the figure model (left `y`, right `y2`): override `unit`, `max` and `formatValue` ticks. */
  axes?: (SpecAxis & { id: "y" | "y2" })[];
  /** The time axis from the figure model (x in fractional years). */
  xAxis?: SpecAxis;
  /** Marks from the figure model: last values at the end of their line, breaks in series as dashed rules. */
  marks?: { kind: "last-value" | "break"; x: number; y?: number; label: string; series?: number }[];
  colors: { fg: string; muted: string; grid: string; bg: string };
  font: string;
  /** Large-text factor: canvas labels are drawn at Chart.js's sizes times this. */
  fontScale?: number;
  animate: boolean;
  /** Axis tick text of a value. */
  formatValue: (value: number) => string;
  /** Axis tick text of an x value on a time axis. */
  formatX?: (x: number) => string;
  /** Tooltip title and line of a point. */
  tooltipTitle: (series: number, index: number) => string;
  tooltipLabel: (series: number, index: number) => string;
  /** A click on a point or bar. */
  onClick?: (series: number, index: number) => void;
}

/** A drawn chart, as the element controls it. */
export interface ChartHandle {
  update(spec: ChartSpec): void;
  /** Shows the point as active (keyboard focus), or clears it. */
  highlight(series: number, index: number): void;
  clear(): void;
  resize(width: number, height: number): void;
  destroy(): void;
  readonly canvas: HTMLCanvasElement;
}

/** The chunk's one export. `drawn` is called once the first frame (after any animation) is on the canvas. */
export type CreateChart = (canvas: HTMLCanvasElement, spec: ChartSpec, drawn: () => void) => ChartHandle;
