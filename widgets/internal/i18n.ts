/**
 * @module Strings of the frame every widget shares (states, errors, actions) in zh-Hans and en, and how a
 * widget picks its language. The views have the strings of the figures (views/strings.ts).
 */

/** The widget languages. */
export type WidgetLang = "zh" | "en";

// One [zh, en] pair per key: every string exists in both languages by construction.
const STRINGS = {
  loading: ["正在加载数据…", "Loading data…"],
  empty: ["所选范围内没有数据。", "No data for this selection."],
  error: ["无法显示数据", "The data could not be shown"],
  timeout: ["数据服务响应超时。", "The data service did not answer in time."],
  network: ["无法连接数据服务。", "The data service could not be reached."],
  parse: ["数据服务返回的内容不是有效的 JSON。", "The data service returned something that is not valid JSON."],
  invalid: ["数据服务返回了格式不符的数据。", "The data service returned data in an unexpected shape."],
  http: ["数据服务报告错误", "The data service reported an error"],
  stale: ["数据服务暂时不可用，显示的是先前加载的数据。", "The data service is unavailable: showing data loaded earlier."],
  noDataset: ["未指定数据（dataset 属性或内嵌 JSON）。", "No data given (a dataset attribute or inline JSON)."],
  noIndicator: ["未指定指标（indicator 属性或内嵌 JSON）。", "No indicator given (an indicator attribute or inline JSON)."],
  badApi: ["api 属性不是有效的网址：", "The api attribute is not a valid URL: "],
  table: ["数据表", "Data table"],
  version: ["版本", "version"],
  csv: ["下载 CSV", "Download CSV"],
  png: ["下载 PNG", "Download PNG"],
  cite: ["引用", "Cite"],
  linked: ["联动选中：", "Linked selection: "],
  actionFailed: ["操作未能完成，请稍后再试。", "That did not work; please try again later."],
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
