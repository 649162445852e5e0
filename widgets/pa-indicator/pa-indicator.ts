/**
 * @module `<pa-indicator>`: a computed indicator from `GET /v1/indicators/{id}` (or inline), with its method.
 */
import { css, type PropertyDeclarations } from "lit";
import { PaElement, type PngFigure, type SelectDetail, type View } from "../element/pa-element";
import { ViewModule, views } from "../element/views-loader";
import { fetchJson, parseInline, validated, WidgetDataError } from "../internal/data-client";
import { DataController, type Source } from "../internal/data-controller";
import { t, type WidgetLang } from "../internal/i18n";
import type { LinkSelection } from "../internal/link-match";
import { indicatorUrl } from "../internal/urls";
import type { PlotController } from "../views/plot";
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

  static override styles = [
    ...PaElement.styles,
    css`
      .method dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 2px 12px;
        margin: 4px 0;
      }
      .method dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .big {
        font-size: 2em;
        font-weight: 700;
      }
    `,
  ];
  static override properties: PropertyDeclarations = { indicator: { type: String }, params: { type: String } };

  /** The indicator id (e.g. `theil-t`). */
  declare indicator: string;
  /** Its parameters as a query string, as the API documents them. */
  declare params: string;

  /** @internal What each drawn point stands for (set by the view). */
  selections: SelectDetail[][] = [];
  #plot?: PlotController;

  protected readonly data = new DataController<IndicatorBundle>(
    this,
    () => this.source(),
    (s) => this.settled(s),
  );

  protected override viewDeps(): unknown[] {
    return [this.#plot?.chart.failed];
  }

  /** @internal The plot of this element. */
  get plot(): PlotController {
    this.#plot ??= views().createPlot(this);
    return this.#plot;
  }

  protected source(): Source<IndicatorBundle> | WidgetDataError {
    const base = this.base;
    const timeout = this.timeout || undefined;
    const finish = async (body: unknown) => {
      const v = await this.viewModule.load();
      const bundle = await v.indicatorBundle(v.parseIndicator(body), base, timeout);
      // A typo in lang or theme: say what is allowed (the key below includes them, so a fix loads again).
      const said = v.badAttribute(this, this.language);
      if (said) throw new WidgetDataError("config", said);
      return bundle;
    };
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    const checked = `${this.getAttribute("lang")} ${this.getAttribute("theme")}`;
    if (inline) return { key: `inline:${inline}${checked}`, load: async () => ({ value: await validated(finish, parseInline(inline)) }) };
    if (!this.indicator) return new WidgetDataError("config", t("noIndicator", this.language));
    let url: string;
    try {
      url = indicatorUrl(base, this.indicator, this.params);
    } catch {
      return new WidgetDataError("config", `${t("badApi", this.language)}${base}`);
    }
    return {
      key: url + checked,
      load: (signal) => {
        // The views load while the data is on its way (finish awaits the same import).
        this.viewModule.load().catch(() => undefined);
        return fetchJson(url, finish, timeout, signal);
      },
    };
  }

  /** @internal A point was picked. */
  pointSelected(series: number, index: number): void {
    const detail = this.selections[series]?.[index];
    if (detail) this.select(detail);
  }

  /** The linked selection's point is the chart's active point. */
  protected override followLink(selection: LinkSelection, view: View): string | undefined {
    return this.#plot?.follow(this.selections, selection) || super.followLink(selection, view);
  }

  /** @internal The chart is painted. */
  chartDrawn(): void {
    this.dispatchEvent(new CustomEvent("pa-draw", { bubbles: true, composed: true }));
  }

  protected view(bundle: IndicatorBundle, lang: WidgetLang): View {
    return viewModule.get().indicatorView(this, bundle, lang);
  }

  protected override pngFigure(): PngFigure | undefined {
    const canvas = this.#plot?.chart.handle?.canvas;
    if (!canvas) return undefined;
    const { width, height } = canvas.getBoundingClientRect();
    return { width, height, paint: (ctx) => ctx.drawImage(canvas, 0, 0, width, height) };
  }
}
