/**
 * @module schema.org `Dataset` descriptions of catalog entries, for search engines (Google Dataset Search reads
 * `name`, `description`, `url`, `license`, `creator`, `distribution`, `temporalCoverage`, `variableMeasured`).
 */
import { type CatalogEntry, periodSpan } from "../../../schemas";
import { href, LANG_TAG, type Language, otherLanguage, THEMES, t } from "./i18n";
import { dataUrl } from "./origin";

/** The API path of a version's files. */
export const versionPath = (id: string, version: string, file: string): string => `/v1/datasets/${id}@${version}/${file}`;

/** An ISO 8601 month (`2021-06`) from a month count (`year * 12 + month - 1`). */
const isoMonth = (months: number) => `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, "0")}`;

/** The periods a version covers as an ISO 8601 interval (`2007-06/2024-12`, or `2006/2024` for years). */
export function temporalCoverage(periods: readonly string[]): string | undefined {
  const spans = periods.map(periodSpan).filter((s) => s !== undefined);
  if (spans.length === 0) return undefined;
  const first = Math.min(...spans.map((s) => s.first));
  const last = Math.max(...spans.map((s) => s.last));
  const yearly = periods.every((p) => /^\d{4}$/.test(p));
  if (yearly) return `${Math.floor(first / 12)}/${Math.floor(last / 12)}`;
  return `${isoMonth(first)}/${isoMonth(last)}`;
}

/** A schema.org `Dataset` object for the page of `entry` in `lang`. */
export function datasetJsonLd(entry: CatalogEntry, lang: Language): Record<string, unknown> {
  const latest = entry.versions[0];
  const oldest = entry.versions.at(-1);
  if (!latest || !oldest) throw new Error(`${entry.id} has no version`);
  const url = dataUrl(href(lang, `/datasets/${entry.id}/`));
  const site = { "@type": "Organization", name: `${t("siteName", "zh")} ${t("siteName", "en")}`, url: dataUrl("/") };
  const regions = latest.coverage.regions;
  const china = regions.length > 0 && regions.every((r) => r.startsWith("CN"));
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": url,
    url,
    name: entry.title[lang],
    alternateName: entry.title[otherLanguage(lang)],
    description: entry.description[lang],
    identifier: entry.id,
    version: latest.version,
    datePublished: oldest.published,
    dateModified: latest.published,
    inLanguage: LANG_TAG[lang],
    isAccessibleForFree: true,
    keywords: [...(entry.keywords ?? []), ...entry.themes.map((th) => THEMES[th].title[lang])],
    license: entry.licence.url ?? { "@type": "CreativeWork", name: entry.licence.title },
    creditText: entry.licence.attribution[lang],
    creator: site,
    publisher: site,
    isBasedOn: entry.sources.map((s) => ({
      "@type": "CreativeWork",
      name: s.title,
      ...(s.url ? { url: s.url } : {}),
      publisher: { "@type": "Organization", name: s.publisher[lang] },
    })),
    ...(temporalCoverage(latest.coverage.periods) ? { temporalCoverage: temporalCoverage(latest.coverage.periods) } : {}),
    ...(regions.length > 0
      ? { spatialCoverage: { "@type": "Place", name: china ? (lang === "zh" ? "中国" : "China") : lang === "zh" ? "世界" : "World" } }
      : {}),
    variableMeasured: entry.measures.map((m) => ({
      "@type": "PropertyValue",
      propertyID: m.id,
      name: m.title[lang],
      unitText: m.unit[lang],
      ...(m.definition ? { description: m.definition[lang] } : {}),
    })),
    distribution: [
      {
        "@type": "DataDownload",
        name: "JSON",
        encodingFormat: "application/json",
        contentUrl: dataUrl(versionPath(entry.id, latest.version, "data.json")),
      },
      {
        "@type": "DataDownload",
        name: "CSV",
        encodingFormat: "text/csv",
        contentUrl: dataUrl(versionPath(entry.id, latest.version, "data.csv")),
      },
      {
        "@type": "DataDownload",
        name: "Apache Parquet",
        encodingFormat: "application/vnd.apache.parquet",
        contentUrl: dataUrl(versionPath(entry.id, latest.version, "data.parquet")),
      },
      {
        "@type": "DataDownload",
        name: "Frictionless Data Package",
        encodingFormat: "application/vnd.datapackage+json",
        contentUrl: dataUrl(versionPath(entry.id, latest.version, "datapackage.json")),
      },
    ],
  };
}
