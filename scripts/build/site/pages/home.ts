/**
 * @module `/` (Chinese) and `/en/`: what Prosperity Atlas is, the seven themes with a live chart each, and quick
 * starts for developers, bloggers and portals.
 */
import type { SiteContext } from "../context";
import { type DemoFigure, demoFigure } from "../demo-figure";
import { type Featured, featuredChart } from "../featured";
import { html } from "../html";
import { href, type Language, SEVEN_THEMES, THEMES, t } from "../i18n";
import { indicatorStaticFigure } from "../indicator-figure";
import { DOCS_PATH, page } from "../layout";
import { shownUrl } from "../origin";
import { snippet, widget } from "../widgets";
import { datasetPath } from "./dataset";

/** The static figure of a home-page chart: a dataset element's, or an indicator's from the result the build computed. */
function homeFigure(ctx: SiteContext, chart: Featured, lang: Language): DemoFigure | undefined {
  const attributes = { ...chart.attributes, caption: chart.caption?.[lang] };
  if (chart.tag !== "pa-indicator") return demoFigure(ctx, chart.tag, attributes, lang);
  const { indicator, params } = chart.attributes;
  const result = indicator && params !== undefined ? ctx.indicators.queried?.get(`${indicator}?${params}`) : undefined;
  if (!result || !indicator || params === undefined) return undefined;
  const links = { page: `/indicators/${indicator}/`, api: `/v1/indicators/${indicator}?${params}` };
  return indicatorStaticFigure(ctx, { indicator, params, caption: attributes.caption }, result, links, lang);
}

/** Renders the home page in one language. */
export function homePage(ctx: SiteContext, lang: Language): string {
  const zh = lang === "zh";
  const datasets = ctx.catalog.datasets.length;
  const versions = ctx.catalog.datasets.reduce((n, d) => n + d.versions.length, 0);
  const example = featuredChart("digital-divide", ctx) ?? SEVEN_THEMES.map((th) => featuredChart(th, ctx)).find(Boolean);
  const body = html`<section class="hero" aria-labelledby="title">
<h1 id="title">${t("siteName", lang)} <span class="tagline">${t("tagline", lang)}</span></h1>
<p class="lead">${
    zh
      ? "共富图谱提供版本化的开放数据（JSON、CSV、Frictionless 数据包）、方法公开的指标，以及一行脚本即可嵌入的无障碍图表。每个数值都可追溯到公开来源的原始文件；已发布的版本永不改变。"
      : "Prosperity Atlas serves versioned open data (JSON, CSV, Frictionless data packages), indicators with a published method, and accessible charts you embed with one script tag. Every value traces back to a public source file; a published version never changes."
  }</p>
<p class="stats">${zh ? `${datasets} 个数据集 · ${versions} 个已发布版本` : `${datasets} datasets · ${versions} published versions`}</p>
<p class="actions"><a class="button" href="${href(lang, "/datasets/")}">${zh ? "浏览数据集" : "Browse the datasets"}</a>
<a class="button" href="${href(lang, "/gallery/")}#builder">${zh ? "生成嵌入代码" : "Build an embed"}</a>
<a class="button" href="${DOCS_PATH}">${t("apiDocs", lang)}</a></p>
</section>
<section aria-labelledby="themes-h">
<h2 id="themes-h">${zh ? "七个主题" : "Seven themes"}</h2>
<div class="themes">
${SEVEN_THEMES.map((theme) => {
  const chart = featuredChart(theme, ctx);
  return html`<section class="theme" id="theme-${theme}" aria-labelledby="theme-${theme}-h">
<h3 id="theme-${theme}-h">${THEMES[theme].title[lang]}</h3>
<p class="muted">${THEMES[theme].question[lang]}</p>
${
  chart
    ? html`${widget(chart.tag, { ...chart.attributes, caption: chart.caption?.[lang] }, homeFigure(ctx, chart, lang)?.fallback)}
<p><a href="${href(lang, datasetPath(chart.dataset))}">${zh ? "数据集页面" : "Dataset page"}</a> · <a href="${href(lang, "/datasets/")}#theme-${theme}">${zh ? "本主题全部数据集" : "All datasets of this theme"}</a></p>`
    : html`<p class="note">${zh ? "本主题的数据集正在整理中。" : "Datasets for this theme are being prepared."} <a href="${href(lang, "/datasets/")}">${t("datasets", lang)}</a></p>`
}
</section>`;
})}
</div>
</section>
<section aria-labelledby="start-h">
<h2 id="start-h">${zh ? "快速开始" : "Quick start"}</h2>
<div class="quickstarts">
<section aria-labelledby="dev-h"><h3 id="dev-h">${zh ? "开发者：调用 API" : "Developers: call the API"}</h3>
<p>${zh ? "精确版本永久可缓存；错误是 RFC 9457 problem+json；CORS 开放；无需密钥。" : "Exact versions cache forever; errors are RFC 9457 problem+json; CORS is open; no key needed."}</p>
<pre class="snippet"><code>curl '${shownUrl("/v1/datasets", "https://HOST")}'
curl '${shownUrl("/v1/datasets/internet-users@1.0.0/data.csv?period=2021-06..2021-12", "https://HOST")}'</code></pre>
<p><a href="${DOCS_PATH}">${t("apiDocs", lang)}</a> · <a href="/v1/openapi.json">OpenAPI</a> · <a href="${href(lang, "/indicators/")}">${t("indicators", lang)}</a></p>
</section>
<section aria-labelledby="blog-h"><h3 id="blog-h">${zh ? "博主：一行脚本嵌入图表" : "Bloggers: one script tag"}</h3>
<p>${zh ? "复制下面的代码到文章里；固定版本号，图表就不会悄悄改变。" : "Paste this into a post; pin the version and the chart never changes under your story."}</p>
${example ? snippet(example.tag, { ...example.attributes, lang }, ctx.embed, demoFigure(ctx, example.tag, example.attributes, lang)?.fallback) : ""}
<p><a href="${href(lang, "/gallery/")}#builder">${zh ? "用嵌入生成器选择数据与样式" : "Pick data and style in the embed builder"}</a></p>
</section>
<section aria-labelledby="portal-h"><h3 id="portal-h">${zh ? "政府门户：合规与自托管" : "Portals: compliance and self-hosting"}</h3>
<p>${
    zh
      ? "中文优先、中英双语；每张图都有数据表替代与文字摘要；在严格的内容安全策略下运行（无 eval、无内联样式）；无 Cookie、无追踪；可自托管并用 SRI 校验脚本。"
      : "Chinese first, with English; every chart has a table alternative and a text summary; runs under a strict CSP (no eval, no inline styles); no cookies or tracking; self-hostable, with SRI to pin the script."
  }</p>
<p><a href="${href(lang, "/gallery/")}#portals">${zh ? "无障碍、内容安全策略与隐私说明" : "Accessibility, CSP and privacy notes"}</a></p>
</section>
</div>
</section>`;
  return page({
    lang,
    path: "/",
    title: t("siteName", lang),
    description: zh
      ? "共富图谱：数字经济与共同富裕开放数据——版本化数据集 API、方法公开的指标与可嵌入的无障碍图表。"
      : "Prosperity Atlas: open data on China's digital economy and common prosperity — a versioned data API, indicators with a published method, and accessible embeddable charts.",
    section: "home",
    widgets: true,
    body,
  });
}
