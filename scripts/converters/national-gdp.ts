/**
 * @module `national-gdp`: China's GDP, GNI, per-capita GDP and value added of the three industries, 2015–2024.
 * Source: `china/national_gdp_by_industry_nbs.csv` (NBS data-portal export, post-5th-census vintage).
 */
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/national_gdp_by_industry_nbs.csv";

/** Raw indicator → published measure id (its metadata is `dataset.json`). */
const MEASURE_OF = new Map([
  ["gdp", "gdp"],
  ["gni", "gni"],
  ["gdp_per_capita", "gdp_per_capita"],
  ["va_primary", "primary"],
  ["va_secondary", "secondary"],
  ["va_tertiary", "tertiary"],
]);

/** Converter of national GDP by industry. */
export const nationalGdp: Converter = {
  id: "national-gdp",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `national_gdp_by_industry_nbs.csv row ${i + 2}`;
      const measure = MEASURE_OF.get(r.indicator ?? "");
      if (!measure) throw new Error(`${where}: unexpected indicator ${r.indicator}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: "CN", period: r.year, measure, value };
    });
    return [{ version: "1.0.0", rows }];
  },
};
