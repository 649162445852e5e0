/**
 * @module Indicator `urban-rural-gap`: urban value minus rural value (e.g. the digital divide in percentage points).
 */
import { series } from "./params";
import { isPercent, pointwise } from "./pointwise";
import { defineIndicator } from "./types";

/** Urban–rural absolute gap. */
export const urbanRuralGap = defineIndicator({
  id: "urban-rural-gap",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "城乡绝对差距", en: "Urban–rural absolute gap" },
          description: {
            zh: "城镇取值减农村取值；对百分比（如互联网普及率）即为百分点差距（数字鸿沟）。",
            en: "The urban value minus the rural value; for percentages (e.g. internet penetration) the gap is in percentage points (the digital divide).",
          },
          unit: { zh: "与输入同单位（百分比之差为百分点）", en: "the inputs' unit (percentage points for percentages)" },
          method: {
            formula: "D = urban - rural",
            latex: "D=y_{\\text{urban}}-y_{\\text{rural}}",
            reference:
              "CNNIC, Statistical Report on Internet Development in China (urban and rural internet penetration); the gap in percentage points as CNNIC reports it.",
          },
          example: "urban=internet-users@1.0.0:urban_penetration_pct&rural=internet-users@1.0.0:rural_penetration_pct",
          parameters: {
            urban: { description: { zh: "城镇取值。", en: "The urban value." }, example: "internet-users@1.0.0:urban_penetration_pct" },
            rural: { description: { zh: "农村取值。", en: "The rural value." }, example: "internet-users@1.0.0:rural_penetration_pct" },
          },
        }
      : undefined,
  series: { urban: series(), rural: series() },
  options: {},
  compute({ series, context }) {
    const { results, warnings } = pointwise([series.urban, series.rural], context, ([u, r]) => ({
      value: (u as number) - (r as number),
      components: { urban: u as number, rural: r as number },
    }));
    const unit = isPercent(series.urban.unit) ? { zh: "百分点", en: "percentage points" } : series.urban.unit;
    return { results, explain: {}, warnings, unit };
  },
});
