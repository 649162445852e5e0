/**
 * @module Strings of what an element shows with data in zh-Hans and en: the figures, and the frame around them
 * (table, source line, actions, stale note, linked selection). The strings of the loading and error frame are in
 * the entry (internal/i18n.ts).
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
  // The frame's, shown only with data (element/pa-element.ts).
  empty: ["所选范围内没有数据。", "No data for this selection."],
  stale: ["数据服务暂时不可用，显示的是先前加载的数据。", "The data service is unavailable: showing data loaded earlier."],
  table: ["数据表", "Data table"],
  version: ["版本", "version"],
  csv: ["下载 CSV", "Download CSV"],
  png: ["下载 PNG", "Download PNG"],
  cite: ["引用", "Cite"],
  linked: ["联动选中：", "Linked selection: "],
  actionFailed: ["操作未能完成，请稍后再试。", "That did not work; please try again later."],
} as const satisfies Record<string, readonly [string, string]>;

/** A string key of the figures. */
export type ViewStringKey = keyof typeof STRINGS;

/** The string `key` in `lang`. */
export const vt = (key: ViewStringKey, lang: WidgetLang): string => STRINGS[key][lang === "zh" ? 0 : 1];

/** Whether `key` names a string (component names such as `between`). */
export const hasString = (key: string): key is ViewStringKey => key in STRINGS;
