/**
 * @module What the views need from an element (the element classes live in the entry; the views chunk sees
 * them only through these shapes, so it bundles none of their code).
 */
import type { ReactiveElement } from "lit";
import type { WidgetLang } from "../internal/i18n";
import type { PlotController } from "./plot";
import type { SelectDetail } from "./view";

/** Any element. */
export interface ViewHost extends ReactiveElement {
  caption: string;
  selected: string;
  readonly base: string;
  readonly language: WidgetLang;
  select(detail: SelectDetail): void;
  announce(text: string): void;
}

/** A dataset element's attributes. */
export interface DatasetHost extends ViewHost {
  measure: string;
  region: string;
  group: string;
  period: string;
}

/** A dataset element with a chart. */
export interface ChartHost extends DatasetHost {
  kind: string;
  readonly plot: PlotController;
  selections: SelectDetail[][];
}
