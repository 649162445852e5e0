/**
 * @module Indicator `growth-yoy`: year-on-year growth in percent (same period one year earlier).
 */
import { growthRate, previousYear } from "../lib/math/growth";
import { listPeriods } from "./align";
import { byRegion, placeOf } from "./growth-series";
import { series } from "./params";
import { defineIndicator } from "./types";

/** Year-on-year growth. */
export const growthYoy = defineIndicator({
  id: "growth-yoy",
  title: { zh: "同比增长率", en: "Year-on-year growth" },
  description: {
    zh: "与上年同期相比的增长百分比（2021 对 2020，2021-06 对 2020-06）；上年同期缺失的期间不计算。按现价计算的名义增长。",
    en: "Growth in percent over the same period a year earlier (2021 on 2020, 2021-06 on 2020-06); periods whose previous year is missing are not computed. Nominal when the values are at current prices.",
  },
  unit: { zh: "%", en: "%" },
  method: {
    version: "1.0.0",
    formula: "g_t = 100 * (x_t / x_{t-1 year} - 1)",
    latex: "g_t=100\\left(\\frac{x_t}{x_{t-1}}-1\\right)",
    reference: "OECD Glossary of Statistical Terms, 'Growth rates' (year-on-year rate of change).",
  },
  series: { value: series({ zh: "时间序列。", en: "The time series." }, { example: "province-gdp@1.0.0:gdp" }) },
  options: {},
  example: "value=province-gdp@1.0.0:gdp&region=CN-BJ&period=2020..2024",
  compute({ series }) {
    const results = [];
    const gaps: string[] = [];
    for (const points of byRegion(series.value).values()) {
      const byPeriod = new Map(points.map((p) => [p.period, p.value]));
      for (const p of points) {
        const previous = previousYear(p.period);
        const before = previous === undefined ? undefined : byPeriod.get(previous);
        if (before === undefined) {
          gaps.push(`${p.region} ${p.period}`);
          continue;
        }
        const where = `${p.region} ${previous}`;
        results.push({
          period: p.period,
          ...placeOf(p),
          value: growthRate(before, p.value, where),
          components: { previous: before, current: p.value },
        });
      }
    }
    const warnings =
      gaps.length > 0
        ? [
            {
              zh: `以下期间缺少上年同期数据，未计算：${listPeriods(gaps)}。`,
              en: `No value a year earlier, so no growth for: ${listPeriods(gaps)}.`,
            },
          ]
        : [];
    return { results, explain: {}, warnings };
  },
});
