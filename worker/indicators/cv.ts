/**
 * @module Indicator `cv`: the (unweighted) coefficient of variation across units.
 */
import { coefficientOfVariation } from "../lib/math/dispersion";
import { crossSections, regionOf } from "./cross-section";
import { SCALE, SCALE_TEXT, VALUE, VALUE_TEXT } from "./shared-params";
import { defineIndicator } from "./types";

/** Coefficient of variation. */
export const cv = defineIndicator({
  id: "cv",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "变异系数", en: "Coefficient of variation" },
          description: {
            zh: "各单位取值的标准差除以均值（每个单位计一次，不加权）。",
            en: "Standard deviation of the units' values divided by their mean (each unit counts once).",
          },
          unit: { zh: "比值（≥0）", en: "ratio (≥ 0)" },
          method: {
            formula: "CV = sqrt( (1/n) sum_i (y_i - ybar)^2 ) / ybar, ybar = (1/n) sum_i y_i",
            latex: "CV=\\frac{1}{\\bar y}\\sqrt{\\frac{1}{n}\\sum_{i=1}^{n}(y_i-\\bar y)^2}",
            reference: "Cowell, F. A. (2011). Measuring Inequality (3rd ed.), Oxford University Press, §2.3 (coefficient of variation).",
          },
          example: "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&scale=10000",
          parameters: { value: VALUE_TEXT, scale: SCALE_TEXT },
        }
      : undefined,
  series: { value: VALUE },
  options: { scale: SCALE },
  compute({ series, options, context }) {
    const { sections, warnings } = crossSections(series.value, undefined, context);
    const results = sections.map(({ period, units }) => {
      const r = coefficientOfVariation(units.map((u) => ({ ...u, value: u.value * options.scale })));
      return { period, ...regionOf(units, context), value: r.value, components: { mean: r.mean, sd: r.sd, units: units.length } };
    });
    return { results, explain: {}, warnings };
  },
});
