/**
 * @module Indicator `gini-grouped`: the Gini coefficient from grouped data (e.g. income quintiles' means).
 */
import { giniGrouped as giniOfGroups } from "../lib/math/gini";
import { InvalidInput } from "../lib/math/invalid-input";
import { joinSeries } from "./align";
import { tidy } from "./cross-section";
import { optionalSeriesList, seriesList } from "./params";
import { defineIndicator } from "./types";

/** Grouped Gini (trapezoid rule). */
export const giniGrouped = defineIndicator({
  id: "gini-grouped",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "分组基尼系数", en: "Gini coefficient from grouped data" },
          description: {
            zh: "由各组（如五等份收入组）的人均值和人口比重计算的基尼系数；假定组内均等，因此是个体基尼系数的下界。",
            en: "Gini coefficient from each group's mean (e.g. income quintiles) and population share; it assumes equality within groups, so it is a lower bound of the Gini of individuals.",
          },
          unit: { zh: "系数（0–1）", en: "coefficient (0–1)" },
          method: {
            formula: "G = 1 - sum_k p_k (L_k + L_{k-1}), L_0 = 0",
            where: {
              zh: "各组按均值从低到高排列；p_k 为第 k 组的人口比重，L_k 为前 k 组的累计取值份额。",
              en: "Groups are sorted by mean, lowest first; p_k is group k's population share, L_k the cumulative value share of the first k groups.",
            },
            latex: "G = 1-\\sum_{k=1}^{K} p_k\\,(L_k+L_{k-1}),\\quad L_0=0",
            reference:
              "Cowell, F. A. (2011). Measuring Inequality (3rd ed.), Oxford University Press, Technical Appendix A.4 (grouped data; trapezoid rule, Brown's formula).",
          },
          example:
            "groups=national-household-income@1.0.0:quintile1_low_income_all,national-household-income@1.0.0:quintile2_lower_middle_all,national-household-income@1.0.0:quintile3_middle_all,national-household-income@1.0.0:quintile4_upper_middle_all,national-household-income@1.0.0:quintile5_high_income_all",
          parameters: {
            groups: {
              description: {
                zh: "各组的均值（逗号分隔，每组一个引用），如五个收入五等份组。",
                en: "Each group's mean (comma-separated, one reference per group), e.g. the five income quintiles.",
              },
              example:
                "national-household-income@1.0.0:quintile1_low_income_all,national-household-income@1.0.0:quintile2_lower_middle_all,national-household-income@1.0.0:quintile3_middle_all,national-household-income@1.0.0:quintile4_upper_middle_all,national-household-income@1.0.0:quintile5_high_income_all",
            },
            population: {
              description: {
                zh: "各组人口比重（与 groups 一一对应）；省略则各组人口相等（如五等份）。",
                en: "Each group's population share, in the order of groups; without it the groups are equal in size (as quintiles are).",
              },
            },
          },
        }
      : undefined,
  series: { groups: seriesList(), population: optionalSeriesList() },
  options: {},
  compute({ series, context }) {
    const groups = series.groups;
    const population = series.population;
    if (population && population.length !== groups.length) {
      throw new InvalidInput(
        `Give one population share per group: ${groups.length} groups but ${population.length} population series.`,
        "population",
      );
    }
    const { rows, warnings } = joinSeries([...groups, ...(population ?? [])], context.strictPeriods);
    const explain: Record<string, unknown> = {};
    const results = rows.map((row) => {
      const r = giniOfGroups(
        groups.map((g, k) => ({
          id: g.label,
          mean: row.values[k] as number,
          population: population ? (row.values[groups.length + k] as number) : 1,
        })),
      );
      explain[`${row.region} ${row.period}`] = r.lorenz.map((p) => ({
        group: p.id,
        mean: tidy(p.value),
        populationShare: tidy(p.populationShare),
        cumulativePopulation: tidy(p.cumulativePopulation),
        cumulativeValue: tidy(p.cumulativeValue),
      }));
      return { period: row.period, region: row.region, value: r.gini, components: { mean: r.mean, groups: groups.length } };
    });
    return { results, explain: { lorenz: explain }, warnings };
  },
});
