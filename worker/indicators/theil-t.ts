/**
 * @module Indicator `theil-t`: Theil's T index (GE(1)), decomposed exactly into between- and within-group parts.
 */
import { theilIndicator } from "./theil-family";

/** Theil T. */
export const theilT = theilIndicator("T", {
  id: "theil-t",
  title: { zh: "泰尔指数 T（GE(1)）", en: "Theil T index (GE(1))" },
  description: {
    zh: "以取值份额加权的泰尔指数；给出 by= 时精确分解为组间与组内差距（如四大区域之间与区域内部）。",
    en: "Theil's T index, weighting by value shares; with by= it splits exactly into between-group and within-group inequality (e.g. between and within the NBS four regions).",
  },
  formula: "T = sum_i s_i ln(s_i / p_i) = sum_g s_g T_g + sum_g s_g ln(s_g / p_g); s = value share, p = population share",
  latex:
    "T=\\sum_i s_i\\ln\\frac{s_i}{p_i}=\\underbrace{\\sum_g s_g T_g}_{\\text{within}}+\\underbrace{\\sum_g s_g\\ln\\frac{s_g}{p_g}}_{\\text{between}}",
});
