/**
 * @module `/gallery/` (and `/en/gallery/`): every widget element live with its snippet, the embed builder (a form
 * that `/js/builder.js` brings to life), and what portals need to know about CSP, accessibility and privacy.
 */
import type { SiteContext } from "../context";
import { type DemoFigure, demoFigure } from "../demo-figure";
import { availableElements, availableKinds } from "../gallery-elements";
import { type Html, html } from "../html";
import { href, type Language, t } from "../i18n";
import { indicatorStaticFigure } from "../indicator-figure";
import { page } from "../layout";
import { shownUrl } from "../origin";
import { snippet, type WidgetAttributes, widget } from "../widgets";

function builder(ctx: SiteContext, lang: Language): Html {
  const zh = lang === "zh";
  const kinds = availableKinds(ctx);
  return html`<section id="builder" aria-labelledby="builder-h">
<h2 id="builder-h">${zh ? "嵌入生成器" : "Embed builder"}</h2>
<p class="no-js-note" id="builder-nojs">${zh ? "生成器需要 JavaScript；上面的示例代码不需要，可直接复制使用。" : "The builder needs JavaScript; the snippets above do not, copy them as they are."}</p>
<form id="embed-builder" class="builder" hidden data-data="/gallery/builder.json">
<div class="builder-controls">
<p id="b-dataset-field"><label for="b-dataset">${t("datasets", lang)}</label>
<select id="b-dataset" name="b-dataset"></select></p>
<p id="b-version-field"><label for="b-version">${t("version", lang)}</label>
<select id="b-version" name="b-version" aria-describedby="b-version-help"></select>
<span id="b-version-help" class="help">${zh ? "精确版本：图表永不改变；范围（如 ^1）：自动使用最新的兼容版本。" : "An exact version never changes; a range (e.g. ^1) follows the newest compatible version."}</span></p>
<p><label for="b-kind">${zh ? "图表类型" : "Chart kind"}</label>
<select id="b-kind" name="b-kind">${kinds.map((k) => html`<option value="${k.value}">${k.title[lang]}</option>`)}</select></p>
<p id="b-indicator-field" hidden><label for="b-indicator">${zh ? "指标（使用其文档示例的参数）" : "Indicator (with its documented example's parameters)"}</label>
<select id="b-indicator" name="b-indicator"></select></p>
<fieldset id="b-measures"><legend>${t("measures", lang)}</legend><div class="choices"></div>
<p class="help" id="b-units" role="status" aria-live="polite"></p></fieldset>
<fieldset id="b-regions"><legend>${t("regions", lang)}</legend><div class="choices scroll"></div></fieldset>
<fieldset id="b-period"><legend>${t("period", lang)}</legend>
<label for="b-from">${zh ? "起" : "From"}</label> <select id="b-from" name="b-from"></select>
<label for="b-to">${zh ? "止" : "To"}</label> <select id="b-to" name="b-to"></select></fieldset>
<p><label for="b-caption">${zh ? "标题（可选，替代默认标题）" : "Caption (optional, replaces the default title)"}</label>
<input type="text" id="b-caption" name="b-caption" maxlength="120"></p>
<fieldset><legend>${zh ? "语言" : "Language"}</legend>
<label><input type="radio" name="b-lang" value="zh"${zh ? html` checked` : ""}> 中文</label>
<label><input type="radio" name="b-lang" value="en"${zh ? "" : html` checked`}> English</label></fieldset>
<fieldset><legend>${zh ? "配色" : "Theme"}</legend>
<label><input type="radio" name="b-theme" value="" checked> ${zh ? "跟随读者设置" : "Reader's preference"}</label>
<label><input type="radio" name="b-theme" value="light"> ${zh ? "浅色" : "Light"}</label>
<label><input type="radio" name="b-theme" value="dark"> ${zh ? "深色" : "Dark"}</label></fieldset>
</div>
<div class="builder-output">
<h3 id="preview-h">${zh ? "预览" : "Preview"}</h3>
<div id="b-preview" class="preview" role="region" aria-labelledby="preview-h"></div>
<h3 id="snippet-h">${zh ? "嵌入代码" : "Snippet"}</h3>
<pre class="snippet" id="b-snippet-box"><code id="b-snippet"></code></pre>
<p><button type="button" id="b-copy" data-copied="${t("copied", lang)}">${zh ? "复制嵌入代码" : "Copy the snippet"}</button>
<output id="b-status" for="b-copy" aria-live="polite"></output></p>
</div>
</form>
</section>`;
}

function portals(ctx: SiteContext, lang: Language): Html {
  const zh = lang === "zh";
  const origin = shownUrl("", "https://HOST");
  return html`<section id="portals" aria-labelledby="portals-h">
<h2 id="portals-h">${zh ? "给门户网站：内容安全策略、无障碍与隐私" : "For portals: CSP, accessibility and privacy"}</h2>
<h3>${zh ? "内容安全策略（CSP）" : "Content Security Policy"}</h3>
<p>${
    zh
      ? "组件不使用 eval、不插入内联脚本或内联样式（样式通过可构造样式表加载），因此可在严格的 CSP 下运行。宿主页面只需允许脚本与数据来自本站："
      : "The elements use no eval and insert no inline scripts or style attributes (styles are constructable stylesheets), so they run under a strict CSP. The host page only has to allow scripts and data from this origin:"
  }</p>
<pre class="snippet"><code>Content-Security-Policy: script-src 'self' ${origin}; connect-src 'self' ${origin}; style-src 'self'</code></pre>
<p>${
    zh
      ? `SRI 哈希（${ctx.embed.integrity.slice(0, 14)}…）锁定加载器脚本，加载器又以 SRI 哈希锁定它选择的入口：新浏览器加载现代模块，旧版 Chromium 内核（72–110，国产浏览器与信创环境常见）加载为 Chrome 70 转译的兼容版本；不支持的浏览器保留元素内的后备内容。图表库作为文件名含内容哈希的分块按需加载。若要完全固定全部代码，可将 /widgets/ 目录自托管，并用 api 属性指向本站 API。`
      : `The SRI hash (${ctx.embed.integrity.slice(0, 14)}…) pins the loader script, which pins the entry it picks by its own SRI hash: current browsers load the modern module, old Chromium cores (72–110, the kernels of domestic browsers and 信创 desktops) a build transpiled for Chrome 70; a browser that can run neither keeps the fallback content inside the element. The chart library is a chunk with a content hash in its file name, loaded on demand. To pin every byte, self-host the /widgets/ folder and point the api attribute at this API.`
  }</p>
<h3>${zh ? "无障碍" : "Accessibility"}</h3>
<ul>
<li>${zh ? "目标：WCAG 2.1 AA 与 GB/T 37668-2019。" : "Target: WCAG 2.1 AA and GB/T 37668-2019."} <a href="${href(lang, "/accessibility/")}">${zh ? "无障碍声明" : "Accessibility statement"}</a></li>
<li>${zh ? "每张图都有真实的数据表替代，以及一句话摘要作为图的无障碍名称。" : "Every chart has a real data table alternative and a one-sentence summary as its accessible name."}</li>
<li>${zh ? "色盲友好配色（Okabe–Ito），每个序列有图例文字并列入数据表；遵从“减少动态效果”；深色模式自动适配；大字模式（font-scale）。" : "Colour-blind-safe palette (Okabe–Ito), every series named in the legend and in the data table; honours reduced motion; follows dark mode; large-text mode (font-scale)."}</li>
<li>${zh ? "本站每类页面（中、英文）在浏览器测试中用 axe-core 检查，零违规。" : "Every kind of page of this site, in Chinese and English, is checked with axe-core in browser tests: zero violations."}</li>
</ul>
<h3>${zh ? "隐私" : "Privacy"}</h3>
<ul>
<li>${zh ? "无 Cookie、无本地存储、无统计或追踪脚本。" : "No cookies, no local storage, no analytics or tracking scripts."}</li>
<li>${zh ? "组件只向其脚本所在的源（或 api 属性指定的源）请求数据，请求不携带凭据。" : "The elements request data only from their script's origin (or the api attribute's), without credentials."}</li>
<li>${zh ? "本站页面不向任何第三方发出请求。" : "This site's pages make no request to any third party."}</li>
</ul>
</section>`;
}

/** A demo's static figure: a dataset element's, or `<pa-indicator>`'s from the worked example the build computed. */
function staticFigure(ctx: SiteContext, tag: string, demo: WidgetAttributes, lang: Language): DemoFigure | undefined {
  if (tag !== "pa-indicator") return demoFigure(ctx, tag, demo, lang);
  const result = demo.indicator ? ctx.indicators.examples.get(demo.indicator) : undefined;
  if (!result || !demo.indicator || demo.params === undefined) return undefined;
  const element = { indicator: demo.indicator, params: demo.params };
  return indicatorStaticFigure(
    ctx,
    element,
    result,
    { page: `/indicators/${demo.indicator}/`, api: `/v1/indicators/${demo.indicator}?${demo.params}` },
    lang,
  );
}

/** Renders the gallery and builder page in one language. */
export function galleryPage(ctx: SiteContext, lang: Language): string {
  const zh = lang === "zh";
  const elements = availableElements(ctx);
  const body = html`<h1>${t("gallery", lang)}</h1>
<p class="lead">${
    zh
      ? "每个组件都在下面实时运行，并附上可直接复制的代码。用嵌入生成器选择数据集、版本、指标项、地区、图表类型、语言与配色。"
      : "Every element runs live below with a snippet to copy. Use the embed builder to choose the dataset, version, measures, regions, chart kind, language and theme."
  }</p>
<nav aria-label="${zh ? "本页目录" : "On this page"}"><ul class="toc">
${elements.map((e) => html`<li><a href="#${e.tag}">${e.title[lang]}</a></li>`)}
<li><a href="#builder">${zh ? "嵌入生成器" : "Embed builder"}</a></li>
<li><a href="#portals">${zh ? "给门户网站" : "For portals"}</a></li>
</ul></nav>
${elements.map(
  (e) => html`<section class="element" id="${e.tag}" aria-labelledby="${e.tag}-h">
<h2 id="${e.tag}-h">${e.title[lang]}</h2>
<p>${e.summary[lang]}</p>
${e.demos.map((demo) => {
  // The static figure inside the element (JS off, old core, API down) and inside its snippet, as the builder's.
  const fallback = staticFigure(ctx, e.tag, demo, lang)?.fallback;
  return html`${widget(e.tag, demo, fallback)}
${snippet(e.tag, { ...demo, lang }, ctx.embed, fallback)}`;
})}
</section>`,
)}
${builder(ctx, lang)}
${portals(ctx, lang)}
<p><a href="${href(lang, "/datasets/")}">${t("datasets", lang)}</a></p>`;
  return page({
    lang,
    path: "/gallery/",
    title: t("gallery", lang),
    description: zh ? "共富图谱图表组件示例与嵌入代码生成器。" : "Prosperity Atlas chart elements, live, and the embed builder.",
    section: "gallery",
    widgets: true,
    image: elements.flatMap((e) => e.demos.map((d) => staticFigure(ctx, e.tag, d, lang)?.card)).find(Boolean),
    scripts: ["/js/builder.js"],
    body,
  });
}
