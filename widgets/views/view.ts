/**
 * @module What a view hands its element: the figure, summary, table and provenance an element frames. Shared by
 * the views (which build it) and the elements (which show it), so neither needs the other's code.
 */
import type { TemplateResult } from "lit";
import type { Figure } from "../../figure/model";
import type { LocalizedText } from "../../schemas/localized-text";
import type { TableModel } from "./table-model";

/** Where shown numbers come from, for the source line and the citation. */
export interface Provenance {
  /** API base the data came from (also used to look up a dataset's publisher). */
  base: string;
  /** `dataset` id and its exact `version`, or an indicator id and its method version. */
  id: string;
  version: string;
  kind: "dataset" | "indicator";
  title: LocalizedText;
  attribution?: LocalizedText;
  /** Datasets an indicator was computed from. */
  inputs?: { dataset: string; version: string }[];
  reference?: string;
  /** The address to cite, when it is not the dataset version's own (an indicator's query). */
  url?: string;
}

/** What an element shows for its data. */
export interface View {
  title: string;
  /** One sentence in the widget's language; the accessible description of the figure. */
  summary: string;
  /** The one-line takeaway shown under the title (default: the summary). */
  takeaway?: string;
  /** The figure model the view draws (read through the element's `figure` property). */
  figure?: Figure;
  table: TableModel;
  provenance: Provenance;
  rows: number;
  /** The element's own figure (chart, tiles, number). */
  body: TemplateResult;
  /** Whether "Download PNG" makes sense. */
  png?: boolean;
}

/** Detail of `pa-select`: what the reader picked. */
export interface SelectDetail {
  region?: string;
  period?: string;
  measure?: string;
  value?: number;
  link?: string;
}

/** A figure to put in a PNG: its size in CSS pixels and how to paint it. */
export interface PngFigure {
  width: number;
  height: number;
  paint: (ctx: CanvasRenderingContext2D) => void;
}
