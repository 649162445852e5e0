/**
 * @module `platform-market-shares`: market shares of leading platforms in China — payments, online retail, mobile
 * shopping, food delivery, ride hailing, search — one measure per market, the platform in `category`. Almost all
 * are private estimates (consultancies, web-analytics panels), so every row has status `estimate`.
 * Sources: `china/platform_market_shares_pages.csv` and `china/platform_market_share_points.csv`.
 */
import { withFlags } from "../lib/flags";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const PAGES = "china/platform_market_shares_pages.csv";
const POINTS = "china/platform_market_share_points.csv";

/** Raw market → published measure id (its metadata is `dataset.json`). */
const MEASURE_OF = new Map([
  ["third_party_mobile_payment", "mobile_payment_share_pct"],
  ["third_party_internet_payment_pc", "internet_payment_pc_share_pct"],
  ["online_retail_B2C", "b2c_online_retail_share_pct"],
  ["mobile_shopping", "mobile_shopping_share_pct"],
  ["online_food_delivery", "food_delivery_share_pct"],
  ["ride_hailing_private_car", "private_car_hailing_share_pct"],
  ["ride_hailing", "ride_hailing_share_pct"],
  ["search_engine_all_platforms", "search_all_platforms_share_pct"],
  ["search_engine_desktop", "search_desktop_share_pct"],
  ["search_engine_usage", "search_usage_share_pct"],
]);

/** Market periods as the pages print them → schema periods (2014Q3 → 2014-Q3, 2015H1 → 2015-H1). */
function periodOf(text: string, where: string): { period: string; note?: string } {
  const quarter = /^(\d{4})([QH][1-4])$/.exec(text);
  if (quarter) return { period: `${quarter[1]}-${quarter[2]}` };
  if (/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text)) return { period: text };
  const report = /^(\d{4}) \((report of \d{4}-\d{2})\)$/.exec(text);
  if (report?.[1]) return { period: report[1], note: report[2] };
  throw new Error(`${where}: unreadable period "${text}"`);
}

/** Converter of the platform market shares. */
export const platformMarketShares: Converter = {
  id: "platform-market-shares",
  rawFiles: [PAGES, POINTS],
  convert(raw) {
    const rows: DataRow[] = raw.csv(PAGES).map((r, i) => {
      const where = `platform_market_shares_pages.csv row ${i + 2}`;
      const measure = MEASURE_OF.get(r.market ?? "");
      if (!measure) throw new Error(`${where}: unknown market ${r.market}`);
      const value = rawNumber(r.share_pct, `${where} share_pct`);
      if (value === undefined) throw new Error(`${where}: empty share`);
      const { period, note: periodNote } = periodOf(r.period ?? "", where);
      const note = [
        `${r.original_publisher} (${r.publisher_type})`,
        `as reported by ${r.as_reported_by}`,
        r.qualifier && `qualifier: ${r.qualifier}`,
        `basis: ${r.share_basis}`,
        `set: ${r.set_completeness}`,
        periodNote,
        r.note,
      ].filter(Boolean);
      return {
        region: "CN",
        period,
        measure,
        category: r.platform,
        value,
        status: "estimate",
        note: note.join("; "),
        source: r.source_url,
      };
    });
    raw.csv(POINTS).forEach((r, i) => {
      const where = `platform_market_share_points.csv row ${i + 2}`;
      for (const [column, measure] of [
        ["share_of_online_retail_pct", "online_retail_share_pct"],
        ["change_pp_vs_prev_year", "online_retail_share_change_pp"],
      ] as const) {
        const value = rawNumber(r[column], `${where} ${column}`);
        if (value === undefined) continue;
        rows.push({
          region: "CN",
          period: r.year,
          measure,
          category: r.platform,
          value,
          status: "estimate",
          note: r.note,
          source: r.source_urls,
        });
      }
    });
    // 1.0.1: `secondary` on every row — every share is read from a page reporting a consultancy, web-analytics or press figure (URL per row).
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: rows.map((row) => withFlags(row, "secondary")) },
    ];
  },
};
