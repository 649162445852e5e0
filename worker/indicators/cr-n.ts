/**
 * @module Indicator `cr-n`: the n-firm concentration ratio CRₙ.
 */
import { concentrationRatio } from "../lib/math/concentration";
import { FROM, FROM_TEXT, marketsOf, SHARES, SHARES_TEXT } from "./markets";
import { integerOption } from "./params";
import { defineIndicator } from "./types";

/** Concentration ratio. */
export const crN = defineIndicator({
  id: "cr-n",
  method: { version: "1.0.0" },
  // Texts: built into the registry document; folded out of the worker bundle (see `texts` in types.ts).
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "行业集中度 CRn", en: "Concentration ratio CRn" },
          description: {
            zh: "最大的 n 家（或 n 个地区）份额之和（%）。",
            en: "Combined share (%) of the n largest firms (or regions).",
          },
          unit: { zh: "%", en: "%" },
          method: {
            formula: "CR_n = s_(1) + s_(2) + … + s_(n), s_(1) >= s_(2) >= …",
            where: {
              zh: "s_(1) ≥ s_(2) ≥ … 为从大到小排列的份额（%），取最大的 n 个。",
              en: "s_(1) ≥ s_(2) ≥ … are the shares (%) from the largest down; the n largest are summed.",
            },
            latex: "CR_n=\\sum_{i=1}^{n} s_{(i)},\\quad s_{(1)}\\ge s_{(2)}\\ge\\dots",
            reference: "Bain, J. S. (1959). Industrial Organization. New York: Wiley (concentration ratios of the largest sellers).",
          },
          example: "shares=province-gdp@1.0.0:gdp&from=values&n=4&period=2024",
          parameters: {
            shares: SHARES_TEXT,
            from: FROM_TEXT,
            n: { description: { zh: "计入的最大单位个数。", en: "How many of the largest to add up." } },
          },
        }
      : undefined,
  series: { shares: SHARES },
  options: { from: FROM, n: integerOption(4, 1, 100) },
  compute({ series, options, context }) {
    const { markets, warnings } = marketsOf(series.shares, options.from, context);
    const explain: Record<string, unknown> = {};
    const results = markets.map((m) => {
      const r = concentrationRatio(m.shares, options.n);
      const key = m.region ? `${m.region} ${m.period}` : m.period;
      explain[key] = { largest: r.firms };
      if (!r.complete) {
        warnings.push({
          zh: `${key}：只列出 ${m.shares.length} 家且合计不足 100%，CR${options.n} 为下界。`,
          en: `${key}: only ${m.shares.length} listed and their shares cover less than 100 %, so CR${options.n} is a lower bound.`,
        });
      }
      return {
        period: m.period,
        ...(m.region ? { region: m.region } : {}),
        value: r.value,
        components: { n: options.n, listed: m.shares.length },
      };
    });
    return { results, explain: { markets: explain }, warnings };
  },
});
