/**
 * @module Indicator `theil-l`: Theil's L index (GE(0), mean log deviation), decomposed exactly by group.
 */
import { BY_TEXT, SCALE_TEXT, VALUE_TEXT, WEIGHT_TEXT } from "./shared-params";
import { THEIL_EXAMPLE, THEIL_REFERENCE, THEIL_UNIT, theilIndicator } from "./theil-family";

/** Theil L. */
export const theilL = theilIndicator(
  "L",
  "theil-l",
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  typeof PA_WORKER_BUNDLE === "undefined"
    ? {
        title: { zh: "泰尔指数 L（GE(0)，平均对数偏差）", en: "Theil L index (GE(0), mean log deviation)" },
        description: {
          zh: "以人口份额加权的泰尔指数（平均对数偏差），对低端差距更敏感；需全部取值为正；给出 by= 时精确分解为组间与组内。",
          en: "Theil's L index (mean log deviation), weighting by population shares and more sensitive to the bottom; needs every value positive; with by= it splits exactly into between and within groups.",
        },
        unit: THEIL_UNIT,
        method: {
          formula: "L = sum_i p_i ln(p_i / s_i) = sum_g p_g L_g + sum_g p_g ln(p_g / s_g)",
          where: {
            zh: "s 为取值份额，p 为人口份额；i 为单位，g 为 by= 给出的组；W 为组内差距，B 为组间差距。",
            en: "s is the value share, p the population share; i is a unit, g a group of by=; W is the within-group part (component within), B the between-group part (component between).",
          },
          latex: "L=\\sum_i p_i\\ln\\frac{p_i}{s_i}=\\underbrace{\\sum_g p_g L_g}_{W}+\\underbrace{\\sum_g p_g\\ln\\frac{p_g}{s_g}}_{B}",
          reference: THEIL_REFERENCE,
        },
        example: THEIL_EXAMPLE,
        parameters: { value: VALUE_TEXT, weight: WEIGHT_TEXT, by: BY_TEXT, scale: SCALE_TEXT },
      }
    : undefined,
);
