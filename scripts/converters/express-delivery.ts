/**
 * @module `express-delivery`: express parcels from the State Post Bureau — national volume and growth (2022, 2023)
 * and the split by the SPB's three belts (East/Central/West: volume, revenue, shares and growth), plus the combined
 * Guangdong + Zhejiang volume for 2022. Sources: `china/express_delivery_spb.csv` and
 * `china/express_delivery_by_region_spb.csv` (transcribed from stored pages; quote and URL per row).
 */

import { withFlags } from "../lib/flags";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const NATIONAL = "china/express_delivery_spb.csv";
const BY_REGION = "china/express_delivery_by_region_spb.csv";

/** SPB belts → agreed region codes. */
const BELTS: Record<string, string> = { East: "CN-SPB-EAST", Central: "CN-SPB-CENTRAL", West: "CN-SPB-WEST" };

/** Raw indicator and unit text → measure (belts and the nation share the measure ids). */
const INDICATORS: Record<string, readonly [measure: string, rawUnit: string]> = {
  express_volume: ["parcels", "100 million pieces (亿件)"],
  express_volume_share_pct: ["parcels_share_pct", "percent of national express parcels"],
  express_volume_growth_pct: ["parcels_growth_pct", "percent, year on year"],
  express_revenue: ["revenue", "100 million yuan (亿元)"],
  express_revenue_share_pct: ["revenue_share_pct", "percent of national express revenue"],
  express_revenue_growth_pct: ["revenue_growth_pct", "percent, year on year"],
};

/**
 * Guangdong + Zhejiang is a sum of two provinces that has no region code of its own; it is published for China as
 * separate measures so that it can never be mistaken for the national total.
 */
const TWO_PROVINCES = "Guangdong+Zhejiang";

/** Converter of the express-delivery figures. */
export const expressDelivery: Converter = {
  id: "express-delivery",
  rawFiles: [NATIONAL, BY_REGION],
  convert(raw) {
    const rows: DataRow[] = [];
    raw.csv(NATIONAL).forEach((r, i) => {
      const where = `express_delivery_spb.csv row ${i + 2}`;
      for (const [column, measure] of [
        ["express_parcels_100m_pieces", "parcels"],
        ["growth_pct", "parcels_growth_pct"],
      ] as const) {
        const value = rawNumber(r[column], `${where} ${column}`);
        if (value === undefined) continue;
        rows.push({ region: "CN", period: r.year, measure, value, note: r.note || undefined, source: r.source_urls });
      }
    });
    raw.csv(BY_REGION).forEach((r, i) => {
      const where = `express_delivery_by_region_spb.csv row ${i + 2}`;
      const [measure, rawUnit] = INDICATORS[r.indicator ?? ""] ?? [];
      if (!measure || rawUnit !== r.unit) throw new Error(`${where}: indicator ${r.indicator} in "${r.unit}" is not declared`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const belt = BELTS[r.region ?? ""];
      if (!belt && r.region !== TWO_PROVINCES) throw new Error(`${where}: unknown region ${r.region}`);
      const region = belt ?? "CN";
      const id = belt ? measure : `guangdong_zhejiang_${measure}`;
      rows.push({ region, period: r.year, measure: id, value, note: r.note || undefined, source: r.source_urls });
    });
    // 1.0.1: `secondary` on every row — every value is read from a repost or news report of State Post Bureau figures (URL per row).
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: rows.map((row) => withFlags(row, "secondary")) },
    ];
  },
};
