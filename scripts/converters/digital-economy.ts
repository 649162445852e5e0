/**
 * @module `digital-economy`: the size of China's digital economy and its share of GDP, with CAICT's split into
 * digital industrialization and industrial digitalization where reported, 2018–2023. CAICT research estimates
 * (2018 and 2020 from the Cyberspace Studies blue books), so every row has status `estimate`.
 * Source: `china/caict_digital_economy.csv` (transcribed from stored pages; quote and URL per row).
 */

import { withFlags } from "../lib/flags";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/caict_digital_economy.csv";

/** Raw column → measure. */
const COLUMNS = [
  ["digital_economy_trillion_yuan", "size"],
  ["share_of_gdp_pct", "share_of_gdp_pct"],
  ["digital_industrialization_trillion_yuan", "digital_industrialization"],
  ["industrial_digitalization_trillion_yuan", "industrial_digitalization"],
] as const;

/** Converter of the digital-economy estimates. */
export const digitalEconomy: Converter = {
  id: "digital-economy",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = [];
    raw.csv(FILE).forEach((r, i) => {
      const where = `caict_digital_economy.csv row ${i + 2}`;
      const note = [`as reported: ${r.publisher_as_reported}`, r.note].filter(Boolean).join("; ");
      for (const [column, measure] of COLUMNS) {
        const value = rawNumber(r[column], `${where} ${column}`);
        if (value === undefined) continue;
        rows.push({ region: "CN", period: r.year, measure, value, status: "estimate", note, source: r.source_urls });
      }
    });
    // 1.0.1: `secondary` on every row — every value is read from a news report or repost of CAICT and Cyberspace Studies figures (URL per row).
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: rows.map((row) => withFlags(row, "secondary")) },
    ];
  },
};
