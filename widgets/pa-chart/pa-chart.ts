/**
 * @module `<pa-chart>`: one or more measures or regions of a dataset over time, as lines, areas or bars.
 */
import type { PropertyValues } from "lit";
import { ChartElement } from "../element/chart-element";
import type { DatasetBundle } from "../element/dataset-element";
import type { View } from "../element/pa-element";
import { ViewModule } from "../element/views-loader";
import type { WidgetLang } from "../internal/i18n";

/** This element's view: a file of its own in the build, loaded with the shared views. */
const viewModule = new ViewModule(() => import("./chart-view"));

/**
 * A chart of a dataset over time from the Prosperity Atlas API (or inline data), with a table alternative,
 * a one-sentence summary, keyboard navigation and CSV/PNG/citation actions.
 *
 * @tagname pa-chart
 * @summary Lines, areas or bars of measures/regions over time.
 * @fires pa-load - The data arrived and is shown; `detail` = `{ dataset, version, rows, stale }`.
 * @fires pa-draw - The chart is painted (after its entry animation).
 * @fires pa-error - The data could not be shown; `detail` = `{ kind, message, status }`.
 * @fires pa-select - The reader picked a point (Enter or click); `detail` = `{ region, period, measure, value, link }`.
 * @csspart frame - The whole widget.
 * @csspart title - The caption.
 * @csspart summary - The one-sentence summary.
 * @csspart legend - The legend.
 * @csspart figure - The focusable plot area.
 * @csspart table - The table alternative.
 * @csspart footer - Source line and actions.
 * @cssprop --pa-height - Height of the plot area (default 300px).
 * @cssprop --pa-color-1 - First series colour (to --pa-color-8; colour-blind-safe defaults).
 * @cssprop --pa-bg - Background.
 * @cssprop --pa-fg - Text colour.
 * @cssprop --pa-font - Font family.
 * @example <pa-chart dataset="internet-users@1.0.0" measure="penetration_pct,rural_penetration_pct" lang="zh"></pa-chart>
 */
export class PaChart extends ChartElement {
  /** The tag this class is registered as (widgets/elements.ts). */
  static readonly tag = "pa-chart";

  protected readonly viewModule = viewModule;

  /** `line` (default), `area` or `bar`. */
  declare kind: string;

  protected view(bundle: DatasetBundle, lang: WidgetLang): View {
    return viewModule.get().chartView(this, bundle, lang);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // One period is drawn as a ranking: the height follows the number of bars (set through the CSSOM).
    const plot = this.renderRoot.querySelector<HTMLElement>(".plot");
    const bars = this.figure?.ranking?.bars.length;
    plot?.classList.toggle("bars", bars !== undefined);
    if (bars !== undefined) plot?.style.setProperty("--bars", String(bars));
  }
}
