/**
 * @module What `/oembed` needs of the pages (figure/embed/oembed-pages.ts). Alt texts: a dataset page's static
 * figure is described by its own `<desc>` (the summary the build drew); an indicator or view page's embed draws
 * `/v1/charts/indicator.svg` of the indicator's query, whose summary the figure model gives from the result the
 * build computed with the API's own code — as the charts Worker draws it: no caption, and no view title (the
 * route computes the indicator's query, not the view). A dataset page's element: its measures and regions, so that
 * the embedded element draws what its fallback image shows.
 */
import { indicatorFigure } from "../../../figure/build/indicator";
import { datasetImagePath, indicatorImagePath, type OembedPages } from "../../../figure/embed/oembed-pages";
import type { NameTable } from "../../../figure/names";
import names from "../../../figure/names-table.json";
import type { IndicatorResult } from "../../../schemas/indicator";
import { latestOf, type SiteContext } from "./context";
import { PAGE_LANGUAGES } from "./i18n";
import type { IndicatorResult as SiteResult } from "./indicator-data";
import { chartAttributes } from "./pages/dataset";
import { datasetFallback } from "./static-figure";
import { defaultView } from "./views";

/** The summary of the charts Worker's figure of `result`, in `lang`. */
function indicatorSummary(result: SiteResult, lang: "zh" | "en"): string {
  const { view: _view, ...computed } = result as unknown as IndicatorResult;
  return indicatorFigure({ lang, result: computed as IndicatorResult, names: names as NameTable }).summary;
}

/** Every page figure's alt text (by the path of the image oEmbed embeds) and every dataset page's element. */
export function oembedPages(ctx: SiteContext): OembedPages {
  const pages: OembedPages = { alts: {}, datasets: {} };
  for (const entry of ctx.catalog.datasets) {
    if (entry.kind !== "observations") continue;
    const { version } = latestOf(entry);
    const view = defaultView(entry, ctx.rows(entry.id, version), ctx.aggregates);
    if (!view) continue;
    const { dataset: _dataset, ...shown } = chartAttributes(entry, version, view);
    pages.datasets[`${entry.id}@${version}`] = Object.entries(shown).filter(([, v]) => v !== "");
    for (const lang of PAGE_LANGUAGES) {
      const alt = datasetFallback(ctx.assetsDir, entry.id, version, lang)?.alt;
      if (alt) pages.alts[datasetImagePath(`${entry.id}@${version}`, lang)] = alt;
    }
  }
  const { indicators, views, examples, viewResults } = ctx.indicators;
  for (const lang of PAGE_LANGUAGES) {
    for (const info of indicators) {
      const result = examples.get(info.id);
      if (result) pages.alts[indicatorImagePath(info.id, info.example, lang)] = indicatorSummary(result, lang);
    }
    for (const view of views) {
      const result = viewResults.get(view.id);
      if (result) pages.alts[indicatorImagePath(view.indicator, view.query, lang)] = indicatorSummary(result, lang);
    }
  }
  return pages;
}
