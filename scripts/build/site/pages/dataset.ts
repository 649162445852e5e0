/**
 * @module `/datasets/{id}/` (and `/en/…`): what a dataset is, where it comes from, its versions, a live chart with
 * a static table beside it, downloads, citations and schema.org JSON-LD.
 */
import { categoryLabel } from "../../../../figure/category-name";
import { licenceName } from "../../../../figure/licence";
import { type CatalogEntry, FLAG_TEXT, FLAGS, type PublishedVersion, parseFlags } from "../../../../schemas";
import { citations } from "../citation";
import { latestOf, type SiteContext } from "../context";
import { type Html, html } from "../html";
import { formatNumber, formatPeriod, href, type Language, THEMES, t } from "../i18n";
import { datasetJsonLd, versionPath } from "../json-ld";
import { page } from "../layout";
import { shownUrl } from "../origin";
import { datasetCard, datasetFallback } from "../static-figure";
import { scrollTable } from "../table";
import { type ChartView, defaultView, pivot } from "../views";
import { snippet, widget } from "../widgets";

/** The path of a dataset's page (Chinese; prefix `/en` for English). */
export const datasetPath = (id: string): string => `/datasets/${id}/`;

/** The attributes of a dataset's default chart. */
export function chartAttributes(entry: CatalogEntry, version: string, view: ChartView) {
  return { dataset: `${entry.id}@${version}`, measure: view.measures.join(","), region: view.regions.join(",") };
}

const periodRange = (periods: readonly string[], lang: Language) =>
  periods.length === 0 ? "—" : `${formatPeriod(periods[0] as string, lang)} – ${formatPeriod(periods.at(-1) as string, lang)}`;

/** The builder URL that opens with this dataset chosen. */
export const builderLink = (lang: Language, dataset: string, view?: ChartView): string => {
  const query = new URLSearchParams({ dataset });
  if (view) {
    query.set("measure", view.measures.join(","));
    query.set("region", view.regions.join(","));
  }
  return `${href(lang, "/gallery/")}?${query.toString().replace(/%2C/g, ",").replace(/%40/g, "@")}#builder`;
};

/** The licence in the page's language (named from its id), linked when it has a URL. */
function licenceLine(entry: CatalogEntry, lang: Language): Html {
  const name = lang === "zh" ? licenceName(entry.licence.id, lang) : entry.licence.title;
  return entry.licence.url ? html`<a href="${entry.licence.url}" rel="license">${name}</a>` : html`${name}`;
}

function facts(entry: CatalogEntry, latest: PublishedVersion, lang: Language): Html {
  return html`<dl class="facts">
<div><dt>${t("id", lang)}</dt><dd><code>${entry.id}</code></dd></div>
<div><dt>${t("latest", lang)}</dt><dd>${latest.version} (${latest.published})</dd></div>
<div><dt>${t("themes", lang)}</dt><dd>${entry.themes.map((th, i) => html`${i > 0 ? "、" : ""}<a href="${href(lang, "/datasets/")}#theme-${th}">${THEMES[th].title[lang]}</a>`)}</dd></div>
<div><dt>${t("rows", lang)}</dt><dd>${formatNumber(latest.coverage.rows, lang)}</dd></div>
${entry.kind === "observations" ? html`<div><dt>${t("periods", lang)}</dt><dd>${periodRange(latest.coverage.periods, lang)}</dd></div>` : ""}
<div><dt>${t("regions", lang)}</dt><dd>${formatNumber(latest.coverage.regions.length, lang)}</dd></div>
<div><dt>${t("licence", lang)}</dt><dd>${licenceLine(entry, lang)}</dd></div>
</dl>`;
}

function measuresTable(entry: CatalogEntry, lang: Language): Html {
  if (entry.kind === "reference") {
    return scrollTable(
      "fields-t",
      lang === "zh" ? `${entry.title.zh}的字段` : `Fields of ${entry.title.en}`,
      html`<thead><tr><th scope="col">${t("id", lang)}</th><th scope="col">${lang === "zh" ? "字段" : "Field"}</th><th scope="col">${lang === "zh" ? "类型" : "Type"}</th></tr></thead>
<tbody>${(entry.fields ?? []).map((f) => html`<tr><th scope="row"><code>${f.name}</code></th><td>${f.title[lang]}</td><td>${f.type}</td></tr>`)}</tbody>`,
    );
  }
  return scrollTable(
    "measures-t",
    lang === "zh" ? `${entry.title.zh}的指标项` : `Measures of ${entry.title.en}`,
    html`<thead><tr><th scope="col">${t("id", lang)}</th><th scope="col">${t("measure", lang)}</th><th scope="col">${t("unit", lang)}</th><th scope="col">${t("definition", lang)}</th></tr></thead>
<tbody>${entry.measures.map(
      (m) =>
        html`<tr><th scope="row"><code>${m.id}</code></th><td>${m.title[lang]}</td><td>${m.unit[lang]}</td><td>${m.definition?.[lang] ?? ""}</td></tr>`,
    )}</tbody>`,
  );
}

function sources(entry: CatalogEntry, lang: Language): Html {
  const kind = (k: string) => t(`kind${k.charAt(0).toUpperCase()}${k.slice(1)}` as Parameters<typeof t>[0], lang);
  return html`<ul class="sources">${entry.sources.map(
    (s) => html`<li><strong>${s.publisher[lang]}</strong>: ${s.url ? html`<a href="${s.url}">${s.title}</a>` : s.title}
<span class="badge badge-${s.kind}">${kind(s.kind)}</span>
${s.repository ? html`<br><span class="muted">${s.repository}${s.path ? ` / ${s.path}` : ""}${s.commit ? ` @ ${s.commit.slice(0, 12)}` : ""}</span>` : ""}
<br><span class="muted">${t("rawFile", lang)}: <code>${s.rawFile}</code></span></li>`,
  )}</ul>
<p><strong>${t("licence", lang)}</strong>${lang === "zh" ? "：" : ": "}${licenceLine(entry, lang)}
(<code>${entry.licence.id}</code>)${lang === "zh" ? "。" : "."} ${lang === "zh" ? html`<span class="muted" lang="en">${entry.licence.title}</span>` : ""}
<strong>${t("attribution", lang)}</strong>${lang === "zh" ? "：" : ": "}${entry.licence.attribution[lang]}</p>`;
}

function versionsTable(entry: CatalogEntry, lang: Language): Html {
  return scrollTable(
    "versions-t",
    lang === "zh" ? `${entry.title.zh}的已发布版本` : `Published versions of ${entry.title.en}`,
    html`<thead><tr><th scope="col">${t("version", lang)}</th><th scope="col">${t("published", lang)}</th><th scope="col">${t("changes", lang)}</th><th scope="col">${t("coverage", lang)}</th><th scope="col">${t("hash", lang)}</th><th scope="col">${t("downloads", lang)}</th></tr></thead>
<tbody>${entry.versions.map(
      (v) => html`<tr id="v${v.version}"><th scope="row">${v.version}</th><td>${v.published}</td>
<td>${v.changes[lang]}${v.corrects ? html` <span class="muted">(${t("corrects", lang)} ${v.corrects})</span>` : ""}</td>
<td>${formatNumber(v.coverage.rows, lang)} ${lang === "zh" ? "行" : "rows"}${entry.kind === "observations" ? html`; ${periodRange(v.coverage.periods, lang)}` : ""}</td>
<td><code class="hash">${v.hash}</code></td>
<td class="links">${downloadLinks(entry.id, v.version, lang)}</td></tr>`,
    )}</tbody>`,
    "versions",
  );
}

function downloadLinks(id: string, version: string, lang: Language): Html {
  const label = (what: string) => (lang === "zh" ? `${id} ${version} 的 ${what}` : `${what} of ${id} ${version}`);
  return html`<a href="${versionPath(id, version, "data.json")}" aria-label="${label("JSON")}">JSON</a>
<a href="${versionPath(id, version, "data.csv")}" aria-label="${label("CSV")}">CSV</a>
<a href="${versionPath(id, version, "data.parquet")}" aria-label="${label("Parquet")}" type="application/vnd.apache.parquet" download>Parquet</a>
<a href="${versionPath(id, version, "datapackage.json")}" aria-label="${label("datapackage")}">datapackage</a>`;
}

function staticTable(entry: CatalogEntry, view: ChartView, ctx: SiteContext, version: string, lang: Language): Html {
  const { periods, series } = pivot(view, ctx.rows(entry.id, version));
  const measure = (id: string) => entry.measures.find((m) => m.id === id);
  const label = (s: { measure: string; region: string; category?: string }) => {
    const m = measure(s.measure);
    const unit = m?.unit[lang] ?? "";
    const title = m?.title[lang] ?? s.measure;
    // World Bank titles already carry their unit ("… (% of population)"): do not repeat it.
    const name = !unit || title.includes(unit) ? title : lang === "zh" ? `${title}（${unit}）` : `${title} (${unit})`;
    const parts = [view.regions.length > 1 ? ctx.regionName(s.region, lang) : "", s.category ? categoryLabel(s.category, lang) : "", name];
    return parts.filter(Boolean).join(" · ");
  };
  const caption = `${entry.title[lang]}${view.regions.length === 1 ? ` · ${ctx.regionName(view.regions[0] as string, lang)}` : ""}`;
  const table = scrollTable(
    "numbers-t",
    caption,
    html`<thead><tr><th scope="col">${t("period", lang)}</th>${series.map((s) => html`<th scope="col">${label(s)}</th>`)}</tr></thead>
<tbody>${periods.map(
      (p) =>
        html`<tr><th scope="row">${formatPeriod(p, lang)}</th>${series.map((s) => {
          const cell = s.values.get(p);
          const marks = parseFlags(cell?.status).map((f) => FLAG_TEXT[f].mark);
          return html`<td>${cell ? formatNumber(cell.value, lang, measure(s.measure)?.decimals) : ""}${marks.length ? html` <sup class="status">${marks.join(" ")}</sup>` : ""}</td>`;
        })}</tr>`,
    )}</tbody>`,
    "numbers",
  );
  // One legend entry per flag the table shows, in vocabulary order (a cell may carry several: "secondary;transcribed").
  const shown = new Set(series.flatMap((s) => [...s.values.values()].flatMap((v) => parseFlags(v.status))));
  const flags = FLAGS.filter((f) => shown.has(f));
  return flags.length === 0
    ? table
    : html`${table}<p class="muted status-legend">${flags.map(
        (f, i) => html`${i ? (lang === "zh" ? "；" : "; ") : ""}<sup>${FLAG_TEXT[f].mark}</sup> ${FLAG_TEXT[f].label[lang]}`,
      )}</p>`;
}

function referenceTable(entry: CatalogEntry, ctx: SiteContext, version: string, lang: Language): Html {
  const fields = entry.fields ?? [];
  const rows = ctx.rows(entry.id, version);
  return scrollTable(
    "reference-t",
    entry.title[lang],
    html`<thead><tr>${fields.map((f) => html`<th scope="col">${f.title[lang]}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr>${fields.map((f, i) => (i === 0 ? html`<th scope="row">${String(r[f.name] ?? "")}</th>` : html`<td>${String(r[f.name] ?? "")}</td>`))}</tr>`)}</tbody>`,
  );
}

/** Renders the page of one dataset in one language. */
export function datasetPage(entry: CatalogEntry, ctx: SiteContext, lang: Language): string {
  const latest = latestOf(entry);
  const rows = ctx.rows(entry.id, latest.version);
  const view = defaultView(entry, rows, ctx.aggregates);
  const path = datasetPath(entry.id);
  const cite = citations(entry, latest, lang, href(lang, path));
  const attributes = view ? chartAttributes(entry, latest.version, view) : undefined;
  const fallback = attributes ? datasetFallback(ctx.assetsDir, entry.id, latest.version, lang) : undefined;
  const body = html`<article class="dataset">
<p class="breadcrumb"><a href="${href(lang, "/datasets/")}">${t("datasets", lang)}</a> /</p>
<h1>${entry.title[lang]}</h1>
<p class="lead">${entry.description[lang]}</p>
${facts(entry, latest, lang)}
${
  attributes
    ? html`<section aria-labelledby="chart-h"><h2 id="chart-h">${t("chart", lang)}</h2>
${widget("pa-chart", attributes, fallback)}
<p><a href="${builderLink(lang, `${entry.id}@${latest.version}`, view)}">${t("openBuilder", lang)}</a></p>
</section>`
    : html`<p class="note">${t("noChart", lang)}</p>`
}
<section aria-labelledby="table-h"><h2 id="table-h">${entry.kind === "reference" ? t("referenceTable", lang) : t("table", lang)}</h2>
${view ? html`<p>${t("tableNote", lang)}</p>${staticTable(entry, view, ctx, latest.version, lang)}` : entry.kind === "reference" ? referenceTable(entry, ctx, latest.version, lang) : ""}
</section>
<section aria-labelledby="measures-h"><h2 id="measures-h">${entry.kind === "reference" ? (lang === "zh" ? "字段" : "Fields") : t("measures", lang)}</h2>
${measuresTable(entry, lang)}
</section>
<section aria-labelledby="sources-h"><h2 id="sources-h">${t("sources", lang)} · ${t("licence", lang)}</h2>
${sources(entry, lang)}
</section>
${
  entry.caveats.length > 0
    ? html`<section aria-labelledby="caveats-h"><h2 id="caveats-h">${t("caveats", lang)}</h2>
<ul class="caveats">${entry.caveats.map((c) => html`<li>${c[lang]}</li>`)}</ul></section>`
    : ""
}
<section aria-labelledby="versions-h"><h2 id="versions-h">${t("versions", lang)} · ${t("downloads", lang)}</h2>
<p>${lang === "zh" ? "已发布的版本永不改变：更正会作为新版本发布。精确版本的链接可永久缓存。" : "Published versions never change: a correction is a new version. Links to exact versions can be cached forever."}</p>
${versionsTable(entry, lang)}
</section>
<section aria-labelledby="api-h"><h2 id="api-h">${t("api", lang)}</h2>
<pre class="snippet"><code>${curlLine(versionPath(entry.id, latest.version, "data.csv"))}
${curlLine(`${versionPath(entry.id, latest.version, "data.json")}`)}</code></pre>
${attributes ? html`<h3>${t("embed", lang)}</h3>${snippet("pa-chart", { ...attributes, lang }, ctx.embed, fallback)}` : ""}
</section>
<section aria-labelledby="cite-h"><h2 id="cite-h">${t("citation", lang)}</h2>
<dl class="citations">
<div><dt>GB/T 7714-2015</dt><dd><p class="citation">${cite.gbt7714}</p></dd></div>
<div><dt>APA 7</dt><dd><p class="citation">${cite.apa}</p></dd></div>
</dl>
<p class="muted">${entry.licence.attribution[lang]}</p>
</section>
</article>`;
  return page({
    lang,
    path,
    title: entry.title[lang],
    description: entry.description[lang].slice(0, 300),
    section: "datasets",
    widgets: !!attributes,
    body,
    jsonLd: datasetJsonLd(entry, lang),
    feeds: {
      title: `${entry.title[lang]}${lang === "zh" ? "：新版本" : ": new versions"}`,
      atom: `/v1/datasets/${entry.id}/changes.atom`,
      json: `/v1/datasets/${entry.id}/changes.json`,
    },
    image: datasetCard(ctx.assetsDir, entry.id, latest.version, lang),
    oembed: true,
  });
}

/** A curl command for an API path, with the deployment's origin. */
export const curlLine = (path: string): Html => html`curl '${shownUrl(path, "https://HOST")}'`;
