/**
 * @module `<pa-indicator>`: a computed indicator from `GET /v1/indicators/{id}` (or inline), with its method.
 */
import type { PropertyDeclarations } from "lit";
import { PaElement, type View } from "../element/pa-element";
import { ViewModule } from "../element/views-loader";
import { WidgetDataError } from "../internal/data-client";
import { DataController, type Source } from "../internal/data-controller";
import type { WidgetLang } from "../internal/i18n";
import { indicatorUrl } from "../internal/urls";
import type { IndicatorBundle } from "./indicator-view";

/** This element's view: a file of its own in the build, loaded with the shared views. */
const viewModule = new ViewModule(() => import("./indicator-view"));

/**
 * An indicator result with its method: a line per region over time, or stacked components when the result
 * decomposes (e.g. Theil T between/within NBS groups); the values as a table; the formula, method version,
 * reference and the exact dataset versions it was computed from. Reads the shape of
 * `GET /v1/indicators/{id}`, from the API or inline.
 *
 * @tagname pa-indicator
 * @summary Indicator result with its method and inputs.
 * @fires pa-load - The result arrived and is shown.
 * @fires pa-draw - The chart is painted.
 * @fires pa-error - The result could not be shown.
 * @fires pa-select - The reader picked a point.
 * @csspart frame - The whole widget.
 * @csspart figure - The plot.
 * @csspart method - The method block.
 * @csspart notes - The method in one line and what the API says a reader should know about the result.
 * @csspart table - The values as a table.
 * @example <pa-indicator indicator="theil-t" params="dataset=province-gdp@1.0.0&measure=gdp" lang="zh"></pa-indicator>
 */
export class PaIndicator extends PaElement<IndicatorBundle> {
  /** The tag this class is registered as (widgets/elements.ts). */
  static readonly tag = "pa-indicator";

  static override readonly drawsChart: boolean = true;

  protected readonly viewModule = viewModule;

  static override properties: PropertyDeclarations = { indicator: { type: String }, params: { type: String } };

  /** The indicator id (e.g. `theil-t`). */
  declare indicator: string;
  /** Its parameters as a query string, as the API documents them. */
  declare params: string;

  protected readonly data = new DataController<IndicatorBundle>(
    this,
    () => this.source(),
    (s) => this.settled(s),
  );

  protected source(): Source<IndicatorBundle> | WidgetDataError {
    const base = this.base;
    const timeout = this.timeout || undefined;
    const finish = async (body: unknown) => {
      const v = await this.viewModule.load();
      const bundle = await v.indicatorBundle(v.parseIndicator(body), base, timeout);
      // A typo in lang or theme: say what is allowed (the key includes them, so a fix loads again).
      const said = v.badAttribute(this, this.language);
      if (said) throw new WidgetDataError("config", said);
      return bundle;
    };
    const url = () => (this.indicator ? indicatorUrl(base, this.indicator, this.params) : undefined);
    return this.dataSource(finish, url, "noIndicator", ["lang", "theme"]);
  }

  protected view(bundle: IndicatorBundle, lang: WidgetLang): View {
    return viewModule.get().indicatorView(this, bundle, lang);
  }
}
