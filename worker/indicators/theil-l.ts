/**
 * @module Indicator `theil-l`: Theil's L index (GE(0), mean log deviation), decomposed exactly by group.
 */
import { theilIndicator } from "./theil-family";

/** Theil L. */
export const theilL = theilIndicator("L", {
  id: "theil-l",
  title: { zh: "泰尔指数 L（GE(0)，平均对数偏差）", en: "Theil L index (GE(0), mean log deviation)" },
  description: {
    zh: "以人口份额加权的泰尔指数（平均对数偏差），对低端差距更敏感；需全部取值为正；给出 by= 时精确分解为组间与组内。",
    en: "Theil's L index (mean log deviation), weighting by population shares and more sensitive to the bottom; needs every value positive; with by= it splits exactly into between and within groups.",
  },
  formula: "L = sum_i p_i ln(p_i / s_i) = sum_g p_g L_g + sum_g p_g ln(p_g / s_g); s = value share, p = population share",
  latex:
    "L=\\sum_i p_i\\ln\\frac{p_i}{s_i}=\\underbrace{\\sum_g p_g L_g}_{\\text{within}}+\\underbrace{\\sum_g p_g\\ln\\frac{p_g}{s_g}}_{\\text{between}}",
});
