/**
 * @module Indicator `index-to-base`: values as an index of a base period (base = 100).
 */

import { indexToBase as indexOf } from "../lib/math/growth";
import { InvalidInput } from "../lib/math/invalid-input";
import { byRegion, placeOf } from "./growth-series";
import { periodOption, series } from "./params";
import { defineIndicator } from "./types";

/** Index to a base period. */
export const indexToBase = defineIndicator({
  id: "index-to-base",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "定基指数", en: "Index to a base period" },
          description: {
            zh: "各期取值除以基期取值 ×100（基期=100）；默认以每个地区的首期为基期。",
            en: "Each period's value divided by the base period's, × 100 (base = 100); by default each region's first period is the base.",
          },
          unit: { zh: "指数（基期=100）", en: "index (base = 100)" },
          method: {
            formula: "I_t = 100 * x_t / x_base",
            latex: "I_t=100\\cdot\\frac{x_t}{x_{\\text{base}}}",
            reference: "OECD Glossary of Statistical Terms, 'Index number' / 'Base period'.",
          },
          example: "value=province-gdp@1.0.0:gdp&base=2015&region=CN-BJ,CN-GD",
          parameters: {
            value: { description: { zh: "时间序列。", en: "The time series." }, example: "province-gdp@1.0.0:gdp" },
            base: { description: { zh: "基期（默认为首期）。", en: "Base period (default: the first)." }, example: "2015" },
          },
        }
      : undefined,
  series: { value: series() },
  options: { base: periodOption() },
  compute({ series, options }) {
    const results = [];
    for (const points of byRegion(series.value).values()) {
      const base = options.base ? points.find((p) => p.period === options.base) : points[0];
      if (!base) {
        throw new InvalidInput(
          `${series.value.label} has no value for ${points[0]?.region} in ${options.base}; pick another base= (or widen period=).`,
          "base",
        );
      }
      for (const p of points) {
        results.push({
          period: p.period,
          ...placeOf(p),
          value: indexOf(p.value, base.value, `${p.region} ${base.period}`),
          components: { base: base.value },
        });
      }
    }
    return { results, explain: { base: options.base ?? "first period of each region" }, warnings: [] };
  },
});
