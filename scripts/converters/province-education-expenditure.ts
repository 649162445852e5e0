/**
 * @module `province-education-expenditure`: local fiscal expenditure on education (地方财政教育支出), 31 provinces ×
 * 2009–2018. Source: `china/added-2026-12/province_education_expenditure_nbs_secondary.csv` — a student project's
 * copy of the NBS data-portal series, not the portal's own export: every row is flagged `secondary`.
 */
import { ADDED, readPortalFile } from "./added-2026-12";
import type { Converter, DataRow } from "./converter";

const FILE = `${ADDED}/province_education_expenditure_nbs_secondary.csv`;

/**
 * The note of a value equal to the same province's value in the adjacent year. SOURCES.md names the one case
 * (Tianjin 2010 and 2011, both 229.56): a year may have been duplicated when the copy was keyed or saved.
 */
const DUPLICATE_NOTE =
  "possible copy error: equal to the adjacent year's value in this secondary copy (one year may be duplicated); treat with suspicion until checked against the NBS";

/** Converter of the secondary copy of provincial education expenditure. */
export const provinceEducationExpenditure: Converter = {
  id: "province-education-expenditure",
  rawFiles: [FILE],
  convert(raw) {
    const cells = readPortalFile(raw, FILE, { local_fiscal_expenditure_education: "100 million yuan (亿元)" });
    const valueAt = new Map(cells.map((c) => [`${c.region}|${c.year}`, c.value]));
    const duplicated = (region: string, year: number, value: number) =>
      valueAt.get(`${region}|${year - 1}`) === value || valueAt.get(`${region}|${year + 1}`) === value;
    const rows: DataRow[] = cells.map((c) => ({
      region: c.region,
      period: c.year,
      measure: "local_fiscal_expenditure_education",
      value: c.value,
      status: "secondary",
      note: duplicated(c.region, Number(c.year), c.value) ? DUPLICATE_NOTE : undefined,
    }));
    return [{ version: "1.0.0", rows }];
  },
};
