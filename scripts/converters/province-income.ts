/**
 * @module `province-income`: per-capita disposable income and consumption expenditure of all residents, 31
 * provinces × 2016–2024. Source: `china/province_income_consumption_nbs.csv` (two NBS data-portal exports).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/province_income_consumption_nbs.csv";

/** Raw measure → published measure. */
const MEASURES: Record<string, string> = {
  disposable_income_per_capita_all_residents: "disposable_income",
  consumption_expenditure_per_capita_all_residents: "consumption_expenditure",
};

/** Converter of provincial all-resident income and consumption. */
export const provinceIncome: Converter = {
  id: "province-income",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_income_consumption_nbs.csv row ${i + 2}`;
      const measure = MEASURES[r.measure ?? ""];
      if (!measure) throw new Error(`${where}: unexpected measure ${r.measure}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: checkedProvince(codes, r.iso_3166_2, where), period: r.year, measure, value };
    });
    return [{ version: "1.0.0", rows }];
  },
};
