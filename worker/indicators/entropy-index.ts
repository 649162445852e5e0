/**
 * @module Indicator `entropy-index`: a composite index of several measures with entropy weights (熵值法).
 */
import { comparePeriods } from "../../schemas/period";
import { composite, POOL, POOL_TEXT } from "./composite";
import { seriesList } from "./params";
import { defineIndicator } from "./types";

/** Entropy-weight composite index. */
export const entropyIndex = defineIndicator({
  id: "entropy-index",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "熵值法综合指数", en: "Entropy-weight composite index" },
          description: {
            zh: "多个指标经极差标准化后，按信息熵确定权重并加权求和（0–1）；离散程度越大的指标权重越高。以 - 前缀标记越小越好的指标。",
            en: "Several measures, min–max normalised, weighted by their information entropy and summed (0–1); measures that vary more get more weight. Prefix - marks a measure where less is better.",
          },
          unit: { zh: "指数（0–1）", en: "index (0–1)" },
          method: {
            formula:
              "x'_ij = (x_ij - min_j)/(max_j - min_j); p_ij = x'_ij / sum_i x'_ij; e_j = -(1/ln m) sum_i p_ij ln p_ij (0 ln 0 = 0); w_j = (1 - e_j)/sum_k (1 - e_k); S_i = sum_j w_j x'_ij",
            where: {
              zh: "i 为评价单位，j 为指标，m 为单位数；以 - 标记的指标（越小越好）反向标准化：x'_ij = (max_j - x_ij)/(max_j - min_j)。",
              en: "i is a unit, j a measure, m the number of units; a measure marked - (less is better) is normalised the other way round: x'_ij = (max_j - x_ij)/(max_j - min_j).",
            },
            latex:
              "e_j=-\\frac{1}{\\ln m}\\sum_{i=1}^{m}p_{ij}\\ln p_{ij},\\quad w_j=\\frac{1-e_j}{\\sum_k(1-e_k)},\\quad S_i=\\sum_j w_j x'_{ij}",
            reference:
              "Hwang, C.-L. & Yoon, K. (1981). Multiple Attribute Decision Making: Methods and Applications. Springer, §4.1.2 (entropy method for attribute weights).",
          },
          example:
            "measures=province-telecom@1.0.0:broadband_users/province-population@1.0.0:population,province-telecom@1.0.0:mobile_internet_users/province-population@1.0.0:population,province-enterprise-ecommerce@1.0.0:enterprises_with_ecommerce_share_pct&period=2020..2022",
          parameters: {
            measures: {
              description: {
                zh: "参与合成的指标（逗号分隔），按地区和期间对齐；前缀 - 表示越小越好。",
                en: "Measures to combine (comma-separated), joined on region and period; prefix - where less is better.",
              },
              example:
                "province-telecom@1.0.0:broadband_users/province-population@1.0.0:population,province-enterprise-ecommerce@1.0.0:ecommerce_sales",
            },
            pool: POOL_TEXT,
          },
        }
      : undefined,
  series: { measures: seriesList({ ratio: true }) },
  options: { pool: POOL },
  compute({ series, options, context }) {
    const { scores, weights, warnings } = composite(series.measures, options.pool, context);
    const results = scores
      .map((s) => ({ period: s.period, region: s.region, value: s.score }))
      .sort((a, b) => comparePeriods(a.period, b.period) || a.region.localeCompare(b.region));
    return { results, explain: { weights }, warnings };
  },
});
