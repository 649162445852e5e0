/**
 * @module Strings of the frame every widget shows before it has data (loading, errors) in zh-Hans and en, and how
 * a widget picks its language. What is shown only with data — the figures, and the frame's table, source line,
 * actions, stale note — has its strings in the views (views/strings.ts), which load before data is shown.
 */

/** The widget languages. */
export type WidgetLang = "zh" | "en";

// One [zh, en] pair per key: every string exists in both languages by construction.
const STRINGS = {
  loading: ["正在加载数据…", "Loading data…"],
  error: ["无法显示数据", "The data could not be shown"],
  timeout: ["数据服务响应超时。", "The data service did not answer in time."],
  network: ["无法连接数据服务。", "The data service could not be reached."],
  parse: ["数据服务返回的内容不是有效的 JSON。", "The data service returned something that is not valid JSON."],
  invalid: ["数据服务返回了格式不符的数据。", "The data service returned data in an unexpected shape."],
  http: ["数据服务报告错误", "The data service reported an error"],
  noDataset: ["未指定数据（dataset 属性或内嵌 JSON）。", "No data given (a dataset attribute or inline JSON)."],
  noIndicator: ["未指定指标（indicator 属性或内嵌 JSON）。", "No indicator given (an indicator attribute or inline JSON)."],
  badApi: ["api 属性不是有效的网址：", "The api attribute is not a valid URL: "],
} as const satisfies Record<string, readonly [string, string]>;

/** A string key. */
export type StringKey = keyof typeof STRINGS;

/** The string `key` in `lang`. */
export const t = (key: StringKey, lang: WidgetLang): string => STRINGS[key][lang === "zh" ? 0 : 1];

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
