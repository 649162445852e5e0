/**
 * @module `national-household-income`: the NBS integrated household survey for all, urban and rural residents —
 * disposable income (mean, median, real growth, four sources), consumption, quintiles, the Gini coefficient, Engel
 * coefficients, and computers and mobile phones per 100 households — 2015–2024 (urban income also 2025).
 * Source: `china/national_household_income_nbs.csv` (NBS data-portal exports as kept in two GitHub repositories).
 */
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/national_household_income_nbs.csv";

/** The commit each repository named in `source_repo` was read at (`china/SOURCES.md`). */
const COMMITS: Record<string, string> = {
  "via-cmd/china-life-visualization": "71cf645426753cd0c4bbe8ef0b0fda3f316f2447",
  "kaisalife/Datavisualization": "f0ce1d1a9a2734373a65504d9061f41cad997b66",
};

const GROUPS = ["all", "urban", "rural"] as const;

const YUAN = "yuan per person per year (元)";
const QUINTILES = ["quintile1_low_income", "quintile2_lower_middle", "quintile3_middle", "quintile4_upper_middle", "quintile5_high_income"];

/** Each concept (the measure id before its `_all`/`_urban`/`_rural` suffix) with the raw unit its rows must carry. */
const CONCEPTS: ReadonlyArray<readonly [stem: string, rawUnit: string]> = [
  ["disposable_income_mean", YUAN],
  ["disposable_income_median", YUAN],
  ["disposable_income_real_growth_pct", "percent"],
  ["wage_income", YUAN],
  ["net_business_income", YUAN],
  ["net_property_income", YUAN],
  ["net_transfer_income", YUAN],
  ["consumption_expenditure", YUAN],
  ...QUINTILES.map((stem) => [stem, YUAN] as const),
  ["engel_coefficient_pct", "percent"],
  ["computers_per_100_households", "units per 100 households (台)"],
  ["mobile_phones_per_100_households", "units per 100 households (部)"],
];

/** Published measure id → the raw unit text its rows must carry (its metadata is `dataset.json`). */
const UNIT_OF = new Map<string, string>([
  ...CONCEPTS.flatMap(([stem, rawUnit]) => GROUPS.map((g) => [`${stem}_${g}`, rawUnit] as const)),
  ["gini_disposable_income", "coefficient (0-1)"],
]);

/** Converter of the national household-survey series. */
export const nationalHouseholdIncome: Converter = {
  id: "national-household-income",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `national_household_income_nbs.csv row ${i + 2}`;
      const measure = r.indicator ?? "";
      if (UNIT_OF.get(measure) !== r.unit)
        throw new Error(`${where}: indicator ${measure} with unit "${r.unit}" is not a declared measure`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const commit = COMMITS[r.source_repo ?? ""];
      if (!commit) throw new Error(`${where}: unknown source repository ${r.source_repo}`);
      return { region: "CN", period: r.year, measure, value, source: `GitHub ${r.source_repo} @ ${commit} : NBS export ${r.source_table}` };
    });
    return [{ version: "1.0.0", rows }];
  },
};
