/**
 * @module Strings of the widgets in zh-Hans and en, and how a widget picks its language.
 */

/** The widget languages. */
export type WidgetLang = "zh" | "en";

const STRINGS = {
  loading: { zh: "正在加载数据…", en: "Loading data…" },
  empty: { zh: "所选范围内没有数据。", en: "No data for this selection." },
  error: { zh: "无法显示图表", en: "The chart could not be shown" },
  timeout: { zh: "数据服务响应超时。", en: "The data service did not answer in time." },
  network: { zh: "无法连接数据服务。", en: "The data service could not be reached." },
  invalid: { zh: "数据服务返回了无法识别的数据。", en: "The data service returned data in an unexpected shape." },
  table: { zh: "数据表", en: "Data table" },
  period: { zh: "时期", en: "Period" },
  source: { zh: "来源", en: "Source" },
  version: { zh: "版本", en: "version" },
  noDataset: { zh: "未指定数据集（dataset 属性）。", en: "No dataset given (the dataset attribute)." },
} as const;

/** A string key. */
export type StringKey = keyof typeof STRINGS;

/** The string `key` in `lang`. */
export const t = (key: StringKey, lang: WidgetLang): string => STRINGS[key][lang];

/**
 * The widget's language: its own `lang` attribute, else the nearest `lang` up the host page (crossing shadow
 * roots), else English. Any `zh*` tag means simplified Chinese.
 */
export function resolveLang(element: Element): WidgetLang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute("lang"))
      return (node.getAttribute("lang") ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return "en";
}

/** Formats a number for `lang` (grouping, up to `decimals` fraction digits). */
export function formatNumber(value: number, lang: WidgetLang, decimals?: number): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en", {
    maximumFractionDigits: decimals ?? 2,
    minimumFractionDigits: decimals ?? 0,
  }).format(value);
}
