/**
 * @module Indicator `hhi`: the Herfindahl–Hirschman Index of a market, with its concentration class.
 */

import { concentrationClass, hhi as hhiOf } from "../lib/math/concentration";
import { FROM, FROM_TEXT, marketsOf, SHARES, SHARES_TEXT } from "./markets";
import { choiceOption } from "./params";
import { defineIndicator } from "./types";

/** HHI. */
export const hhi = defineIndicator({
  id: "hhi",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "赫芬达尔—赫希曼指数（HHI）", en: "Herfindahl–Hirschman Index (HHI)" },
          description: {
            zh: "市场份额（%）平方和，0–10000；按竞争主管机构的门槛分类。份额合计不足 100% 时，value 为下界，components.upper 为上界。",
            en: "Sum of squared market shares (%), 0–10,000, classed by competition authorities' thresholds. When the listed shares cover less than 100 %, value is a lower bound and components.upper an upper bound.",
          },
          unit: { zh: "点（0–10000）", en: "points (0–10,000)" },
          method: {
            formula: "HHI = sum_i s_i^2; us-2023: HHI > 1800 | 1000–1800 | < 1000; us-2010: HHI > 2500 | 1500–2500 | < 1500",
            where: {
              zh: "s_i 为份额（%）。按 guidelines 分类：us-2023 时 HHI > 1800 为高度集中，1000–1800 为中度集中，< 1000 为非集中；us-2010 时分别以 2500 和 1500 为界。",
              en: "s_i is a share in percent. Classes by guidelines: for us-2023, HHI > 1800 is highly concentrated, 1000–1800 moderately, < 1000 unconcentrated; for us-2010 the bounds are 2500 and 1500.",
            },
            latex: "HHI=\\sum_{i=1}^{n} s_i^2,\\quad s_i\\in[0,100]",
            reference:
              "U.S. Department of Justice & Federal Trade Commission (2023). Merger Guidelines, §2.1 (Guideline 1: HHI above 1,800 is highly concentrated); DOJ Antitrust Division, 'Herfindahl-Hirschman Index' (1,000–1,800 moderately concentrated); earlier thresholds: Horizontal Merger Guidelines (2010), §5.3.",
          },
          example: "shares=platform-market-shares@1.0.0:food_delivery_share_pct",
          parameters: {
            shares: SHARES_TEXT,
            from: FROM_TEXT,
            guidelines: {
              description: {
                zh: "分类门槛：us-2023（美国 2023 年并购指南）或 us-2010。",
                en: "Thresholds for the class: us-2023 (US Merger Guidelines 2023) or us-2010.",
              },
            },
          },
        }
      : undefined,
  series: { shares: SHARES },
  options: { from: FROM, guidelines: choiceOption(["us-2023", "us-2010"], "us-2023") },
  compute({ series, options, context }) {
    const { markets, warnings } = marketsOf(series.shares, options.from, context);
    const explain: Record<string, unknown> = {};
    const results = markets.map((m) => {
      const r = hhiOf(m.shares);
      const key = m.region ? `${m.region} ${m.period}` : m.period;
      explain[key] = { terms: r.terms, classOfUpper: concentrationClass(r.upper, options.guidelines) };
      if (r.coverage < 100 - 1e-9) {
        warnings.push({
          zh: `${key}：所列份额合计 ${r.coverage.toFixed(2)}%，HHI 为下界（上界 ${Math.round(r.upper)}）。`,
          en: `${key}: the listed shares cover ${r.coverage.toFixed(2)} %, so the HHI is a lower bound (upper bound ${Math.round(r.upper)}).`,
        });
      }
      return {
        period: m.period,
        ...(m.region ? { region: m.region } : {}),
        value: r.hhi,
        components: { upper: r.upper, coverage: r.coverage, firms: m.shares.length },
        class: concentrationClass(r.hhi, options.guidelines),
      };
    });
    return { results, explain: { markets: explain }, warnings };
  },
});
