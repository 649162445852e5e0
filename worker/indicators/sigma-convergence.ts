/**
 * @module Indicator `sigma-convergence`: cross-sectional dispersion per period, and whether it falls over time.
 */
import { coefficientOfVariation, type DispersionResult, sdOfLogs, williamson } from "../lib/math/dispersion";
import { InvalidInput } from "../lib/math/invalid-input";
import type { Unit } from "../lib/math/units";
import { crossSections, regionOf, tidy } from "./cross-section";
import { choiceOption } from "./params";
import { VALUE, VALUE_TEXT, WEIGHT, WEIGHT_TEXT } from "./shared-params";
import { defineIndicator } from "./types";

const MEASURES: Record<string, (units: Unit[]) => DispersionResult> = { "sd-log": sdOfLogs, cv: coefficientOfVariation, williamson };

/** σ-convergence. */
export const sigmaConvergence = defineIndicator({
  id: "sigma-convergence",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "σ 收敛", en: "Sigma convergence" },
          description: {
            zh: "各期横截面离散程度（默认为对数标准差）；随时间下降即为 σ 收敛。分量 index 为相对首期的指数（首期=100）。",
            en: "Cross-sectional dispersion per period (by default the standard deviation of logs); a fall over time is sigma convergence. Component index is relative to the first period (= 100).",
          },
          unit: { zh: "离散度", en: "dispersion" },
          method: {
            formula: "sigma_t = sqrt( sum_i p_i (ln y_it - m_t)^2 ), m_t = sum_i p_i ln y_it; index_t = 100 sigma_t / sigma_1",
            where: {
              zh: "p_i = 1/n，有权重时为 w_i/W；σ_T < σ_1 时为收敛（离散程度下降）。",
              en: "p_i = 1/n, or w_i/W with weights; converging when σ_T < σ_1 (dispersion falls).",
            },
            latex: "\\sigma_t=\\sqrt{\\sum_i p_i\\,(\\ln y_{it}-m_t)^2}",
            reference: "Barro, R. J. & Sala-i-Martin, X. (1992). Convergence. Journal of Political Economy 100(2): 223–251.",
          },
          example:
            "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&dispersion=williamson",
          parameters: {
            value: VALUE_TEXT,
            weight: WEIGHT_TEXT,
            dispersion: {
              description: {
                zh: "离散度：sd-log（对数标准差）、cv（变异系数）、williamson（人口加权变异系数，需 weight）。",
                en: "Dispersion: sd-log (standard deviation of logs), cv (coefficient of variation), williamson (population-weighted CV; needs weight).",
              },
            },
          },
        }
      : undefined,
  series: { value: VALUE, weight: WEIGHT },
  options: { dispersion: choiceOption(["sd-log", "cv", "williamson"], "sd-log") },
  compute({ series, options, context }) {
    if (options.dispersion === "williamson" && !series.weight) {
      throw new InvalidInput(
        "dispersion=williamson weights by population: add weight=… (e.g. province-population@1.0.0:population).",
        "weight",
      );
    }
    const { sections, warnings } = crossSections(series.value, series.weight, context);
    if (sections.length < 2)
      warnings.push({ zh: "只有一个期间，无法判断是否收敛。", en: "Only one period: convergence needs at least two." });
    const measure = MEASURES[options.dispersion] as (units: Unit[]) => DispersionResult;
    const values = sections.map(({ period, units }) => ({ period, units, value: measure(units).value }));
    const first = values[0]?.value ?? Number.NaN;
    const results = values.map(({ period, units, value }) => ({
      period,
      ...regionOf(units, context),
      value,
      components: { index: first > 0 ? (100 * value) / first : null, units: units.length },
    }));
    const last = values.at(-1);
    return {
      results,
      explain: {
        first: values[0] ? { period: values[0].period, value: tidy(first) } : null,
        last: last ? { period: last.period, value: tidy(last.value) } : null,
        change: last ? tidy(last.value - first) : null,
        converging: last && values.length > 1 ? last.value < first : null,
      },
      warnings,
    };
  },
});
