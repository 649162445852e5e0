/**
 * @module `/datasets/` (and `/en/datasets/`): every dataset, grouped by theme. Without JavaScript it is a list with
 * theme anchors; `/js/catalog-filter.js` reveals a search box and a theme filter that hide what does not match.
 */
import type { CatalogEntry, Theme } from "../../../../schemas";
import { latestOf, type SiteContext } from "../context";
import { type Html, html } from "../html";
import { formatNumber, formatPeriod, href, type Language, THEMES, t } from "../i18n";
import { page } from "../layout";
import { datasetPath } from "./dataset";

const ORDER = Object.keys(THEMES) as Theme[];

/** One dataset as a card, with the text the filter searches in `data-search`. */
export function datasetCard(entry: CatalogEntry, lang: Language, headingLevel: "h3" | "h4" = "h3"): Html {
  const latest = latestOf(entry);
  const periods = latest.coverage.periods;
  const search = [entry.id, entry.title.zh, entry.title.en, entry.description[lang], ...(entry.keywords ?? [])].join(" ").toLowerCase();
  const heading =
    headingLevel === "h3"
      ? html`<h3><a href="${href(lang, datasetPath(entry.id))}">${entry.title[lang]}</a></h3>`
      : html`<h4><a href="${href(lang, datasetPath(entry.id))}">${entry.title[lang]}</a></h4>`;
  return html`<li class="card" data-themes="${entry.themes.join(" ")}" data-search="${search}">
${heading}
<p>${entry.description[lang]}</p>
<p class="muted"><code>${entry.id}</code> · ${t("version", lang)} ${latest.version} · ${formatNumber(latest.coverage.rows, lang)} ${lang === "zh" ? "行" : "rows"}${
    periods.length > 0 ? ` · ${formatPeriod(periods[0] as string, lang)} – ${formatPeriod(periods.at(-1) as string, lang)}` : ""
  }</p>
</li>`;
}

/** Renders the catalog page in one language. */
export function catalogPage(ctx: SiteContext, lang: Language): string {
  const themes = ORDER.filter((th) => ctx.catalog.datasets.some((d) => d.themes.includes(th)));
  const body = html`<h1>${t("datasets", lang)}</h1>
<p class="lead">${
    lang === "zh"
      ? `共 ${ctx.catalog.datasets.length} 个数据集。每个数据集都有不可变的版本、来源、许可与注意事项，可下载 JSON、CSV 与 Frictionless 数据包。`
      : `${ctx.catalog.datasets.length} datasets. Each has immutable versions, sources, a licence and caveats, and downloads as JSON, CSV and a Frictionless data package.`
  }</p>
<form class="filter" id="catalog-filter" role="search" hidden>
<label for="q">${t("search", lang)}</label>
<input id="q" name="q" type="search" autocomplete="off">
<label for="theme">${t("themes", lang)}</label>
<select id="theme" name="theme"><option value="">${t("allThemes", lang)}</option>${themes.map((th) => html`<option value="${th}">${THEMES[th].title[lang]}</option>`)}</select>
<p id="filter-status" class="muted" role="status" aria-live="polite" data-template="${t("shown", lang)}" data-none="${t("noMatch", lang)}"></p>
</form>
<nav aria-label="${t("themes", lang)}" class="theme-nav"><ul>${themes.map((th) => html`<li><a href="#theme-${th}">${THEMES[th].title[lang]}</a></li>`)}</ul></nav>
${themes.map(
  (th) => html`<section class="theme-group" id="theme-${th}" data-theme="${th}" aria-labelledby="theme-${th}-h">
<h2 id="theme-${th}-h">${THEMES[th].title[lang]}</h2>
<p class="muted">${THEMES[th].question[lang]}</p>
<ul class="cards">${ctx.catalog.datasets.filter((d) => d.themes.includes(th)).map((d) => datasetCard(d, lang))}</ul>
</section>`,
)}`;
  return page({
    lang,
    path: "/datasets/",
    title: t("datasets", lang),
    description: lang === "zh" ? "共富图谱全部数据集：按主题浏览与搜索。" : "All Prosperity Atlas datasets, by theme, with search.",
    section: "datasets",
    scripts: ["/js/catalog-filter.js"],
    body,
  });
}
