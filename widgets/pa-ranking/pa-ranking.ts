/**
 * @module `<pa-ranking>`: provinces sorted by one measure in one period, coloured by NBS region group.
 */
import type { PropertyValues } from "lit";
import { ChartElement } from "../element/chart-element";
import type { DatasetBundle } from "../element/dataset-element";
import type { View } from "../element/pa-element";
import { ViewModule } from "../element/views-loader";
import type { WidgetLang } from "../internal/i18n";

/** This element's view: a file of its own in the build, loaded with the shared views. */
const viewModule = new ViewModule(() => import("./ranking-view"));

/**
 * Provinces ranked by a measure in one period (the latest unless `period` names one), as horizontal bars
 * coloured by NBS region group (East, Central, West, Northeast), with the ranking as a table.
 *
 * @tagname pa-ranking
 * @summary Provinces ranked for one period, coloured by region group.
 * @fires pa-load - The data arrived and is shown.
 * @fires pa-draw - The chart is painted.
 * @fires pa-error - The data could not be shown.
 * @fires pa-select - The reader picked a province; `detail.region` is its code.
 * @csspart frame - The whole widget.
 * @csspart figure - The plot.
 * @csspart legend - The group legend.
 * @csspart table - The ranking as a table.
 * @cssprop --pa-height - Height of the plot (default: 22px per province).
 * @example <pa-ranking dataset="province-gdp@1.0.0" measure="gdp" period="2024"></pa-ranking>
 */
export class PaRanking extends ChartElement {
  /** The tag this class is registered as (widgets/elements.ts). */
  static readonly tag = "pa-ranking";

  protected readonly viewModule = viewModule;

  static override properties = { order: { type: String } };

  /** `desc` (default, highest first) or `asc`. */
  declare order: string;

  protected override viewDeps(): unknown[] {
    return [...super.viewDeps(), this.order];
  }

  protected view(bundle: DatasetBundle, lang: WidgetLang): View {
    return viewModule.get().rankingView(this, bundle, lang);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The height follows the number of bars; set through the CSSOM, which a strict CSP allows.
    this.renderRoot.querySelector<HTMLElement>(".plot")?.style.setProperty("--bars", String(this.selections[0]?.length ?? 10));
  }
}
