/**
 * @module Parameter declarations several indicators share (the value series, population weights, grouping).
 */
import { numberOption, optionalSeries, series } from "./params";
import type { GroupingParam } from "./types";

/** The per-unit value whose distribution is measured; a ratio gives per-capita values. */
export const VALUE = series(
  {
    zh: "各单位的取值：数据集引用 dataset@version:measure，或两者之比（如 GDP/人口 得人均值）。",
    en: "Each unit's value: a reference dataset@version:measure, or a ratio of two (e.g. GDP/population gives per-capita values).",
  },
  { ratio: true, example: "province-gdp@1.0.0:gdp/province-population@1.0.0:population" },
);

/** Population (or other) weights of the units; without it every unit counts once. */
export const WEIGHT = optionalSeries(
  {
    zh: "各单位的权重（通常为人口）；省略则各单位等权。",
    en: "Each unit's weight (usually population); without it every unit counts once.",
  },
  { example: "province-population@1.0.0:population" },
);

/** The same weights, required (population-weighted methods). */
export const REQUIRED_WEIGHT = series(
  { zh: "各单位的人口权重（必需）。", en: "Each unit's population weight (required)." },
  { example: "province-population@1.0.0:population" },
);

/** Multiplier applied to the value series before computing (unit conversion; inequality measures are unaffected). */
export const SCALE = numberOption(
  {
    zh: "取值的乘数（单位换算，如 亿元/万人 ×10000 = 元/人）；不影响相对不平等指标。",
    en: "Multiplier for the values (unit conversion, e.g. 100 million yuan per 10,000 persons ×10000 = yuan per person); relative inequality does not change.",
  },
  1,
  { min: Number.MIN_VALUE },
);

/** A grouping table for decompositions. */
export const BY: GroupingParam = {
  required: false,
  description: {
    zh: "分组：参考表字段 dataset@version:field，如 regions@1.0.0:group（国家统计局四大区域）。",
    en: "Grouping: a reference-table field dataset@version:field, e.g. regions@1.0.0:group (the NBS four regions).",
  },
  example: "regions@1.0.0:group",
};
