/**
 * @module `<pa-stat>`: a key figure — the latest value, its change, and a sparkline drawn as SVG. No Chart.js.
 */
import { type DatasetBundle, DatasetElement } from "../element/dataset-element";
import type { PngFigure, View } from "../element/pa-element";
import { ViewModule } from "../element/views-loader";
import type { WidgetLang } from "../internal/i18n";

/** This element's view: a file of its own in the build, loaded with the shared views. */
const viewModule = new ViewModule(() => import("./stat-view"));

/**
 * The latest value of one measure (for one region: `region`, else the first), its change since the period
 * before (percentage points for percentages), and a sparkline of the series. Loads no chart library.
 *
 * @tagname pa-stat
 * @summary Key figure with change and sparkline.
 * @fires pa-load - The data arrived and is shown.
 * @fires pa-error - The data could not be shown.
 * @csspart frame - The whole widget.
 * @csspart value - The big number.
 * @csspart change - The change line.
 * @csspart sparkline - The sparkline.
 * @csspart mark - The rule across the sparkline at a period selected in a linked widget.
 * @csspart table - The series as a table.
 * @example <pa-stat dataset="internet-users@1.0.0" measure="penetration_pct" lang="zh"></pa-stat>
 */
export class PaStat extends DatasetElement {
  /** The tag this class is registered as (widgets/elements.ts). */
  static readonly tag = "pa-stat";

  protected readonly viewModule = viewModule;

  protected override viewDeps(): unknown[] {
    return [...super.viewDeps(), this.selection];
  }

  protected view(bundle: DatasetBundle, lang: WidgetLang): View {
    return viewModule.get().statView(this, bundle, lang);
  }

  protected override pngFigure(): PngFigure | undefined {
    return viewModule.get().statPng(this.figure, this.scheme, getComputedStyle(this.renderRoot.querySelector(".frame") ?? this).fontFamily);
  }
}
