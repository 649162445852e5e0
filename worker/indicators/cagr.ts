/**
 * @module Indicator `cagr`: the compound annual growth rate between two periods.
 */

import { cagr as cagrOf, yearsBetween } from "../lib/math/growth";
import { InvalidInput } from "../lib/math/invalid-input";
import { byRegion, placeOf } from "./growth-series";
import { periodOption, series } from "./params";
import { defineIndicator } from "./types";

/** Compound annual growth rate. */
export const cagr = defineIndicator({
  id: "cagr",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "年均复合增长率", en: "Compound annual growth rate (CAGR)" },
          description: {
            zh: "起止期间之间的年均复合增长率（%）；默认为每个地区的首末期间。结果的 period 为终止期间。",
            en: "Compound annual growth rate (%) between a start and an end period; by default each region's first and last. The result's period is the end period.",
          },
          unit: { zh: "%/年", en: "% per year" },
          method: {
            formula: "CAGR = 100 * ((x_to / x_from)^(1 / n) - 1), n = m / 12",
            where: {
              zh: "x_from、x_to 为起止期间（from、to）的取值；m 为两个期间起点之间相隔的月数，n 为相应的年数。",
              en: "x_from and x_to are the values of the start and end periods (from, to); m is the number of months between the starts of the two periods, n the number of years.",
            },
            latex: "\\mathrm{CAGR}=100\\left[\\left(\\frac{x_{\\text{to}}}{x_{\\text{from}}}\\right)^{1/n}-1\\right]",
            reference: "OECD Glossary of Statistical Terms, 'Compound annual growth rate'.",
          },
          example: "value=province-gdp@1.0.0:gdp&from=2015&to=2024&group=northeast",
          parameters: {
            value: { description: { zh: "时间序列。", en: "The time series." }, example: "province-gdp@1.0.0:gdp" },
            from: { description: { zh: "起始期间（默认为首期）。", en: "Start period (default: the first)." }, example: "2015" },
            to: { description: { zh: "终止期间（默认为末期）。", en: "End period (default: the last)." }, example: "2024" },
          },
        }
      : undefined,
  series: { value: series() },
  options: { from: periodOption(), to: periodOption() },
  compute({ series, options }) {
    const results = [];
    for (const points of byRegion(series.value).values()) {
      const start = options.from ? points.find((p) => p.period === options.from) : points[0];
      const end = options.to ? points.find((p) => p.period === options.to) : points.at(-1);
      const place = points[0] ? `${points[0].region}` : "";
      if (!start) throw new InvalidInput(`${series.value.label} has no value for ${place} in ${options.from}; pick another from=.`, "from");
      if (!end) throw new InvalidInput(`${series.value.label} has no value for ${place} in ${options.to}; pick another to=.`, "to");
      const years = yearsBetween(start.period, end.period);
      results.push({
        period: end.period,
        ...placeOf(end),
        value: cagrOf(start.value, end.value, years, `${place} ${start.period}–${end.period}`),
        components: { start: start.value, end: end.value, years },
      });
    }
    return { results, explain: {}, warnings: [] };
  },
});
