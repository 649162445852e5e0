/**
 * @module Indicator `industry-shares`: the shares of the three industries in value added, one row per industry.
 */
import { industryShares as sharesOf } from "../lib/math/structure";
import { PRIMARY, PRIMARY_TEXT, SECONDARY, SECONDARY_TEXT, TERTIARY, TERTIARY_TEXT } from "./industry-params";
import { pointwise } from "./pointwise";
import { defineIndicator } from "./types";

/** Three-industry shares. */
export const industryShares = defineIndicator({
  id: "industry-shares",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "三次产业结构（占比）", en: "Three-industry structure (shares)" },
          description: {
            zh: "第一、二、三产业增加值各占三者合计的百分比；每期每地区三行（category = primary/secondary/tertiary）。",
            en: "Each industry's value added as a percentage of the three industries' total; three rows per region and period (category = primary/secondary/tertiary).",
          },
          unit: { zh: "%", en: "%" },
          method: {
            formula: "s_k = 100 * x_k / (x_1 + x_2 + x_3), k = 1, 2, 3",
            where: {
              zh: "x_1、x_2、x_3 为第一、二、三产业（primary、secondary、tertiary）的增加值。",
              en: "x_1, x_2 and x_3 are the value added of the primary, secondary and tertiary industries.",
            },
            latex: "s_k=100\\cdot\\frac{x_k}{x_1+x_2+x_3}",
            reference:
              "National Bureau of Statistics of China, 三次产业构成 (composition of GDP by the three industries), China Statistical Yearbook.",
          },
          example: "primary=national-gdp@1.0.0:primary&secondary=national-gdp@1.0.0:secondary&tertiary=national-gdp@1.0.0:tertiary",
          parameters: { primary: PRIMARY_TEXT, secondary: SECONDARY_TEXT, tertiary: TERTIARY_TEXT },
        }
      : undefined,
  series: { primary: PRIMARY, secondary: SECONDARY, tertiary: TERTIARY },
  options: {},
  compute({ series, context }) {
    const { results, warnings } = pointwise([series.primary, series.secondary, series.tertiary], context, ([p, s, t], where) => {
      const shares = sharesOf({ primary: p as number, secondary: s as number, tertiary: t as number }, where);
      return (["primary", "secondary", "tertiary"] as const).map((k) => ({ category: k, value: 100 * shares[k] }));
    });
    return { results, explain: {}, warnings };
  },
});
