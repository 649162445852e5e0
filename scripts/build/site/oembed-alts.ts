/**
 * @module The alt texts `/oembed` gives the figures it embeds for pages (figure/embed/oembed-alts.ts): a dataset
 * page's static figure is described by its own `<desc>` (the summary the build drew); an indicator or view page's
 * embed draws `/v1/charts/indicator.svg` of the indicator's query, whose summary the figure model gives from the
 * result the build computed with the API's own code — as the charts Worker draws it: no caption, and no view
 * title (the route computes the indicator's query, not the view).
 */
import { indicatorFigure } from "../../../figure/build/indicator";
import { datasetImagePath, indicatorImagePath, type OembedAlts } from "../../../figure/embed/oembed-alts";
import type { NameTable } from "../../../figure/names";
import names from "../../../figure/names-table.json";
import type { IndicatorResult } from "../../../schemas/indicator";
import { latestOf, type SiteContext } from "./context";
import { PAGE_LANGUAGES } from "./i18n";
import type { IndicatorResult as SiteResult } from "./indicator-data";
import { datasetFallback } from "./static-figure";

/** The summary of the charts Worker's figure of `result`, in `lang`. */
function indicatorSummary(result: SiteResult, lang: "zh" | "en"): string {
  const { view: _view, ...computed } = result as unknown as IndicatorResult;
  return indicatorFigure({ lang, result: computed as IndicatorResult, names: names as NameTable }).summary;
}

/** Every page figure's alt text, by the path of the image oEmbed embeds. */
export function oembedAlts(ctx: SiteContext): OembedAlts {
  const alts: OembedAlts = {};
  for (const lang of PAGE_LANGUAGES) {
    for (const entry of ctx.catalog.datasets) {
      if (entry.kind !== "observations") continue;
      const { version } = latestOf(entry);
      const alt = datasetFallback(ctx.assetsDir, entry.id, version, lang)?.alt;
      if (alt) alts[datasetImagePath(`${entry.id}@${version}`, lang)] = alt;
    }
    const { indicators, views, examples, viewResults } = ctx.indicators;
    for (const info of indicators) {
      const result = examples.get(info.id);
      if (result) alts[indicatorImagePath(info.id, info.example, lang)] = indicatorSummary(result, lang);
    }
    for (const view of views) {
      const result = viewResults.get(view.id);
      if (result) alts[indicatorImagePath(view.indicator, view.query, lang)] = indicatorSummary(result, lang);
    }
  }
  return alts;
}
