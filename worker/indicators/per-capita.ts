/**
 * @module Indicator `per-capita`: one measure divided by another (e.g. GDP per person), joined on region and period.
 */
import { InvalidInput } from "../lib/math/invalid-input";
import { numberOption, series } from "./params";
import { pointwise } from "./pointwise";
import { defineIndicator } from "./types";

/** Per-capita (ratio of two measures). */
export const perCapita = defineIndicator({
  id: "per-capita",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "人均值（两指标之比）", en: "Per capita (ratio of two measures)" },
          description: {
            zh: "分子除以分母再乘以 scale（单位换算），两者可来自不同数据集，按地区和期间对齐。",
            en: "Numerator divided by denominator, times scale (unit conversion); the two may come from different datasets and are joined on region and period.",
          },
          unit: { zh: "分子单位/分母单位 × scale", en: "numerator unit per denominator unit × scale" },
          method: {
            formula: "x = scale * numerator / denominator",
            latex: "x=\\text{scale}\\cdot\\frac{\\text{numerator}}{\\text{denominator}}",
            reference: "Ratio of two aggregates, e.g. NBS 人均地区生产总值 (GDP per person) = GDP / population.",
          },
          example: "numerator=province-gdp@1.0.0:gdp&denominator=province-population@1.0.0:population&scale=10000&period=2024",
          parameters: {
            numerator: { description: { zh: "分子。", en: "Numerator." }, example: "province-gdp@1.0.0:gdp" },
            denominator: {
              description: { zh: "分母（须为正）。", en: "Denominator (must be positive)." },
              example: "province-population@1.0.0:population",
            },
            scale: {
              description: {
                zh: "乘数，如 亿元/万人 ×10000 = 元/人。",
                en: "Multiplier, e.g. 100 million yuan per 10,000 persons ×10000 = yuan per person.",
              },
            },
          },
        }
      : undefined,
  series: { numerator: series(), denominator: series() },
  options: { scale: numberOption(1, { min: Number.MIN_VALUE }) },
  compute({ series, options, context }) {
    const { results, warnings } = pointwise([series.numerator, series.denominator], context, ([a, b], where) => {
      if (!((b as number) > 0))
        throw new InvalidInput(`The denominator is ${b} for ${where}; a per-capita value needs it positive.`, "denominator");
      return { value: (options.scale * (a as number)) / (b as number), components: { numerator: a as number, denominator: b as number } };
    });
    const unit = {
      zh: `${series.numerator.unit.zh} / ${series.denominator.unit.zh}${options.scale === 1 ? "" : ` × ${options.scale}`}`,
      en: `${series.numerator.unit.en} per ${series.denominator.unit.en}${options.scale === 1 ? "" : ` × ${options.scale}`}`,
    };
    return { results, explain: {}, warnings, unit };
  },
});
