/**
 * @module Parameters several indicators share (the value series, population weights, scale, grouping), each
 * beside its text (`…_TEXT`, for the indicators' texts; plain literals, so the worker bundle drops them).
 */
import { numberOption, optionalSeries, series } from "./params";
import type { GroupingParam, ParameterText } from "./types";

/** The per-unit value whose distribution is measured; a ratio gives per-capita values. */
export const VALUE = series({ ratio: true });
/** Text of {@link VALUE}. */
export const VALUE_TEXT: ParameterText = {
  description: {
    zh: "各单位的取值：数据集引用 dataset@version:measure，或两者之比（如 GDP/人口 得人均值）。",
    en: "Each unit's value: a reference dataset@version:measure, or a ratio of two (e.g. GDP/population gives per-capita values).",
  },
  example: "province-gdp@1.0.0:gdp/province-population@1.0.0:population",
};

/** Population (or other) weights of the units; without it every unit counts once. */
export const WEIGHT = optionalSeries();
/** Text of {@link WEIGHT}. */
export const WEIGHT_TEXT: ParameterText = {
  description: {
    zh: "各单位的权重（通常为人口）；省略则各单位等权。",
    en: "Each unit's weight (usually population); without it every unit counts once.",
  },
  example: "province-population@1.0.0:population",
};

/** The same weights, required (population-weighted methods). */
export const REQUIRED_WEIGHT = series();
/** Text of {@link REQUIRED_WEIGHT}. */
export const REQUIRED_WEIGHT_TEXT: ParameterText = {
  description: { zh: "各单位的人口权重（必需）。", en: "Each unit's population weight (required)." },
  example: "province-population@1.0.0:population",
};

/** Multiplier applied to the value series before computing (unit conversion; inequality measures are unaffected). */
export const SCALE = numberOption(1, { min: Number.MIN_VALUE });
/** Text of {@link SCALE}. */
export const SCALE_TEXT: ParameterText = {
  description: {
    zh: "取值的乘数（单位换算，如 亿元/万人 ×10000 = 元/人）；不影响相对不平等指标。",
    en: "Multiplier for the values (unit conversion, e.g. 100 million yuan per 10,000 persons ×10000 = yuan per person); relative inequality does not change.",
  },
};

/** A grouping table for decompositions. */
export const BY: GroupingParam = { required: false };
/** Text of {@link BY}. */
export const BY_TEXT: ParameterText = {
  description: {
    zh: "分组：参考表字段 dataset@version:field，如 regions@1.0.0:group（国家统计局四大区域）。",
    en: "Grouping: a reference-table field dataset@version:field, e.g. regions@1.0.0:group (the NBS four regions).",
  },
  example: "regions@1.0.0:group",
};
