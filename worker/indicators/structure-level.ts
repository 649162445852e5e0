/**
 * @module Indicator `structure-level`: the industrial structure level index Σ i·sᵢ (产业结构层次系数).
 */
import { industryShares, structureLevel as levelOf } from "../lib/math/structure";
import { PRIMARY, PRIMARY_TEXT, SECONDARY, SECONDARY_TEXT, TERTIARY, TERTIARY_TEXT } from "./industry-params";
import { pointwise } from "./pointwise";
import { defineIndicator } from "./types";

/** Structure-level index. */
export const structureLevel = defineIndicator({
  id: "structure-level",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "产业结构层次系数", en: "Industrial structure level index" },
          description: {
            zh: "1×第一产业占比 + 2×第二产业占比 + 3×第三产业占比，介于 1 和 3 之间，越高表示结构越高级。",
            en: "1 × primary share + 2 × secondary share + 3 × tertiary share, between 1 and 3; higher means a more advanced structure.",
          },
          unit: { zh: "指数（1–3）", en: "index (1–3)" },
          method: {
            formula: "H = sum_{i=1..3} i * s_i, s_i = x_i / (x_1 + x_2 + x_3)",
            latex: "H=\\sum_{i=1}^{3} i\\cdot s_i,\\quad s_i=\\frac{x_i}{x_1+x_2+x_3}",
            reference: "徐德云 (2008). 产业结构升级形态决定、测度的一个理论解释及验证. 财政研究 2008(1): 46–49.",
          },
          example: "primary=national-gdp@1.0.0:primary&secondary=national-gdp@1.0.0:secondary&tertiary=national-gdp@1.0.0:tertiary",
          parameters: { primary: PRIMARY_TEXT, secondary: SECONDARY_TEXT, tertiary: TERTIARY_TEXT },
        }
      : undefined,
  series: { primary: PRIMARY, secondary: SECONDARY, tertiary: TERTIARY },
  options: {},
  compute({ series, context }) {
    const { results, warnings } = pointwise([series.primary, series.secondary, series.tertiary], context, ([p, s, t], where) => {
      const x = { primary: p as number, secondary: s as number, tertiary: t as number };
      const shares = industryShares(x, where);
      return { value: levelOf(x, where), components: { primary: shares.primary, secondary: shares.secondary, tertiary: shares.tertiary } };
    });
    return { results, explain: {}, warnings };
  },
});
