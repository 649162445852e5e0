/**
 * @module `/accessibility/` (and `/en/accessibility/`): the accessibility statement — the standards the site and
 * the embeddable elements conform to (GB/T 37668-2019, WCAG 2.1 AA), how that is tested (each claim names the
 * test that checks it in CI), what the large-text mode, keyboard, print and old-browser support do, and the
 * known limitations. Linked from every page's footer.
 */
import { type Html, html } from "../html";
import { href, type Language, t } from "../i18n";
import { page } from "../layout";

/** The statement's path (before the language prefix). */
export const ACCESSIBILITY_PATH = "/accessibility/";

/** One tested claim: what holds, and how it is tested. */
interface Claim {
  what: Record<Language, string>;
  how: Record<Language, string>;
}

const CLAIMS: Claim[] = [
  {
    what: {
      zh: "每类页面（首页、数据集目录与页面、参考表、指标与实例、图表与嵌入生成器、本声明），中文与英文、浅色与深色，在组件绘制完成后零违规。",
      en: "Every kind of page (home, dataset catalog and pages, reference tables, indicators with worked examples, charts and the embed builder, this statement), in Chinese and English, light and dark, has zero violations once the widgets have drawn.",
    },
    how: {
      zh: "axe-core 按 WCAG 2.0/2.1 A 与 AA 级规则检查，在真实 Chromium 中运行（test/site/a11y.test.ts）。",
      en: "axe-core with the WCAG 2.0/2.1 A and AA rules, in a real Chromium (test/site/a11y.test.ts).",
    },
  },
  {
    what: {
      zh: "七种嵌入组件，中英文、浅色深色：零违规；每张图有一句话摘要作为无障碍描述，并有真实的数据表替代。",
      en: "The seven embeddable elements, in Chinese and English, light and dark: zero violations; every figure has a one-sentence summary as its accessible description and a real data table as its alternative.",
    },
    how: { zh: "axe-core，包括影子 DOM（test/widgets/a11y.test.ts）。", en: "axe-core, shadow DOM included (test/widgets/a11y.test.ts)." },
  },
  {
    what: {
      zh: "仅用键盘即可完成一切操作：Tab 可到达每个组件的每个可操作部分；方向键在图表的数据点之间、在地图的相邻省份之间移动并朗读当前值，Enter 选中；表格可用 Enter 或空格排序；数据表和引用可用键盘展开。",
      en: "Everything works by keyboard alone: Tab reaches every interactive part of every element; arrow keys move between a chart's points and a map's neighbouring provinces and announce the value, Enter selects; tables sort with Enter or Space; the data table and the citation open by keyboard.",
    },
    how: {
      zh: "浏览器测试（test/widgets/a11y.test.ts、test/widgets/large-text.test.ts）。",
      en: "Browser tests (test/widgets/a11y.test.ts, test/widgets/large-text.test.ts).",
    },
  },
  {
    what: {
      zh: '适老化大字模式：在组件上设置 font-scale="1.5" 属性（或 CSS 自定义属性 --pa-font-scale: 1.5），全部文字——包括画布上的坐标轴标签——放大 1.5 倍，在 360 像素宽的栏中也不溢出，地图标签不超出色块。',
      en: 'Large-text mode for older readers: the font-scale="1.5" attribute on an element (or the CSS custom property --pa-font-scale: 1.5) scales every text, axis labels on the canvas included, by 1.5, with nothing spilling out of a 360 px column and no map label leaving its tile.',
    },
    how: {
      zh: "浏览器测试测量字号与溢出（test/widgets/large-text.test.ts）。",
      en: "A browser test measures font sizes and overflow (test/widgets/large-text.test.ts).",
    },
  },
  {
    what: {
      zh: "配色在浅色与深色下与背景的对比度不低于 3:1，地图色块上的文字不低于 4.5:1；遵从“减少动态效果”设置。",
      en: "Series colours keep 3:1 against the background in light and dark, and tile labels 4.5:1 on their fills; reduced motion is honoured.",
    },
    how: {
      zh: "单元与浏览器测试（test/widgets/units.test.ts、test/widgets/a11y.test.ts、test/widgets/host.test.ts）。",
      en: "Unit and browser tests (test/widgets/units.test.ts, test/widgets/a11y.test.ts, test/widgets/host.test.ts).",
    },
  },
  {
    what: {
      zh: "打印：每张图以浅色、按纸张宽度打印，附来源与数据集版本，不打印按钮；读者未滚动到的图表也会在打印时绘制。",
      en: "Print: every figure prints light, at the paper's width, with its source and dataset version and without its buttons; a chart the reader never scrolled to is drawn for print too.",
    },
    how: {
      zh: "浏览器测试模拟打印媒体（test/widgets/host.test.ts）。",
      en: "A browser test emulates print media (test/widgets/host.test.ts).",
    },
  },
  {
    what: {
      zh: "旧版浏览器内核：嵌入代码在 Chromium 72、78、87、92（国产浏览器与信创环境常见的内核）上可交互显示，页面不报错。",
      en: "Old browser cores: the embed snippet renders interactively on Chromium 72, 78, 87 and 92 (the kernels of domestic browsers and 信创 desktops), with no error on the page.",
    },
    how: {
      zh: "用 npm 包中的真实 Chromium 构建测试（test/site/old-cores.test.ts）。",
      en: "Tested with real Chromium builds from npm packages (test/site/old-cores.test.ts).",
    },
  },
];

const LIMITS: Record<Language, string>[] = [
  {
    zh: "以上均为自动化测试，尚未由使用读屏软件的读者进行人工评测；自动化检查无法覆盖全部成功准则（例如替代文本是否恰当需人工判断）。",
    en: "All of the above is automated testing; no manual evaluation by screen-reader users has been done yet, and automated checks cannot cover every success criterion (whether a text alternative is apt needs human judgement).",
  },
  {
    zh: "折线图中的序列目前主要以颜色和图例区分；每个系列另有数据表。",
    en: "Series in line charts are told apart mainly by colour and the legend for now; every series is also in the data table.",
  },
  {
    zh: "在 Chromium 73 以下的内核上，若宿主页面的 CSP 不允许内联样式，组件的样式不会生效（数据与表格仍可用）；在 Chromium 77 以下，大数字不会缩写为“万”“亿”。",
    en: "On cores below Chromium 73, if the host page's CSP forbids inline styles, the elements' styles do not apply (data and tables still work); below Chromium 77, large numbers are not abbreviated.",
  },
];

/** Renders the statement in one language. */
export function accessibilityPage(lang: Language): string {
  const zh = lang === "zh";
  const title = zh ? "无障碍声明" : "Accessibility statement";
  const body: Html = html`<h1>${title}</h1>
<p class="lead">${
    zh
      ? "共富图谱（本站及其可嵌入的图表组件）符合 GB/T 37668-2019《信息技术 互联网内容无障碍可访问性技术要求与测试方法》和 WCAG 2.1 AA 级（Web 内容无障碍指南 2.1）。"
      : "Prosperity Atlas (this site and its embeddable chart elements) conforms to GB/T 37668-2019 (Information technology — Technical requirements and testing methods for accessibility of Internet content) and to WCAG 2.1 level AA (Web Content Accessibility Guidelines 2.1)."
  }</p>
<p>${
    zh
      ? "GB/T 37668-2019 与 WCAG 采用相同的四项原则：可感知、可操作、可理解、兼容。我们按 WCAG 2.1 A 与 AA 级成功准则测试，每次代码变更都在持续集成中运行下列测试。"
      : "GB/T 37668-2019 and WCAG share the same four principles: perceivable, operable, understandable, robust. We test against the WCAG 2.1 A and AA success criteria; the tests below run in continuous integration on every change."
  }</p>
<h2 id="tested">${zh ? "如何测试" : "How it is tested"}</h2>
<table class="claims">
<caption>${zh ? "声明内容与对应的测试" : "What we state, and the test that checks it"}</caption>
<thead><tr><th scope="col">${zh ? "内容" : "What holds"}</th><th scope="col">${zh ? "测试方法" : "How it is tested"}</th></tr></thead>
<tbody>
${CLAIMS.map((c) => html`<tr><td>${c.what[lang]}</td><td>${c.how[lang]}</td></tr>\n`)}</tbody>
</table>
<h2 id="large-text">${zh ? "大字模式的用法" : "Using the large-text mode"}</h2>
<pre class="snippet"><code>&lt;pa-chart dataset="internet-users@1.0.0" font-scale="1.5"&gt;&lt;/pa-chart&gt;
/* ${zh ? "或在宿主页面的样式表中" : "or in the host page's stylesheet"} */
pa-chart, pa-stat, pa-table { --pa-font-scale: 1.5; }</code></pre>
<h2 id="limits">${zh ? "已知局限" : "Known limitations"}</h2>
<ul>
${LIMITS.map((l) => html`<li>${l[lang]}</li>\n`)}</ul>
<h2 id="feedback">${zh ? "反馈" : "Feedback"}</h2>
<p>${
    zh
      ? "如遇到无法访问的内容，请向本站维护方反馈，并说明页面地址、所用浏览器及辅助技术。"
      : "If something is not accessible to you, please tell the maintainers of this site, with the page's address, your browser and any assistive technology you use."
  }</p>
<p><a href="${href(lang, "/gallery/")}#portals">${zh ? "给门户网站：内容安全策略、无障碍与隐私" : "For portals: CSP, accessibility and privacy"}</a> · <a href="${href(lang, "/")}">${t("home", lang)}</a></p>`;
  return page({
    lang,
    path: ACCESSIBILITY_PATH,
    title,
    description: zh
      ? "共富图谱无障碍声明：符合 GB/T 37668-2019 与 WCAG 2.1 AA，以及测试方法。"
      : "Prosperity Atlas accessibility statement: conformance to GB/T 37668-2019 and WCAG 2.1 AA, and how it is tested.",
    body,
  });
}
