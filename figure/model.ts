/**
 * @module The figure model: everything a reader sees in one figure — title, scaled unit, axes with their ticks
 * and labels, series with names, colours and dash patterns, legend, annotations, notes, the source line and the
 * summary — as plain data. Chart.js (widgets), the site, the PNG export and the server-side SVG renderer all
 * draw this one model; none of them decides a label, a scale or a colour on its own.
 *
 * Stability: the `charts` branch draws this type. Changes are additive only and are listed in
 * /work/coord/figure-changes.md (and, once merged, in docs/figure.md).
 */

/** The languages a figure is written in. */
export type FigureLang = "zh" | "en";

/** What kind of figure the model describes; renderers switch on it. */
export type FigureKind =
  | "line"
  | "area"
  | "bar"
  | "ranking"
  | "share"
  | "tilemap"
  | "stat"
  | "table"
  | "indicator"
  /** Nothing can be drawn (e.g. three units asked for at once); `message` says why. */
  | "message";

/** A colour for both schemes: the palette token (`c1`…`c8`, `seq0`…`seq4`, `muted`) and its hex in light and dark. */
export interface FigureColor {
  /** The CSS custom property slot the widgets resolve (`--c1` …), so host overrides still apply. */
  token: string;
  light: string;
  dark: string;
}

/**
 * A point marker shape, so that colour is never the only cue (each series has its own, drawn on its points and
 * in its legend entry by every renderer).
 */
export type FigureMarker = "circle" | "square" | "triangle" | "diamond" | "cross" | "star";

/** A tick on an axis: its position in data units and its label as printed. */
export interface Tick {
  value: number;
  label: string;
}

/**
 * How values are scaled for display: `value / divisor`, printed with `decimals` fraction digits and followed by
 * the scaled unit ("万亿元", "tn", …). `divisor` 1 means unscaled.
 */
export interface NumberScale {
  divisor: number;
  /** Fraction digits of the scaled numbers on this axis (ticks), chosen so that ticks never repeat. */
  decimals: number;
  /** The unit after scaling, as printed in the axis title ("万亿元", "CNY tn", "%"). */
  unit: string;
}

/** The horizontal axis. */
export interface XAxis {
  /** `time`: x is a fractional year (annual points on their year); `category`: x is the index of `categories`. */
  kind: "time" | "category";
  /** The data range the axis spans (no padding to round decades). */
  domain: [number, number];
  ticks: Tick[];
  /** Category labels (periods, regions) when `kind` is `category`. */
  categories?: string[];
  title?: string;
}

/** A value axis. At most two per figure: the first on the left, the second on the right. */
export interface YAxis {
  id: "y" | "y2";
  side: "left" | "right";
  /** The axis title: the scaled unit ("万亿元", "US$ tn", "%"). */
  title: string;
  /** The unit as the metadata states it, unscaled ("亿元"). */
  unit: string;
  scale: NumberScale;
  domain: [number, number];
  ticks: Tick[];
}

/** A point of a series. */
export interface FigurePoint {
  /** Fractional year (time axis) or category index (category axis). */
  x: number;
  /** The value, or null for a gap. */
  y: number | null;
  /** The published value at full precision (tables, downloads); equals `y` unless the model rescales. */
  raw: number | null;
  period: string;
  /** The value as text with its unit, a few significant figures ("134.9万亿元"); "—" when missing. */
  text: string;
  /** Row flags (`break`, `secondary`, `transcribed`, `estimate`, …). */
  flags: string[];
  /** Drawn hollow: the value comes from a secondary source or is an estimate. */
  hollow: boolean;
}

/** One drawn series. */
export interface FigureSeries {
  id: string;
  /** The series name in the figure's language (a region name, a measure title, never a code). */
  name: string;
  region?: string;
  measure?: string;
  category?: string;
  /** Which value axis the series is drawn against. */
  axis: "y" | "y2";
  color: FigureColor;
  /** Canvas/SVG dash pattern in px; empty for solid. */
  dash: number[];
  /** The marker on its points and legend entry (absent in models from before markers: draw none). */
  marker?: FigureMarker;
  points: FigurePoint[];
}

/** A legend entry. */
export interface LegendItem {
  /** The series it names (or a class/group id for tile maps and rankings). */
  id: string;
  label: string;
  color: FigureColor;
  dash: number[];
  /** The series' marker shape, drawn in the legend. */
  marker?: FigureMarker;
  /** Bars, stacks and tiles: a hatch pattern (by the entry's index) beside the colour. */
  pattern?: number;
  /** A marker drawn hollow (weak sources). */
  hollow?: boolean;
}

/** Marks on the plot beyond the series. */
export type Annotation =
  /** The last value of a series, printed at its end. */
  | { kind: "last-value"; series: string; x: number; y: number; label: string }
  /** A break in series at `x` (a new method or coverage); `label` says what changed. */
  | { kind: "break"; series?: string; x: number; label: string }
  /** A point from a weak source (secondary, transcribed, estimate), drawn hollow; `label` names the flag. */
  | { kind: "weak-source"; series: string; x: number; y: number; flags: string[]; label: string };

/** The source line: the primary publication first, the mirror or repost second. */
export interface SourceLine {
  /** The whole line as printed ("来源：国家统计局《中国统计年鉴2024》表3-9，经由…。数据集 national-gdp@1.0.0"); exports add `date`. */
  text: string;
  /** The primary publications (publisher, title, table/report, year), when the metadata names them. */
  primary: string[];
  /** Where we read it ("via RenJiyi163/…"). */
  via: string[];
  dataset: string;
  version: string;
  /** The licence's attribution in the figure's language. */
  licence?: string;
  /** The date exports print beside dataset@version (YYYY-MM-DD): the version's publication date when known. */
  date?: string;
}

/** A bar of a ranking. */
export interface RankingBar {
  region: string;
  name: string;
  value: number;
  text: string;
  color: FigureColor;
  /** Hatch index beside the colour (by group; 0 plain), see figure/marks.ts. */
  pattern?: number;
  group?: string;
  flags: string[];
}

/** One stack (a period or region) of a share figure. */
export interface ShareStack {
  label: string;
  period?: string;
  /** `pattern`: the hatch index beside the colour (the part's legend position; 0 plain), see figure/marks.ts. */
  parts: { id: string; name: string; value: number; text: string; color: FigureColor; pattern?: number }[];
}

/** A tile of the tile map. */
export interface Tile {
  region: string;
  /** The name printed on the tile (short form: "粤", "Guangdong"). */
  label: string;
  /** The full name for tooltips and tables. */
  name: string;
  col: number;
  row: number;
  value: number | null;
  text: string;
  /**
   * The value in the class legend's scale, without its unit ("14.1"), printed under the name so that a class is
   * not told by colour alone; absent when there is no data.
   */
  short?: string;
  /** Index into the class legend, or -1 when no data. */
  classIndex: number;
  color: FigureColor;
  /** The text colour that reads on `color`. */
  ink: FigureColor;
}

/** A class of the tile map's legend. */
export interface TileClass {
  label: string;
  from: number;
  to: number;
  color: FigureColor;
}

/** The headline figure of a stat. */
export interface StatPayload {
  value: number;
  text: string;
  period: string;
  periodText: string;
  change?: { text: string; since: string; direction: "up" | "down" | "flat" };
  sparkline: { x: number; y: number }[];
}

/** A table as shown: headers and cells as text (full precision), plus the raw values for downloads. */
export interface TablePayload {
  columns: { label: string; numeric?: boolean }[];
  /** `key`: the region code a row stands for (rankings, tile maps), so a selection can mark it. */
  rows: { key?: string; cells: { text: string; value: string | number | null }[] }[];
}

/** What an indicator figure adds: the method and inputs a reader may check. */
export interface IndicatorPayload {
  indicator: string;
  method: string;
  /** The formula in plain-text notation (math only, the same in every language). */
  formula?: string;
  /** What the formula's symbols stand for, in the figure's language. */
  where?: string;
  inputs: string[];
  /** How it is drawn: a line per region, stacked components (a decomposition), or one value on its own. */
  draw?: "line" | "stack" | "value";
}

/** A whole figure. */
export interface Figure {
  /** Model version; bumped only on breaking changes (there are none: changes are additive). */
  model: 1;
  kind: FigureKind;
  lang: FigureLang;
  /** What is plotted ("国内生产总值", "GDP, China"), or the builder's caption. */
  title: string;
  /** Scope and period span ("全国，1952–2024年"). */
  subtitle?: string;
  /** The scaled unit of the main value axis ("万亿元"); the stat's unit. */
  unit?: string;
  x?: XAxis;
  /** Zero, one or two value axes (two only when exactly two units are shown). */
  y: YAxis[];
  series: FigureSeries[];
  legend: LegendItem[];
  annotations: Annotation[];
  /** Caveats and flag explanations a reader needs, in the figure's language. */
  notes: string[];
  source: SourceLine;
  /** The accessible description: a sentence stating what the figure shows. */
  summary: string;
  /** The one-line takeaway shown under the title (short form of `summary`). */
  takeaway: string;
  /** When `kind` is `message`, or a warning shown above the plot (e.g. units dropped). */
  message?: string;
  /** Values the reader may need but the renderer does not draw (measure ids shown, period shown). */
  selection: { measures: string[]; regions: string[]; period?: string };
  /** `bars` in the order drawn: highest first (`desc`) or lowest first (`asc`, `<pa-ranking order="asc">`). */
  ranking?: { bars: RankingBar[]; axis: YAxis; groups: LegendItem[]; order: "asc" | "desc" };
  /** `draw`: 100 % bars (default) or stacked areas over the periods (`<pa-share kind="area">`). */
  share?: { stacks: ShareStack[]; axis: YAxis; draw: "bar" | "area" };
  tilemap?: { tiles: Tile[]; classes: TileClass[]; cols: number; rows: number; period?: string };
  stat?: StatPayload;
  table?: TablePayload;
  indicator?: IndicatorPayload;
}
