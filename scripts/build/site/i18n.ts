/**
 * @module Languages of the site and the strings of its pages. Chinese (zh-Hans) lives at `/`, English at `/en/`:
 * static paths, so every page is a cacheable file and search engines see both languages.
 */
import type { Language, LocalizedText, Theme } from "../../../schemas";

export type { Language };

/** The page languages, Chinese first. */
export const PAGE_LANGUAGES: readonly Language[] = ["zh", "en"];

/** The BCP 47 tag a page declares in `<html lang>`. */
export const LANG_TAG: Record<Language, string> = { zh: "zh-Hans", en: "en" };

/**
 * The URL path of a page in a language: `href("en", "/datasets/")` → `/en/datasets/`.
 * `path` is the Chinese (root) path and always starts with `/`.
 */
export function href(lang: Language, path: string): string {
  return lang === "zh" ? path : `/en${path}`;
}

/** The other language (for the language switch). */
export const otherLanguage = (lang: Language): Language => (lang === "zh" ? "en" : "zh");

/** Picks a language's side of a localized text. */
export const pick = (text: LocalizedText, lang: Language): string => text[lang];

/** The themes of the seed paper, with their names and what each asks. */
export const THEMES: Record<Theme, { title: LocalizedText; question: LocalizedText }> = {
  "industrial-structure": {
    title: { zh: "产业结构优化", en: "Industrial-structure optimisation" },
    question: {
      zh: "三次产业的比重如何变化，服务业是否在上升？",
      en: "How do the shares of the three industries change, and is the service sector rising?",
    },
  },
  "public-services": {
    title: { zh: "公共服务均等化", en: "Equalisation of public services" },
    question: { zh: "各省的公共服务资源是否在趋同？", en: "Are public-service resources converging across provinces?" },
  },
  circulation: {
    title: { zh: "经济循环", en: "Economic circulation" },
    question: { zh: "网上零售与快递如何连接城乡与区域市场？", en: "How do online retail and parcels connect markets?" },
  },
  platforms: {
    title: { zh: "平台垄断", en: "Platform monopoly" },
    question: { zh: "少数平台占有多大的市场份额？", en: "How much of each market do a few platforms hold?" },
  },
  "digital-divide": {
    title: { zh: "数字鸿沟", en: "The digital divide" },
    question: { zh: "城乡之间的互联网普及差距有多大？", en: "How wide is the gap in internet use between town and country?" },
  },
  "common-prosperity": {
    title: { zh: "共同富裕", en: "Common prosperity" },
    question: { zh: "收入差距与地区差距是否在缩小？", en: "Are income and regional gaps narrowing?" },
  },
  "digital-economy": {
    title: { zh: "数字经济规模", en: "Scale of the digital economy" },
    question: { zh: "数字经济有多大，占 GDP 的比重是多少？", en: "How large is the digital economy, and what share of GDP?" },
  },
  reference: {
    title: { zh: "参考表", en: "Reference tables" },
    question: { zh: "地区代码与名称。", en: "Region codes and names." },
  },
};

/** The seven themes in the seed paper's order (without the reference tables). */
export const SEVEN_THEMES: readonly Theme[] = [
  "industrial-structure",
  "public-services",
  "circulation",
  "platforms",
  "digital-divide",
  "common-prosperity",
  "digital-economy",
];

const STRINGS = {
  siteName: { zh: "共富图谱", en: "Prosperity Atlas" },
  tagline: {
    zh: "数字经济与共同富裕开放数据",
    en: "Open data on China's digital economy and common prosperity",
  },
  skip: { zh: "跳到正文", en: "Skip to content" },
  navLabel: { zh: "主导航", en: "Main" },
  home: { zh: "首页", en: "Home" },
  datasets: { zh: "数据集", en: "Datasets" },
  indicators: { zh: "指标", en: "Indicators" },
  gallery: { zh: "图表与嵌入", en: "Charts & embeds" },
  apiDocs: { zh: "API 文档", en: "API reference" },
  searchSite: { zh: "搜索", en: "Search" },
  searchBox: { zh: "全站搜索", en: "Site search" },
  searchLabel: {
    zh: "搜索数据集、指标与视图（中文、英文或拼音）",
    en: "Search datasets, measures, indicators and views (Chinese, English or pinyin)",
  },
  searchNoScript: {
    zh: "搜索结果由本站 API 提供，需要启用 JavaScript；也可以浏览数据集目录，或直接请求 /v1/search?q=…。",
    en: "Results come from this site's API and need JavaScript; browse the dataset catalog instead, or ask /v1/search?q=… directly.",
  },
  searchNone: { zh: "没有找到匹配的结果。", en: "Nothing matches." },
  searchCount: { zh: "找到 {n} 条结果", en: "{n} results" },
  searchFailed: { zh: "搜索暂时不可用。", en: "Search is unavailable right now." },
  kindDataset: { zh: "数据集", en: "Dataset" },
  kindMeasure: { zh: "指标项", en: "Measure" },
  kindIndicator: { zh: "计算指标", en: "Indicator" },
  kindView: { zh: "视图", en: "View" },
  feedAll: { zh: "共富图谱：新发布的数据版本", en: "Prosperity Atlas: new dataset versions" },
  switchTo: { zh: "English", en: "中文" },
  footer: {
    zh: "每个数值都来自公开来源，来源、许可与注意事项见各数据集页面。本站无 Cookie、无追踪、不向第三方发出请求。",
    en: "Every value comes from a public source; each dataset page names its sources, licence and caveats. No cookies, no tracking, no third-party requests.",
  },
  version: { zh: "版本", en: "Version" },
  versions: { zh: "版本", en: "Versions" },
  published: { zh: "发布日期", en: "Published" },
  hash: { zh: "内容哈希（data.csv 的 SHA-256）", en: "Content hash (SHA-256 of data.csv)" },
  changes: { zh: "变更", en: "What changed" },
  corrects: { zh: "更正版本", en: "Corrects" },
  rows: { zh: "行数", en: "Rows" },
  regions: { zh: "地区", en: "Regions" },
  periods: { zh: "时期", en: "Periods" },
  measures: { zh: "指标项", en: "Measures" },
  measure: { zh: "指标项", en: "Measure" },
  unit: { zh: "单位", en: "Unit" },
  definition: { zh: "定义", en: "Definition" },
  sources: { zh: "来源", en: "Sources" },
  licence: { zh: "许可", en: "Licence" },
  attribution: { zh: "署名要求", en: "Attribution" },
  caveats: { zh: "注意事项", en: "Caveats" },
  downloads: { zh: "下载", en: "Downloads" },
  citation: { zh: "引用", en: "Cite" },
  chart: { zh: "图表", en: "Chart" },
  table: { zh: "数据表", en: "Table" },
  themes: { zh: "主题", en: "Themes" },
  latest: { zh: "最新版本", en: "Latest version" },
  coverage: { zh: "覆盖范围", en: "Coverage" },
  id: { zh: "标识", en: "Identifier" },
  embed: { zh: "嵌入这张图", en: "Embed this chart" },
  openBuilder: { zh: "在嵌入生成器中打开", en: "Open in the embed builder" },
  api: { zh: "通过 API 获取", en: "Get it from the API" },
  period: { zh: "时期", en: "Period" },
  search: { zh: "搜索数据集", en: "Search datasets" },
  allThemes: { zh: "全部主题", en: "All themes" },
  noMatch: { zh: "没有符合条件的数据集。", en: "No dataset matches." },
  shown: { zh: "显示 {n} 个数据集", en: "{n} datasets shown" },
  copy: { zh: "复制", en: "Copy" },
  copied: { zh: "已复制", en: "Copied" },
  kindOfficial: { zh: "官方发布", en: "official release" },
  "kindOfficial-repost": { zh: "官方数据的转载", en: "repost of an official release" },
  "kindThird-party-estimate": { zh: "第三方估计（非官方统计）", en: "third-party estimate (not an official statistic)" },
  kindAcademic: { zh: "学术来源", en: "academic source" },
  kindCompilation: { zh: "汇编", en: "compilation" },
  rawFile: { zh: "原始文件", en: "Raw file" },
  tableNote: {
    zh: "下表列出图中序列的数值；完整数据请下载 CSV 或 JSON。",
    en: "The table lists the values of the charted series; download CSV or JSON for the full data.",
  },
  referenceTable: { zh: "参考表全文", en: "The whole reference table" },
  noChart: {
    zh: "此数据集是参考表或按类别细分的数据，不绘制默认图表；请使用下载链接或 API。",
    en: "This dataset is a reference table or broken down by category, so it has no default chart; use the downloads or the API.",
  },
} as const satisfies Record<string, LocalizedText>;

/** A string key. */
export type StringKey = keyof typeof STRINGS;

/** The page string `key` in `lang`. */
export const t = (key: StringKey, lang: Language): string => STRINGS[key][lang];

/** The one number formatter of the site and the widgets (figure/format/number.ts): exactly `decimals`, else up to 2. */
export { formatNumber } from "../../../figure/format/number";
/** The one period formatter of the site and the widgets (figure/format/period.ts): "2021年第3季度" / "Q3 2021". */
export { formatPeriod } from "../../../figure/format/period";
