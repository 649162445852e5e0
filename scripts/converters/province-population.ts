/**
 * @module `province-population`: year-end resident population of the 31 provinces, 2015–2024, the denominator for
 * provincial per-capita indicators. Source: `china/province_population_nbs.csv` (NBS data-portal export).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/province_population_nbs.csv";

/** Converter of provincial year-end resident population. */
export const provincePopulation: Converter = {
  id: "province-population",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_population_nbs.csv row ${i + 2}`;
      if (r.indicator !== "population_yearend_resident") throw new Error(`${where}: unexpected indicator ${r.indicator}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: checkedProvince(codes, r.iso_3166_2, where), period: r.year, measure: "population", value };
    });
    return [{ version: "1.0.0", rows }];
  },
};
