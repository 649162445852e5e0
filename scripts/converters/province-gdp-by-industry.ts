/**
 * @module `province-gdp-by-industry`: gross regional product, value added of the three industries and of the NBS
 * sectors, and per-capita GRP, 31 provinces × 2019–2024. Source: `china/province_gdp_by_industry_nbs.csv`
 * (one NBS data-portal export per year, post-5th-census vintage).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/province_gdp_by_industry_nbs.csv";

/** Raw indicator → published measure id (its metadata is `dataset.json`). */
const MEASURE_OF = new Map([
  ["gdp_current_prices", "gdp"],
  ["va_primary_industry", "primary"],
  ["va_secondary_industry", "secondary"],
  ["va_tertiary_industry", "tertiary"],
  ["va_agriculture_forestry_animal_husbandry_fishery", "agriculture_forestry_animal_husbandry_fishery"],
  ["va_industry", "industry"],
  ["va_construction", "construction"],
  ["va_wholesale_retail", "wholesale_retail"],
  ["va_transport_storage_post", "transport_storage_post"],
  ["va_accommodation_catering", "accommodation_catering"],
  ["va_finance", "finance"],
  ["va_real_estate", "real_estate"],
  ["va_other_services", "other_services"],
  ["gdp_per_capita", "gdp_per_capita"],
]);

/** Converter of provincial GDP by industry and sector. */
export const provinceGdpByIndustry: Converter = {
  id: "province-gdp-by-industry",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_gdp_by_industry_nbs.csv row ${i + 2}`;
      const measure = MEASURE_OF.get(r.indicator ?? "");
      if (!measure) throw new Error(`${where}: unexpected indicator ${r.indicator}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: checkedProvince(codes, r.iso_3166_2, where), period: r.year, measure, value };
    });
    return [{ version: "1.0.0", rows }];
  },
};
