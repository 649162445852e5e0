/**
 * @module Indicator `theil-t`: Theil's T index (GE(1)), decomposed exactly into between- and within-group parts.
 */
import { BY_TEXT, SCALE_TEXT, VALUE_TEXT, WEIGHT_TEXT } from "./shared-params";
import { THEIL_EXAMPLE, THEIL_REFERENCE, THEIL_UNIT, theilIndicator } from "./theil-family";

/** Theil T. */
export const theilT = theilIndicator(
  "T",
  "theil-t",
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  typeof PA_WORKER_BUNDLE === "undefined"
    ? {
        title: { zh: "泰尔指数 T（GE(1)）", en: "Theil T index (GE(1))" },
        description: {
          zh: "以取值份额加权的泰尔指数；给出 by= 时精确分解为组间与组内差距（如四大区域之间与区域内部）。",
          en: "Theil's T index, weighting by value shares; with by= it splits exactly into between-group and within-group inequality (e.g. between and within the NBS four regions).",
        },
        unit: THEIL_UNIT,
        method: {
          formula: "T = sum_i s_i ln(s_i / p_i) = sum_g s_g T_g + sum_g s_g ln(s_g / p_g)",
          where: {
            zh: "s 为取值份额，p 为人口份额；i 为单位，g 为 by= 给出的组；W 为组内差距，B 为组间差距。",
            en: "s is the value share, p the population share; i is a unit, g a group of by=; W is the within-group part (component within), B the between-group part (component between).",
          },
          latex: "T=\\sum_i s_i\\ln\\frac{s_i}{p_i}=\\underbrace{\\sum_g s_g T_g}_{W}+\\underbrace{\\sum_g s_g\\ln\\frac{s_g}{p_g}}_{B}",
          reference: THEIL_REFERENCE,
        },
        example: THEIL_EXAMPLE,
        parameters: { value: VALUE_TEXT, weight: WEIGHT_TEXT, by: BY_TEXT, scale: SCALE_TEXT },
      }
    : undefined,
);
