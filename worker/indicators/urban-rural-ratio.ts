/**
 * @module Indicator `urban-rural-ratio`: urban value divided by rural value (e.g. the income ratio 城乡收入比).
 */
import { InvalidInput } from "../lib/math/invalid-input";
import { series } from "./params";
import { pointwise } from "./pointwise";
import { defineIndicator } from "./types";

/** Urban–rural ratio. */
export const urbanRuralRatio = defineIndicator({
  id: "urban-rural-ratio",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "城乡比", en: "Urban–rural ratio" },
          description: {
            zh: "城镇取值除以农村取值，如城乡居民人均可支配收入比（农村=1）。",
            en: "The urban value divided by the rural value, e.g. the ratio of urban to rural per-capita disposable income (rural = 1).",
          },
          unit: { zh: "倍（农村=1）", en: "times (rural = 1)" },
          method: {
            formula: "R = urban / rural",
            latex: "R=\\frac{y_{\\text{urban}}}{y_{\\text{rural}}}",
            reference:
              "National Bureau of Statistics of China, 城乡居民人均可支配收入比 (urban-to-rural per-capita disposable income ratio), as reported in its annual Statistical Communiqué.",
          },
          example:
            "urban=national-household-income@1.0.0:disposable_income_mean_urban&rural=national-household-income@1.0.0:disposable_income_mean_rural",
          parameters: {
            urban: {
              description: { zh: "城镇取值。", en: "The urban value." },
              example: "national-household-income@1.0.0:disposable_income_mean_urban",
            },
            rural: {
              description: { zh: "农村取值。", en: "The rural value." },
              example: "national-household-income@1.0.0:disposable_income_mean_rural",
            },
          },
        }
      : undefined,
  series: { urban: series(), rural: series() },
  options: {},
  compute({ series, context }) {
    const { results, warnings } = pointwise([series.urban, series.rural], context, ([u, r], where) => {
      if (!((r as number) > 0)) throw new InvalidInput(`The rural value is ${r} for ${where}; a ratio needs it positive.`, "rural");
      return { value: (u as number) / (r as number), components: { urban: u as number, rural: r as number } };
    });
    return { results, explain: {}, warnings };
  },
});
