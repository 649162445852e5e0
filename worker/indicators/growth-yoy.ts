/**
 * @module Indicator `growth-yoy`: year-on-year growth in percent (same period one year earlier).
 */
import { growthRate } from "../lib/math/growth";
import { yearOnYear } from "./growth-series";
import { series } from "./params";
import { defineIndicator } from "./types";

/** Year-on-year growth. */
export const growthYoy = defineIndicator({
  id: "growth-yoy",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "同比增长率", en: "Year-on-year growth" },
          description: {
            zh: "与上年同期相比的增长百分比（2021 对 2020，2021-06 对 2020-06）；上年同期缺失的期间不计算。按现价计算的名义增长。",
            en: "Growth in percent over the same period a year earlier (2021 on 2020, 2021-06 on 2020-06); periods whose previous year is missing are not computed. Nominal when the values are at current prices.",
          },
          unit: { zh: "%", en: "%" },
          method: {
            formula: "g_t = 100 * (x_t / x_{t-1} - 1)",
            where: {
              zh: "x_t 为当期取值，x_{t-1} 为上年同期的取值。",
              en: "x_t is the value of the period, x_{t-1} that of the same period a year earlier.",
            },
            latex: "g_t=100\\left(\\frac{x_t}{x_{t-1}}-1\\right)",
            reference: "OECD Glossary of Statistical Terms, 'Growth rates' (year-on-year rate of change).",
          },
          example: "value=province-gdp@1.0.0:gdp&region=CN-BJ&period=2020..2024",
          parameters: { value: { description: { zh: "时间序列。", en: "The time series." }, example: "province-gdp@1.0.0:gdp" } },
        }
      : undefined,
  series: { value: series() },
  options: {},
  compute({ series }) {
    const { results, warnings } = yearOnYear(series.value, growthRate, "growth");
    return { results, explain: {}, warnings };
  },
});
