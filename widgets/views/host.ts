/**
 * @module What the views need from an element (the element classes live in the entry; the views see
 * them only through these shapes, so it bundles none of their code).
 */
import type { ReactiveElement } from "lit";
import type { WidgetLang } from "../internal/i18n";
import type { LinkSelection } from "../internal/link-match";
import type { PlotController } from "./plot";
import type { SelectDetail } from "./view";

/** Any element. */
export interface ViewHost extends ReactiveElement {
  caption: string;
  selected: string;
  /** The linked selection the element marks. */
  readonly selection: LinkSelection;
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
