/**
 * @module What {@link buildFigure} takes: a data response (rows and measure metadata), the dataset's metadata
 * where known (defaults, sources, licence, caveats), the names table and the reader's options.
 */
import type { LocalizedText } from "../schemas/localized-text";
import type { FigureKind, FigureLang } from "./model";
import type { NameTable } from "./names";
import type { SourceInput } from "./source";

/** A row as figures read it (an observation). */
export interface RowInput {
  region: string;
  period: string;
  measure: string;
  category?: string;
  value: number;
  /** One or more flags joined by `;` (`secondary;transcribed`). */
  status?: string;
  note?: string;
}

/** A measure as figures read it. */
export interface MeasureInput {
  id: string;
  title: LocalizedText;
  unit: LocalizedText;
  decimals?: number;
  definition?: LocalizedText;
}

/** The data of a figure: what `GET /v1/datasets/{id}@{version}/data` returns. */
export interface DataInput {
  dataset: string;
  version: string;
  title: LocalizedText;
  attribution?: LocalizedText;
  measures: readonly MeasureInput[];
  rows: readonly RowInput[];
}

/** The dataset metadata a figure reads when present (`defaults` and `Source.primary` per the shared contract). */
export interface MetaInput {
  defaults?: { measures: string[]; kind?: string; category?: string };
  sources?: readonly SourceInput[];
  licence?: { attribution: LocalizedText; title?: string };
  caveats?: readonly LocalizedText[];
}

/** Everything a figure is built from. */
export interface FigureInput {
  lang: FigureLang;
  /** The kind asked for (`kind=` attribute, element type); the builder may choose another (one period → bars). */
  kind?: FigureKind;
  data: DataInput;
  meta?: MetaInput;
  names?: NameTable;
  /** Measures asked for; empty → the dataset's default measures. */
  measure?: readonly string[];
  region?: readonly string[];
  category?: readonly string[];
  /** A period (or `a..b` range) asked for. */
  period?: string;
  /** The builder's caption: replaces the title. */
  caption?: string;
  /** Share figures: `group` sums provinces into the four NBS region groups (the parts). */
  by?: "group";
  /** Share figures: the measure holding the whole (else the whole is the parts' sum). */
  total?: string;
  /** Ranking figures: highest first (`desc`, default) or lowest first (`asc`); the ranks stay those of highest first. */
  order?: "asc" | "desc";
  /** Share figures: drawn as 100 % bars (default) or as stacked areas (`<pa-share kind="area">`). */
  shareDraw?: "bar" | "area";
  /** The date printed on exports (YYYY-MM-DD). */
  date?: string;
}
