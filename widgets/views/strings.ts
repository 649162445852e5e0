/**
 * @module Strings of the figures in zh-Hans and en (the frame's own strings are in internal/i18n.ts).
 */
import type { WidgetLang } from "../internal/i18n";

// One [zh, en] pair per key: every string exists in both languages by construction.
const STRINGS = {
  period: ["时期", "Period"],
  region: ["地区", "Region"],
  group: ["地区分组", "Group"],
  category: ["类别", "Category"],
  value: ["数值", "Value"],
  rank: ["排名", "Rank"],
  share: ["占比", "Share"],
  chart: ["图表", "chart"],
  map: ["地图", "map"],
  keys: ["方向键移动数据点，Enter 选中。", "Arrow keys move between points; Enter selects."],
  legend: ["图例", "Legend"],
  noData: ["无数据", "no data"],
  since: ["较", "since"],
  method: ["方法", "Method"],
  inputs: ["输入数据", "Inputs"],
  formula: ["公式", "Formula"],
  reference: ["参考文献", "Reference"],
  between: ["组间", "Between groups"],
  within: ["组内", "Within groups"],
} as const satisfies Record<string, readonly [string, string]>;

/** A string key of the figures. */
export type ViewStringKey = keyof typeof STRINGS;

/** The string `key` in `lang`. */
export const vt = (key: ViewStringKey, lang: WidgetLang): string => STRINGS[key][lang === "zh" ? 0 : 1];

/** Whether `key` names a string (component names such as `between`). */
export const hasString = (key: string): key is ViewStringKey => key in STRINGS;
