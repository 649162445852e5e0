/**
 * @module Markets for the concentration indicators: the shares of one market per period (and region), from a
 * measure whose rows are categories (platforms) or regions. Pure.
 */

import type { LocalizedText } from "../../schemas/localized-text";
import { comparePeriods } from "../../schemas/period";
import type { MarketShare } from "../lib/math/concentration";
import { InvalidInput } from "../lib/math/invalid-input";
import { provincesOnly } from "./cross-section";
import { choiceOption, series } from "./params";
import type { Series } from "./series";
import type { ComputeContext } from "./types";

/** One market in one period: its firms' (or regions') shares in percent. */
export interface Market {
  period: string;
  region?: string;
  shares: MarketShare[];
}

/** The `shares` series parameter. */
export const SHARES = series(
  {
    zh: "市场份额（%）：按 category（如平台）分行的指标；或 from=values 时为数量，由其计算份额。没有 category 时以地区为单位（地理集中度）。",
    en: "Market shares (%): a measure whose rows are categories (e.g. platforms); or, with from=values, amounts to compute shares from. Without categories the units are regions (geographic concentration).",
  },
  { example: "platform-market-shares@1.0.0:food_delivery_share_pct" },
);

/** The `from` option: whether the series holds shares or amounts. */
export const FROM = choiceOption(
  {
    zh: "shares = 已是百分比份额；values = 数量（份额 = 数量/合计×100）。",
    en: "shares = already percentages; values = amounts (share = amount / total × 100).",
  },
  ["shares", "values"],
  "shares",
);

/** Category names that stand for several firms together (as the sources label them). */
const COMBINED = /\bcombined\b|合计/i;

/** Splits a series into markets: categories within region and period, or else regions within a period. */
export function marketsOf(
  input: Series,
  from: "shares" | "values",
  context: ComputeContext,
): { markets: Market[]; warnings: LocalizedText[] } {
  const warnings: LocalizedText[] = [];
  const byCategory = input.points.some((p) => p.category !== undefined);
  let points = input.points;
  if (!byCategory) {
    const only = provincesOnly(points, context);
    points = only.kept;
    warnings.push(...only.warnings);
  }
  const groups = new Map<string, Market>();
  for (const p of points) {
    if (byCategory && p.category === undefined) {
      throw new InvalidInput(
        `${input.label} mixes rows with and without a category (${p.region} ${p.period}); filter with region=… or period=….`,
        "shares",
      );
    }
    const key = byCategory ? `${p.region}\u0000${p.period}` : p.period;
    let market = groups.get(key);
    if (!market) {
      market = { period: p.period, ...(byCategory ? { region: p.region } : {}), shares: [] };
      groups.set(key, market);
    }
    const id = byCategory ? (p.category as string) : p.region;
    if (market.shares.some((s) => s.id === id)) {
      throw new InvalidInput(`${input.label} has two values for ${id} in ${p.period}.`, "shares");
    }
    market.shares.push({ id, share: p.value });
  }
  const markets: Market[] = [];
  for (const m of [...groups.values()].sort(
    (a, b) => comparePeriods(a.period, b.period) || (a.region ?? "").localeCompare(b.region ?? ""),
  )) {
    // A row for several firms together ("Alipay + Tenpay (combined)") is not one firm's share: squaring it
    // would overstate concentration, so such a market-period is left out rather than guessed.
    const combined = m.shares.find((s) => COMBINED.test(s.id));
    if (combined) {
      const where = m.region ? `${m.region} ${m.period}` : m.period;
      warnings.push({
        zh: `${where}：“${combined.id}”是多家企业的合计份额，无法计算集中度，该期已略去。`,
        en: `Left out ${where}: "${combined.id}" is the combined share of several firms, not one firm's share.`,
      });
      continue;
    }
    markets.push(m);
  }
  if (from === "values") {
    for (const m of markets) {
      const total = m.shares.reduce((s, x) => s + x.share, 0);
      if (m.shares.some((s) => s.share < 0) || !(total > 0)) {
        throw new InvalidInput(
          `from=values needs non-negative amounts with a positive total; ${m.period} has a total of ${total}.`,
          "shares",
        );
      }
      m.shares = m.shares.map((s) => ({ id: s.id, share: (100 * s.share) / total }));
    }
  }
  return { markets, warnings };
}
