/**
 * @module `<pa-tilemap>`: the 31 provinces as a tile grid shaded by one measure in one period, drawn as SVG.
 */
import { type DatasetBundle, DatasetElement } from "../element/dataset-element";
import type { PngFigure, View } from "../element/pa-element";
import { ViewModule } from "../element/views-loader";
import type { WidgetLang } from "../internal/i18n";

/** This element's view: a file of its own in the build, loaded with the shared views. */
const viewModule = new ViewModule(() => import("./tilemap-view"));

/**
 * A tile-grid map of China's 31 provinces — one equal square each, no border geometry — shaded in five
 * classes (equal counts) of one measure in one period (the latest unless `period` names one), with a legend,
 * arrow-key navigation from tile to neighbouring tile, and the values as a table. No Chart.js.
 *
 * @tagname pa-tilemap
 * @summary Provinces as a tile grid map, shaded by value.
 * @fires pa-load - The data arrived and is shown.
 * @fires pa-error - The data could not be shown.
 * @fires pa-select - The reader picked a province (Enter or click); `detail.region` is its code.
 * @csspart frame - The whole widget.
 * @csspart figure - The focusable map.
 * @csspart legend - The value classes.
 * @csspart table - The values as a table.
 * @cssprop --pa-height - Largest height of the map (default 420px).
 * @cssprop --pa-seq-1 - Lightest class colour (to --pa-seq-5, the darkest).
 * @example <pa-tilemap dataset="province-gdp@1.0.0" measure="gdp" period="2024" lang="zh"></pa-tilemap>
 */
export class PaTilemap extends DatasetElement {
  /** The tag this class is registered as (widgets/elements.ts). */
  static readonly tag = "pa-tilemap";

  protected readonly viewModule = viewModule;

  static override properties = { cursor: { state: true, attribute: false } };

  /** @internal The tile the keyboard is on. */
  declare cursor: string | undefined;
  /** Class index (0–4, −1 = no data) of each province's tile, by region code. */
  tiles: Record<string, number> = {};

  protected override viewDeps(): unknown[] {
    return [...super.viewDeps(), this.selected, this.cursor];
  }

  protected view(bundle: DatasetBundle, lang: WidgetLang): View {
    return viewModule.get().tilemapView(this, bundle, lang);
  }

  protected override pngFigure(): PngFigure | undefined {
    return viewModule
      .get()
      .tilemapPng(this.figure, this.scheme, getComputedStyle(this.renderRoot.querySelector(".frame") ?? this).fontFamily);
  }
}
