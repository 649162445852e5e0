/**
 * @module `province-health-resources`: provincial health resources in two vintages — 2013 ratios per 10,000
 * population (institutions, health technical personnel, beds; from a BMC journal article) and 1999 absolute counts
 * of health personnel (China Statistical Yearbook 2000). Source: `china/health_resources_province_pages.csv`
 * (transcribed from stored pages; quote and URL per row).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/health_resources_province_pages.csv";

const PER_10K_RAW = "per 10,000 population (unit not printed in the table; see note)";

/** Published measure id → the raw unit text its rows must carry (its metadata is `dataset.json`). */
const UNIT_OF = new Map([
  ["population", "10,000 persons"],
  ["health_care_institutions_per_10k_pop", PER_10K_RAW],
  ["health_technical_personnel_per_10k_pop", PER_10K_RAW],
  ["beds_in_health_care_institutions_per_10k_pop", PER_10K_RAW],
  ["persons_engaged_in_health_institutions", "10,000 persons"],
  ["medical_technical_personnel", "10,000 persons"],
  ["doctors", "10,000 persons"],
  ["physicians_subset_of_doctors", "10,000 persons"],
  ["senior_and_junior_nurses", "10,000 persons"],
]);

/** Converter of the provincial health-resource tables. */
export const provinceHealthResources: Converter = {
  id: "province-health-resources",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `health_resources_province_pages.csv row ${i + 2}`;
      const measure = r.indicator ?? "";
      if (UNIT_OF.get(measure) !== r.unit) throw new Error(`${where}: indicator ${measure} in "${r.unit}" is not declared`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const region = r.gb_code === "00" && r.iso_3166_2 === "CN" ? "CN" : checkedProvince(codes, r.iso_3166_2, where);
      const note = [`${r.source_table}; name in source: ${r.name_in_source}`, r.note].filter(Boolean).join("; ");
      return { region, period: r.year, measure, value, note, source: r.source_url };
    });
    return [{ version: "1.0.0", rows }];
  },
};
