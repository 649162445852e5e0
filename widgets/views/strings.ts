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
  noChart: [
    "图表无法绘制（图表组件未能加载）；数据见下方数据表。",
    "The chart could not be drawn (its code did not load); the numbers are in the data table below.",
  ],
  keys: ["方向键移动数据点，Enter 选中。", "Arrow keys move between points; Enter selects."],
  legend: ["图例", "Legend"],
  unit: ["单位：", "Unit: "],
  noData: ["无数据", "no data"],
  since: ["较", "since"],
  method: ["方法", "Method"],
  inputs: ["输入数据", "Inputs"],
  formula: ["公式", "Formula"],
  reference: ["参考文献", "Reference"],
  class: ["等级", "Class"],
  between: ["组间", "Between groups"],
  within: ["组内", "Within groups"],
  betweenShare: ["组间占比", "Between-group share"],
  mean: ["均值", "Mean"],
  units: ["单位数", "Units"],
} as const satisfies Record<string, readonly [string, string]>;

/** A string key of the figures. */
export type ViewStringKey = keyof typeof STRINGS;

/** The string `key` in `lang`. */
export const vt = (key: ViewStringKey, lang: WidgetLang): string => STRINGS[key][lang === "zh" ? 0 : 1];

/** Whether `key` names a string (component names such as `between`). */
export const hasString = (key: string): key is ViewStringKey => key in STRINGS;
