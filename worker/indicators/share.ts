/**
 * @module Indicator `share`: a part as a percentage of a whole (e.g. the digital economy in GDP), possibly from
 * two datasets joined on region and period.
 */
import { InvalidInput } from "../lib/math/invalid-input";
import { numberOption, series } from "./params";
import { pointwise } from "./pointwise";
import { defineIndicator } from "./types";

/** Share in percent. */
export const share = defineIndicator({
  id: "share",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "占比", en: "Share" },
          description: {
            zh: "部分占整体的百分比：100 × scale × 部分 / 整体；scale 用于两者单位不同时换算（如 万亿元 对 亿元 为 10000）。",
            en: "A part as a percentage of a whole: 100 × scale × part / whole; scale converts when their units differ (trillion yuan over 100 million yuan is 10000).",
          },
          unit: { zh: "%", en: "%" },
          method: {
            formula: "s = 100 * scale * part / whole",
            where: {
              zh: "s 为占比（%）；scale 用于部分与整体单位不同时的换算。",
              en: "s is the share (%); scale converts when part and whole have different units.",
            },
            latex: "s=100\\cdot\\text{scale}\\cdot\\frac{\\text{part}}{\\text{whole}}",
            reference: "Share of a component in an aggregate (e.g. CAICT, 数字经济占GDP比重).",
          },
          example: "part=national-gdp@1.0.0:tertiary&whole=national-gdp@1.0.0:gdp",
          parameters: {
            part: { description: { zh: "部分。", en: "The part." }, example: "national-gdp@1.0.0:tertiary" },
            whole: { description: { zh: "整体（须为正）。", en: "The whole (must be positive)." }, example: "national-gdp@1.0.0:gdp" },
            scale: {
              description: {
                zh: "部分单位换算到整体单位的乘数（万亿元→亿元 = 10000）。",
                en: "Converts the part's unit to the whole's (trillion → 100 million yuan = 10000).",
              },
            },
          },
        }
      : undefined,
  series: { part: series(), whole: series() },
  options: { scale: numberOption(1, { min: Number.MIN_VALUE }) },
  compute({ series, options, context }) {
    const { results, warnings } = pointwise([series.part, series.whole], context, ([a, b], where) => {
      if (!((b as number) > 0)) throw new InvalidInput(`The whole is ${b} for ${where}; a share needs it positive.`, "whole");
      return { value: (100 * options.scale * (a as number)) / (b as number), components: { part: a as number, whole: b as number } };
    });
    return { results, explain: {}, warnings };
  },
});
