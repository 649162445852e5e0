/**
 * @module The search page (`/search/`, `/en/search/`): a form whose query `/js/search.js` sends to the API's
 * `GET /v1/search` (same origin, no third party) and whose results it lists with the matched text marked.
 */
import { html } from "../html";
import { href, type Language, t } from "../i18n";
import { page } from "../layout";

/** Renders the search page in one language. */
export function searchPage(lang: Language): string {
  const body = html`<h1>${t("searchSite", lang)}</h1>
<form class="search-form" role="search" aria-label="${t("searchLabel", lang)}" action="${href(lang, "/search/")}" method="get">
<label for="q">${t("searchLabel", lang)}</label>
<input id="q" name="q" type="search" maxlength="100" autocomplete="off">
<button type="submit">${t("searchSite", lang)}</button>
</form>
<p class="muted">${lang === "zh" ? "例如：互联网普及率、internet penetration、hulianwang、hlw。" : "For example: internet penetration, 互联网普及率, hulianwang, hlw."}</p>
<noscript><p>${t("searchNoScript", lang)} <a href="${href(lang, "/datasets/")}">${t("datasets", lang)}</a></p></noscript>
<p id="search-status" role="status" aria-live="polite" data-count="${t("searchCount", lang)}" data-none="${t("searchNone", lang)}" data-failed="${t("searchFailed", lang)}"
 data-kinds="${JSON.stringify({ dataset: t("kindDataset", lang), measure: t("kindMeasure", lang), indicator: t("kindIndicator", lang), view: t("kindView", lang) })}"></p>
<ol id="search-results" class="search-results"></ol>`;
  return page({
    lang,
    path: "/search/",
    title: t("searchSite", lang),
    description: t("searchLabel", lang),
    section: "search",
    scripts: ["/js/search.js"],
    body,
  });
}
