/**
 * @module Indicator `change-yoy`: the absolute change over the same period a year earlier (percentage points
 * for percentages).
 */
import { yearOnYear } from "./growth-series";
import { series } from "./params";
import { isPercent } from "./pointwise";
import { defineIndicator } from "./types";

/** Year-on-year absolute change. */
export const changeYoy = defineIndicator({
  id: "change-yoy",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "同比变化量", en: "Year-on-year change" },
          description: {
            zh: "与上年同期相比的绝对变化（与输入同单位；百分比的变化为百分点）；分量 current 为当期水平。上年同期缺失的期间不计算。",
            en: "Absolute change over the same period a year earlier (in the input's unit; percentage points for percentages); component current is the level. Periods whose previous year is missing are not computed.",
          },
          unit: { zh: "与输入同单位（百分比为百分点）", en: "the input's unit (percentage points for percentages)" },
          method: {
            formula: "d_t = x_t - x_{t-1}",
            where: {
              zh: "x_t 为当期取值，x_{t-1} 为上年同期的取值。",
              en: "x_t is the value of the period, x_{t-1} that of the same period a year earlier.",
            },
            latex: "\\Delta x_t=x_t-x_{t-1}",
            reference: "OECD Glossary of Statistical Terms, 'Growth rates' (absolute change); percentage-point change of a share.",
          },
          example: "value=internet-users@1.0.0:penetration_pct&period=2021-06..2024-12",
          parameters: {
            value: { description: { zh: "时间序列。", en: "The time series." }, example: "digital-economy@1.0.0:share_of_gdp_pct" },
          },
        }
      : undefined,
  series: { value: series() },
  options: {},
  compute({ series }) {
    const { results, warnings } = yearOnYear(series.value, (before, current) => current - before, "change");
    const unit = isPercent(series.value.unit) ? { zh: "百分点", en: "percentage points" } : series.value.unit;
    return { results, explain: {}, warnings, unit };
  },
});
