/**
 * @module `province-gdp`: gross regional product at current prices, 31 provinces × 2006–2024.
 * Source: `china/province_gdp_nbs.csv` (NBS data-portal export, post-5th-census vintage).
 */
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

/** Converter of provincial GDP. */
export const provinceGdp: Converter = {
  id: "province-gdp",
  rawFiles: ["china/province_gdp_nbs.csv"],
  convert(raw) {
    const rows: DataRow[] = raw.csv("china/province_gdp_nbs.csv").map((r, i) => {
      if (r.indicator !== "gdp_current_prices") throw new Error(`province_gdp_nbs.csv row ${i + 2}: unexpected indicator ${r.indicator}`);
      const value = rawNumber(r.value, `province_gdp_nbs.csv row ${i + 2} value`);
      if (value === undefined) throw new Error(`province_gdp_nbs.csv row ${i + 2}: empty value`);
      return { region: r.iso_3166_2, period: r.year, measure: "gdp", value };
    });
    return [{ version: "1.0.0", rows }];
  },
};
