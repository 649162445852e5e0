/**
 * @module Indicator `advancement-ratio`: tertiary over secondary value added (产业结构高级化).
 */
import { advancementRatio as ratioOf } from "../lib/math/structure";
import { SECONDARY, SECONDARY_TEXT, TERTIARY, TERTIARY_TEXT } from "./industry-params";
import { pointwise } from "./pointwise";
import { defineIndicator } from "./types";

/** Advancement ratio of the industrial structure. */
export const advancementRatio = defineIndicator({
  id: "advancement-ratio",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "产业结构高级化（第三产业/第二产业）", en: "Advancement of the industrial structure (tertiary/secondary)" },
          description: {
            zh: "第三产业增加值与第二产业增加值之比；大于 1 表示服务业超过工业和建筑业。",
            en: "Tertiary value added divided by secondary value added; above 1 when services outweigh industry and construction.",
          },
          unit: { zh: "比值", en: "ratio" },
          method: {
            formula: "TS = tertiary / secondary",
            latex: "TS=\\frac{x_3}{x_2}",
            reference: "干春晖、郑若谷、余典范 (2011). 中国产业结构变迁对经济增长和波动的影响. 经济研究 46(5): 4–16.",
          },
          example: "secondary=province-gdp-by-industry@1.0.0:secondary&tertiary=province-gdp-by-industry@1.0.0:tertiary&period=2024",
          parameters: { secondary: SECONDARY_TEXT, tertiary: TERTIARY_TEXT },
        }
      : undefined,
  series: { secondary: SECONDARY, tertiary: TERTIARY },
  options: {},
  compute({ series, context }) {
    const { results, warnings } = pointwise([series.secondary, series.tertiary], context, ([s, t], where) => ({
      value: ratioOf({ primary: 0, secondary: s as number, tertiary: t as number }, where),
      components: { secondary: s as number, tertiary: t as number },
    }));
    return { results, explain: {}, warnings };
  },
});
