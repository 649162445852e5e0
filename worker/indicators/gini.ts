/**
 * @module Indicator `gini`: the Gini coefficient of a cross-section of units, optionally population-weighted.
 */
import { gini as giniOf } from "../lib/math/gini";
import { crossSections, regionOf, tidy } from "./cross-section";
import { SCALE, SCALE_TEXT, VALUE, VALUE_TEXT, WEIGHT, WEIGHT_TEXT } from "./shared-params";
import { defineIndicator } from "./types";

/** The Gini coefficient. */
export const gini = defineIndicator({
  id: "gini",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "基尼系数", en: "Gini coefficient" },
          description: {
            zh: "单位（如省份）间取值分布的基尼系数，可按人口加权；0 为完全均等。",
            en: "Gini coefficient of the distribution of a value across units (e.g. provinces), optionally population-weighted; 0 is perfect equality.",
          },
          unit: { zh: "系数（0–1）", en: "coefficient (0–1)" },
          method: {
            formula: "G = sum_i sum_j w_i w_j |y_i - y_j| / (2 * mu * W^2), mu = sum w_i y_i / W, W = sum w_i",
            latex: "G=\\frac{\\sum_i\\sum_j w_i w_j\\,|y_i-y_j|}{2\\mu W^2},\\quad \\mu=\\frac{\\sum_i w_i y_i}{W}",
            reference: "Cowell, F. A. (2011). Measuring Inequality (3rd ed.), Oxford University Press, §2.2 and Technical Appendix A.",
          },
          example:
            "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&scale=10000&period=2024",
          parameters: { value: VALUE_TEXT, weight: WEIGHT_TEXT, scale: SCALE_TEXT },
        }
      : undefined,
  series: { value: VALUE, weight: WEIGHT },
  options: { scale: SCALE },
  compute({ series, options, context }) {
    const { sections, warnings } = crossSections(series.value, series.weight, context);
    const explain: Record<string, unknown> = {};
    const results = sections.map(({ period, units }) => {
      const scaled = units.map((u) => ({ ...u, value: u.value * options.scale }));
      const r = giniOf(scaled);
      explain[period] = {
        mean: tidy(r.mean),
        lorenz: r.lorenz.map((p) => ({
          region: p.id,
          value: tidy(p.value),
          populationShare: tidy(p.populationShare),
          cumulativePopulation: tidy(p.cumulativePopulation),
          cumulativeValue: tidy(p.cumulativeValue),
        })),
      };
      return { period, ...regionOf(units, context), value: r.gini, components: { mean: r.mean, units: units.length } };
    });
    return { results, explain: { periods: explain }, warnings };
  },
});
