/**
 * @module `/indicators/views/{id}/` (and `/en/…`): one named view as a page — its question, what it computes, the
 * live chart (`<pa-indicator>` with the view's query), the results computed at build time by the API's own code,
 * the warnings (periods left out, flagged values), the exact inputs, and the snippet to embed the chart.
 */
import type { SiteContext } from "../context";
import { html } from "../html";
import { href, type Language, t } from "../i18n";
import type { IndicatorView } from "../indicator-data";
import { indicatorStaticFigure } from "../indicator-figure";
import { page } from "../layout";
import { shownUrl } from "../origin";
import { snippet, widget } from "../widgets";
import { indicatorPath, inputsTable, resultsTable, viewPath } from "./indicators";

/** The NBS four regions with their names, for views whose chart is split by region. */
const GROUPS = [
  ["east", { zh: "东部", en: "East" }],
  ["central", { zh: "中部", en: "Central" }],
  ["west", { zh: "西部", en: "West" }],
  ["northeast", { zh: "东北", en: "Northeast" }],
] as const;

/** More lines than this in one chart cannot be told apart: such a view is drawn as one chart per NBS region. */
const MOST_LINES = 8;

/** Renders one named view's page in one language. */
export function viewPage(view: IndicatorView, ctx: SiteContext, lang: Language): string {
  const zh = lang === "zh";
  const result = ctx.indicators.viewResults.get(view.id);
  const live =
    ctx.widgetTags.has("pa-indicator") && result ? { indicator: view.indicator, params: view.query, caption: view.title[lang] } : undefined;
  const api = `/v1/indicators/views/${view.id}`;
  const lines = new Set(result?.results.map((r) => r.region ?? "")).size;
  // A line per province (30 of them) is unreadable: split by the NBS four regions, which every indicator filters by.
  const charts = live
    ? lines > MOST_LINES
      ? GROUPS.map(([group, name]) => ({
          ...live,
          params: `${live.params}&group=${group}`,
          caption: `${view.title[lang]} · ${name[lang]}`,
        }))
      : [live]
    : [];
  // The static figure inside each element and the page's card, from the result the build computed.
  const links = { page: viewPath(view.id), api: api };
  const figureOf = (c: { indicator: string; params: string; caption?: string }) =>
    result ? indicatorStaticFigure(ctx, c, result, links, lang) : undefined;
  const body = html`<p class="breadcrumb"><a href="${href(lang, "/indicators/")}">${t("indicators", lang)}</a> / <a href="${href(lang, "/indicators/")}#views">${zh ? "命名视图" : "Named views"}</a> /</p>
<h1>${view.title[lang]}</h1>
<p class="lead">${view.question[lang]}</p>
<p>${view.description[lang]}</p>
<dl class="facts">
<div><dt>${zh ? "指标" : "Indicator"}</dt><dd><a href="${href(lang, indicatorPath(view.indicator))}"><code>${view.indicator}</code></a></dd></div>
<div><dt>API</dt><dd><a href="${api}"><code>${api}</code></a></dd></div>
</dl>
<pre class="snippet"><code>curl '${shownUrl(api, "https://HOST")}'</code></pre>
${
  live
    ? html`<section aria-labelledby="chart-h"><h2 id="chart-h">${zh ? "图表" : "Chart"}</h2>
${
  charts.length > 1
    ? html`<p>${zh ? "每个省份一条线，按国家统计局四大区域分图显示。" : "One line per province, drawn as one chart per NBS region."}</p>`
    : ""
}
${charts.map((c) => widget("pa-indicator", c, figureOf(c)?.fallback))}
${snippet("pa-indicator", { indicator: live.indicator, params: live.params, lang }, ctx.embed, figureOf(live)?.fallback)}
</section>`
    : ""
}
${
  result
    ? html`<section aria-labelledby="results-h"><h2 id="results-h">${zh ? "结果" : "Results"}</h2>
${resultsTable(result, ctx, lang)}
${result.warnings?.length ? html`<ul class="caveats">${result.warnings.map((w) => html`<li>${w[lang]}</li>`)}</ul>` : ""}
${inputsTable(result, lang)}
</section>`
    : html`<p class="note">${zh ? "结果暂时无法计算。" : "The result could not be computed."}</p>`
}`;
  return page({
    lang,
    path: viewPath(view.id),
    title: view.title[lang],
    description: view.question[lang],
    section: "indicators",
    widgets: !!live,
    image: live ? figureOf(live)?.card : undefined,
    // CMSs discover the embed (/oembed answers indicator and view pages: the element with its static figure).
    oembed: !!live,
    body,
  });
}
