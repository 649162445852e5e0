/**
 * @module Citations of a dataset version in GB/T 7714-2015 (type code [DS/OL], online dataset) and APA 7
 * ("[Data set]"), in the page's language. The access date of GB/T 7714 is filled in by the site script.
 */
import type { CatalogEntry, PublishedVersion } from "../../../schemas";
import { type Html, html } from "./html";
import { type Language, t } from "./i18n";
import { shownUrl } from "./origin";

/** Citations of one version of a dataset. */
export interface Citations {
  gbt7714: Html;
  apa: Html;
}

/** Builds both citations for `version` of `entry`, pointing at the dataset's page. */
export function citations(entry: CatalogEntry, version: PublishedVersion, lang: Language, pagePath: string): Citations {
  const author = t("siteName", lang);
  const title = entry.title[lang];
  const year = version.published.slice(0, 4);
  const url = shownUrl(pagePath);
  const accessed = html`<span data-today>${lang === "zh" ? "引用日期" : "accessed"}</span>`;
  const gbt7714 =
    lang === "zh"
      ? html`${author}. ${title}: 版本 ${version.version}[DS/OL]. (${version.published})[${accessed}]. ${url}.`
      : html`${author}. ${title}: version ${version.version}[DS/OL]. (${version.published})[${accessed}]. ${url}.`;
  const apa =
    lang === "zh"
      ? html`${author}. (${year}). ${title}（版本 ${version.version}）[数据集]. ${url}`
      : html`${author}. (${year}). <cite>${title}</cite> (Version ${version.version}) [Data set]. ${url}`;
  return { gbt7714, apa };
}
