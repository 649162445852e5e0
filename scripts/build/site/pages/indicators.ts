/**
 * @module `/indicators/` and `/indicators/{id}/` (and `/en/…`): the indicator registry as pages — formula (MathML
 * rendered at build time), reference, parameters, and a worked example computed by the API's own code with
 * `explain=1`, shown step by step: inputs, parameters, intermediate values, result; plus the live element.
 */
import { withUnit } from "../../../../figure/build/series";
import { categoryLabel } from "../../../../figure/category-name";
import type { SiteContext } from "../context";
import { formatValue, recordTable, renderExplain } from "../explain";
import { type Html, html } from "../html";
import { formatPeriod, href, type Language, t } from "../i18n";
import type { IndicatorInfo, IndicatorResult } from "../indicator-data";
import { indicatorStaticFigure } from "../indicator-figure";
import { page } from "../layout";
import { mathml } from "../math";
import { shownUrl } from "../origin";
import { snippet, widget } from "../widgets";
import { datasetPath } from "./dataset";

/** The path of a named view's page (Chinese; prefix `/en` for English). */
export const viewPath = (id: string): string => `/indicators/views/${id}/`;

/** The path of an indicator's page (Chinese; prefix `/en` for English). */
export const indicatorPath = (id: string): string => `/indicators/${id}/`;

/** An indicator API path with its example query. */
const apiPath = (info: IndicatorInfo, explain = false) => `/v1/indicators/${info.id}?${info.example}${explain ? "&explain=1" : ""}`;

/** Renders the registry page in one language. */
export function indicatorsPage(ctx: SiteContext, lang: Language): string {
  const zh = lang === "zh";
  const { indicators, views } = ctx.indicators;
  const body = html`<h1>${t("indicators", lang)}</h1>
<p class="lead">${
    zh
      ? "每个指标都在请求时由精确的数据版本计算，并给出公式、参考文献、输入数据的版本与哈希；加上 explain=1 可得到全部中间值。"
      : "Every indicator is computed on request from exact data versions, and states its formula, reference, and the versions and hashes of its inputs; add explain=1 for every intermediate value."
  }</p>
${
  indicators.length === 0
    ? html`<p class="note">${zh ? "指标正在整理中。" : "Indicators are being prepared."}</p>`
    : html`<ul class="cards">${indicators.map(
        (i) => html`<li class="card"><h2 class="card-title"><a href="${href(lang, indicatorPath(i.id))}">${i.title[lang]}</a></h2>
<p>${i.description[lang]}</p>
<p class="muted"><code>${i.id}</code> · ${zh ? "方法版本" : "method"} ${i.method.version} · ${i.unit[lang]}</p></li>`,
      )}</ul>`
}
${
  views.length > 0
    ? html`<h2 id="views">${zh ? "命名视图：回答具体问题" : "Named views: answers to questions"}</h2>
<ul class="cards">${views.map(
        (
          v,
        ) => html`<li class="card" id="view-${v.id}"><h3 class="card-title"><a href="${href(lang, viewPath(v.id))}">${v.title[lang]}</a></h3>
<p>${v.question[lang]}</p>
<p><a href="/v1/indicators/views/${v.id}">${zh ? "API 结果" : "API result"}</a> · <a href="${href(lang, indicatorPath(v.indicator))}">${zh ? "方法" : "Method"}</a></p></li>`,
      )}</ul>`
    : ""
}`;
  return page({
    lang,
    path: "/indicators/",
    title: t("indicators", lang),
    description: zh
      ? "共富图谱指标：公式、参考文献、参数与逐步计算示例。"
      : "Prosperity Atlas indicators: formulas, references, parameters and worked examples.",
    section: "indicators",
    body,
  });
}

/** The inputs of a result: each dataset at its exact version, the measure and the content hash. */
export function inputsTable(result: IndicatorResult, lang: Language): Html {
  const zh = lang === "zh";
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="inputs-t"><table>
<caption id="inputs-t">${zh ? "输入数据（精确版本与内容哈希）" : "Inputs (exact versions and content hashes)"}</caption>
<thead><tr><th scope="col">${zh ? "参数" : "Parameter"}</th><th scope="col">${t("datasets", lang)}</th><th scope="col">${t("version", lang)}</th><th scope="col">${t("measure", lang)}</th><th scope="col">${zh ? "哈希" : "Hash"}</th></tr></thead>
<tbody>${result.inputs.map(
    (i) => html`<tr><th scope="row"><code>${i.param}</code></th><td><a href="${href(lang, datasetPath(i.dataset))}">${i.dataset}</a></td>
<td>${i.version}${i.requested !== i.version ? ` (${i.requested})` : ""}</td><td><code>${i.measure ?? i.field ?? ""}</code></td><td><code class="hash">${i.hash}</code></td></tr>`,
  )}</tbody></table></div>`;
}

/** The results of an indicator as a table: period, region, value, class and components. */
export function resultsTable(result: IndicatorResult, ctx: SiteContext, lang: Language): Html {
  const rows = result.results.map((r) => ({
    [lang === "zh" ? "时期" : "period"]: formatPeriod(r.period, lang),
    ...(r.region ? { [lang === "zh" ? "地区" : "region"]: ctx.regionName(r.region, lang) } : {}),
    ...(r.category ? { [lang === "zh" ? "类别" : "category"]: categoryLabel(r.category, lang) } : {}),
    [lang === "zh" ? "值" : "value"]: r.value,
    ...(r.class ? { class: r.class } : {}),
    ...Object.fromEntries(Object.entries(r.components ?? {}).map(([k, v]) => [k, v])),
  }));
  // The figure model's rule: a unit that has brackets of its own follows a comma instead of nesting in brackets.
  const caption = withUnit(result.title[lang], result.unit[lang], lang);
  return recordTable(rows, lang, caption, "results-t");
}

function parametersTable(info: IndicatorInfo, lang: Language): Html {
  const zh = lang === "zh";
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="params-t"><table>
<caption id="params-t">${zh ? "查询参数" : "Query parameters"}</caption>
<thead><tr><th scope="col">${zh ? "名称" : "Name"}</th><th scope="col">${zh ? "类型" : "Kind"}</th><th scope="col">${zh ? "必需" : "Required"}</th><th scope="col">${zh ? "说明" : "Description"}</th><th scope="col">${zh ? "默认 / 示例" : "Default / example"}</th></tr></thead>
<tbody>${info.parameters.map(
    (
      p,
    ) => html`<tr><th scope="row"><code>${p.name}</code></th><td>${p.kind}${p.choices ? html`: ${p.choices.map((c, i) => html`${i ? ", " : ""}<code>${c}</code>`)}` : ""}</td>
<td>${p.required ? (zh ? "是" : "yes") : zh ? "否" : "no"}</td><td>${p.description[lang]}</td>
<td>${p.default !== undefined ? html`<code>${String(p.default)}</code>` : ""}${p.example ? html`${p.default !== undefined ? " · " : ""}<code class="wrap">${p.example}</code>` : ""}</td></tr>`,
  )}</tbody></table></div>`;
}

/** Renders one indicator's page in one language. */
export function indicatorPage(info: IndicatorInfo, ctx: SiteContext, lang: Language): string {
  const zh = lang === "zh";
  const result = ctx.indicators.examples.get(info.id);
  const live = ctx.widgetTags.has("pa-indicator") && result ? { indicator: info.id, params: info.example } : undefined;
  // The static figure inside the element and the page's card, from the worked example the build computed.
  const figure =
    live && result
      ? indicatorStaticFigure(ctx, live, result, { page: indicatorPath(info.id), api: `/v1/indicators/${info.id}?${info.example}` }, lang)
      : undefined;
  const explain = result?.explain && Object.keys(result.explain).length > 0 ? result.explain : undefined;
  const body = html`<p class="breadcrumb"><a href="${href(lang, "/indicators/")}">${t("indicators", lang)}</a> /</p>
<h1>${info.title[lang]}</h1>
<p class="lead">${info.description[lang]}</p>
<dl class="facts">
<div><dt>${t("id", lang)}</dt><dd><code>${info.id}</code></dd></div>
<div><dt>${zh ? "方法版本" : "Method version"}</dt><dd>${info.method.version}</dd></div>
<div><dt>${t("unit", lang)}</dt><dd>${info.unit[lang]}</dd></div>
</dl>
<section aria-labelledby="formula-h"><h2 id="formula-h">${zh ? "公式" : "Formula"}</h2>
${mathml(info.method.latex, info.method.formula)}
${info.method.where ? html`<p class="formula-where">${info.method.where[lang]}</p>` : ""}
<details><summary>${zh ? "纯文本公式" : "Formula as plain text"}</summary><p><code class="wrap">${info.method.formula}</code></p></details>
<p><strong>${zh ? "参考文献" : "Reference"}</strong>${zh ? "：" : ": "}${info.method.reference}</p>
</section>
<section aria-labelledby="params-h"><h2 id="params-h">${zh ? "参数" : "Parameters"}</h2>
${parametersTable(info, lang)}
</section>
<section aria-labelledby="example-h"><h2 id="example-h">${zh ? "计算示例（explain=1）" : "Worked example (explain=1)"}</h2>
<pre class="snippet"><code>curl '${shownUrl(apiPath(info, true), "https://HOST")}'</code></pre>
${
  result
    ? html`<ol class="steps">
<li><h3>${zh ? "第一步：读取输入数据的精确版本" : "Step 1: read the inputs at exact versions"}</h3>${inputsTable(result, lang)}</li>
<li><h3>${zh ? "第二步：参数" : "Step 2: the parameters"}</h3><dl class="explain-values">${Object.entries(result.parameters).map(
        ([k, v]) => html`<div><dt><code>${k}</code></dt><dd><code class="wrap">${formatValue(v, lang)}</code></dd></div>`,
      )}</dl></li>
<li><h3>${zh ? "第三步：中间值" : "Step 3: intermediate values"}</h3>${
        explain
          ? renderExplain(explain, lang)
          : html`<p>${zh ? "此指标直接由输入计算，没有中间值。" : "This indicator is computed directly from its inputs; it has no intermediate values."}</p>`
      }</li>
<li><h3>${zh ? "第四步：结果" : "Step 4: the result"}</h3>${resultsTable(result, ctx, lang)}
${result.warnings?.length ? html`<ul class="caveats">${result.warnings.map((w) => html`<li>${w[lang]}</li>`)}</ul>` : ""}</li>
</ol>`
    : html`<p class="note">${zh ? "示例暂时无法计算。" : "The example could not be computed."}</p>`
}
${
  live
    ? html`<h3 id="live-h">${zh ? "实时组件" : "Live element"}</h3>
${widget("pa-indicator", live, figure?.fallback)}
${snippet("pa-indicator", { ...live, lang }, ctx.embed, figure?.fallback)}`
    : ""
}
</section>`;
  return page({
    lang,
    path: indicatorPath(info.id),
    title: info.title[lang],
    description: info.description[lang].slice(0, 300),
    section: "indicators",
    widgets: !!live,
    image: figure?.card,
    // CMSs discover the embed (/oembed answers indicator and view pages: the element with its static figure).
    oembed: !!live,
    body,
  });
}
