/**
 * @module Indicator `coupling-coordination`: the coupling coordination degree of two systems, each an
 * entropy-weight composite of its measures.
 */
import { comparePeriods } from "../../schemas/period";
import { coordinationClass, couplingCoordination as couplingOf } from "../lib/math/coupling";
import { joinSeries } from "./align";
import { composite, POOL, POOL_TEXT } from "./composite";
import { numberOption, seriesList } from "./params";
import type { Series } from "./series";
import { defineIndicator } from "./types";

/** Coupling coordination degree. */
export const couplingCoordination = defineIndicator({
  id: "coupling-coordination",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "耦合协调度", en: "Coupling coordination degree" },
          description: {
            zh: "两个系统（各由若干指标经熵值法合成，0–1）的耦合度 C、综合发展指数 T 与协调度 D = √(C·T)，并给出十级分类。",
            en: "Coupling C, comprehensive development T and coordination D = √(C·T) of two systems, each an entropy-weight composite (0–1) of its measures, with the ten-level class.",
          },
          unit: { zh: "协调度 D（0–1）", en: "coordination degree D (0–1)" },
          method: {
            formula: "C = 2 sqrt(U1 U2) / (U1 + U2); T = alpha U1 + (1 - alpha) U2; D = sqrt(C T)",
            where: {
              zh: "U1、U2 为 a、b 两组指标各自按熵值法合成的综合指数（0–1）；alpha 为 U1 的权重。",
              en: "U1 and U2 are the entropy-weight composites (0–1) of the measures in a and b; alpha is the weight of U1.",
            },
            latex: "C=\\frac{2\\sqrt{U_1U_2}}{U_1+U_2},\\quad T=\\alpha U_1+\\beta U_2,\\quad D=\\sqrt{C\\,T}",
            reference:
              "王淑佳、孔伟、任亮、治丹丹、戴尧 (2021). 国内耦合协调度模型的误区及修正. 自然资源学报 36(3): 793–810; classes after 廖重斌 (1999). 环境与经济协调发展的定量评判及其分类体系. 热带地理 19(2): 171–177.",
          },
          example:
            "a=province-telecom@1.0.0:broadband_users/province-population@1.0.0:population,province-enterprise-ecommerce@1.0.0:ecommerce_sales/province-gdp@1.0.0:gdp&b=province-gdp@1.0.0:gdp/province-population@1.0.0:population&period=2020..2022",
          parameters: {
            a: {
              description: { zh: "系统 1 的指标（逗号分隔）。", en: "Measures of system 1 (comma-separated)." },
              example: "province-telecom@1.0.0:broadband_users/province-population@1.0.0:population",
            },
            b: {
              description: { zh: "系统 2 的指标（逗号分隔）。", en: "Measures of system 2 (comma-separated)." },
              example: "province-gdp@1.0.0:gdp/province-population@1.0.0:population",
            },
            alpha: { description: { zh: "系统 1 的权重 α（β = 1 − α）。", en: "Weight α of system 1 (β = 1 − α)." } },
            pool: POOL_TEXT,
          },
        }
      : undefined,
  series: { a: seriesList({ ratio: true }), b: seriesList({ ratio: true }) },
  options: { alpha: numberOption(0.5, { min: 0, max: 1 }), pool: POOL },
  compute({ series, options, context }) {
    // Both systems are scored on the same observations: those where every measure of a and b has a value.
    const joined = joinSeries([...series.a, ...series.b], context.strictPeriods);
    const keys = new Set(joined.rows.map((r) => `${r.region}\u0000${r.period}`));
    const restrict = (s: Series): Series => ({ ...s, points: s.points.filter((p) => keys.has(`${p.region}\u0000${p.period}`)) });
    const u1 = composite(series.a.map(restrict), options.pool, context);
    const u2 = composite(series.b.map(restrict), options.pool, context);
    const other = new Map(u2.scores.map((s) => [`${s.region}\u0000${s.period}`, s.score]));
    const results = u1.scores
      .filter((s) => other.has(`${s.region}\u0000${s.period}`))
      .map((s) => {
        const b = other.get(`${s.region}\u0000${s.period}`) as number;
        const r = couplingOf(s.score, b, options.alpha);
        return {
          period: s.period,
          region: s.region,
          value: r.coordination,
          components: { coupling: r.coupling, development: r.development, a: s.score, b },
          class: coordinationClass(r.coordination).id,
        };
      })
      .sort((x, y) => comparePeriods(x.period, y.period) || x.region.localeCompare(y.region));
    return {
      results,
      explain: { weights: { a: u1.weights, b: u2.weights } },
      // The systems were restricted to the joined observations, so their own warnings can only be about national rows.
      warnings: [...joined.warnings, ...u1.warnings],
    };
  },
});
