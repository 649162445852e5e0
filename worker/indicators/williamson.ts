/**
 * @module Indicator `williamson`: the population-weighted coefficient of variation (Williamson index).
 */
import { williamson as williamsonOf } from "../lib/math/dispersion";
import { crossSections, regionOf } from "./cross-section";
import { REQUIRED_WEIGHT, REQUIRED_WEIGHT_TEXT, SCALE, SCALE_TEXT, VALUE, VALUE_TEXT } from "./shared-params";
import { defineIndicator } from "./types";

/** Williamson's weighted coefficient of variation. */
export const williamson = defineIndicator({
  id: "williamson",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "人口加权变异系数（Williamson 指数）", en: "Population-weighted coefficient of variation (Williamson index)" },
          description: {
            zh: "以人口比重加权的地区人均值离散程度，衡量地区差距。",
            en: "Dispersion of regional per-capita values weighted by population shares: the classic measure of regional disparity.",
          },
          unit: { zh: "比值（≥0）", en: "ratio (≥ 0)" },
          method: {
            formula: "CV_w = sqrt( sum_i (w_i/W) (y_i - ybar)^2 ) / ybar, ybar = sum_i w_i y_i / W",
            where: {
              zh: "w_i 为单位 i 的人口（weight），W = sum_i w_i；ybar 为按人口加权的各单位均值。",
              en: "w_i is the population of unit i (weight), W = sum_i w_i; ybar is the population-weighted mean of the units.",
            },
            latex: "CV_w=\\frac{1}{\\bar y}\\sqrt{\\sum_i \\frac{w_i}{W}\\,(y_i-\\bar y)^2},\\quad \\bar y=\\frac{\\sum_i w_i y_i}{W}",
            reference:
              "Williamson, J. G. (1965). Regional Inequality and the Process of National Development: A Description of the Patterns. Economic Development and Cultural Change 13(4, Part 2): 1–84.",
          },
          example:
            "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&scale=10000",
          parameters: { value: VALUE_TEXT, weight: REQUIRED_WEIGHT_TEXT, scale: SCALE_TEXT },
        }
      : undefined,
  series: { value: VALUE, weight: REQUIRED_WEIGHT },
  options: { scale: SCALE },
  compute({ series, options, context }) {
    const { sections, warnings } = crossSections(series.value, series.weight, context);
    const results = sections.map(({ period, units }) => {
      const r = williamsonOf(units.map((u) => ({ ...u, value: u.value * options.scale })));
      return { period, ...regionOf(units, context), value: r.value, components: { mean: r.mean, sd: r.sd, units: units.length } };
    });
    return { results, explain: {}, warnings };
  },
});
