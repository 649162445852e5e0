/**
 * @module `online-retail`: national online retail sales, online retail sales of physical goods and their share of
 * total retail sales of consumer goods, for the years and half-years found (2018-H1 to 2023).
 * Source: `china/online_retail_sales.csv` (transcribed from stored pages; quote and URL per row).
 */
import type { ObservationStatus } from "../../schemas";
import { shiftDecimal } from "../lib/decimal";
import { withFlags } from "../lib/flags";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/online_retail_sales.csv";

/**
 * The sources print some amounts in 万亿元 and others in 亿元. Everything is published in 亿元: a 万亿元 value is
 * multiplied by exactly 10^4 by moving its decimal point (1 万亿 = 10^4 亿), and marked `rounded` because the
 * source gave it only to 0.01 万亿 (100 亿).
 */
const TO_YI_YUAN: Record<string, number> = { "100 million yuan": 0, "trillion yuan": 4 };

/** Amount columns with their unit column, and plain columns, → measure. */
const AMOUNTS = [
  ["online_retail_sales", "online_retail_sales_unit", "online_retail_sales"],
  ["physical_goods_online_retail", "physical_goods_online_retail_unit", "physical_goods_online_sales"],
] as const;
const PLAIN = [
  ["online_retail_growth_pct", "online_retail_growth_pct"],
  ["physical_goods_growth_pct", "physical_goods_growth_pct"],
  ["physical_goods_share_of_total_retail_pct", "physical_goods_share_pct"],
  ["total_retail_sales_consumer_goods_100m_yuan", "total_retail_sales"],
] as const;

/** Converter of the online retail series. */
export const onlineRetail: Converter = {
  id: "online-retail",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = [];
    raw.csv(FILE).forEach((r, i) => {
      const where = `online_retail_sales.csv row ${i + 2}`;
      const period = r.period ?? "";
      const base = { region: "CN", period, source: r.source_urls };
      for (const [column, unitColumn, measure] of AMOUNTS) {
        const text = r[column] ?? "";
        if (text === "") continue;
        const shift = TO_YI_YUAN[r[unitColumn] ?? ""];
        if (shift === undefined) throw new Error(`${where}: unknown unit "${r[unitColumn]}" in ${unitColumn}`);
        const value = shift === 0 ? rawNumber(text, `${where} ${column}`) : shiftDecimal(text, shift);
        const status: ObservationStatus | undefined = shift === 0 ? undefined : "rounded";
        const converted = shift === 0 ? "" : `source prints ${text} 万亿元 (trillion yuan); × 10^4 to 亿元`;
        rows.push({ ...base, measure, value, status, note: [converted, r.note].filter(Boolean).join("; ") || undefined });
      }
      for (const [column, measure] of PLAIN) {
        const value = rawNumber(r[column], `${where} ${column}`);
        if (value === undefined) continue;
        rows.push({ ...base, measure, value, note: r.note || undefined });
      }
    });
    // 1.0.1: `secondary` on every row — every value is read from a repost, mirror or consultancy summary of NBS and MOFCOM releases (URL per row), none from the publishers' own sites.
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: rows.map((row) => withFlags(row, "secondary")) },
    ];
  },
};
