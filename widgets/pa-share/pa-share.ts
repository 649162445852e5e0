/**
 * @module `<pa-share>`: how a whole divides into parts over time, as stacked shares (100 %).
 */
import { ChartElement } from "../element/chart-element";
import type { DatasetBundle } from "../element/dataset-element";
import type { View } from "../element/pa-element";
import { ViewModule } from "../element/views-loader";
import type { WidgetLang } from "../internal/i18n";
import type { DataFilters } from "../internal/urls";
import { list } from "../internal/urls";

/** This element's view: a file of its own in the build, loaded with the shared views. */
const viewModule = new ViewModule(() => import("./share-view"));

/**
 * Stacked shares over time. The parts are the measures (e.g. `primary,secondary,tertiary`), the regions, or —
 * with `by="group"` — the provinces summed into the four NBS region groups. Shares are of the parts' sum, or
 * of the `total` measure when one is given (e.g. `total="gdp"`). Only periods where every part has a value
 * are shown.
 *
 * @tagname pa-share
 * @summary Stacked shares of a whole over time.
 * @fires pa-load - The data arrived and is shown.
 * @fires pa-draw - The chart is painted.
 * @fires pa-error - The data could not be shown.
 * @fires pa-select - The reader picked a part in a period.
 * @csspart frame - The whole widget.
 * @csspart figure - The plot.
 * @csspart table - The shares as a table.
 * @example <pa-share dataset="province-gdp@1.0.0" measure="gdp" by="group" lang="en"></pa-share>
 */
export class PaShare extends ChartElement {
  /** The tag this class is registered as (widgets/elements.ts). */
  static readonly tag = "pa-share";

  protected readonly viewModule = viewModule;

  static override properties = { by: { type: String }, total: { type: String } };

  /** `group` to sum provinces into NBS region groups. */
  declare by: string;
  /** A measure holding the whole; without it the whole is the sum of the parts. */
  declare total: string;
  /** `bar` (default, stacked bars) or `area` (stacked areas). */
  declare kind: string;

  protected override viewDeps(): unknown[] {
    return [...super.viewDeps(), this.by, this.total];
  }

  protected override filters(): DataFilters {
    const measures = list(this.measure);
    if (this.total && measures.length > 0) measures.push(this.total);
    return { ...super.filters(), measure: measures.join(",") };
  }

  protected view(bundle: DatasetBundle, lang: WidgetLang): View {
    return viewModule.get().shareView(this, bundle, lang);
  }
}
