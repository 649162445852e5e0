/**
 * @module `national-gini`: the NBS Gini coefficient of per-capita disposable income, with its real history.
 * Version 1.0.0 is `china/national_gini_nbs.csv` alone (2003–2016, 2019, 2020, from stored pages, some of them
 * forum reposts); 1.1.0 adds the years the NBS data-portal export `china/national_gini_nbs_portal.csv` fills
 * (2017, 2018, 2021–2024). Both versions stay listed so that the conversion reproduces both.
 */
import type { ObservationStatus } from "../../schemas";
import { withFlags } from "../lib/flags";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const PAGES = "china/national_gini_nbs.csv";
const PORTAL = "china/national_gini_nbs_portal.csv";

/**
 * 2003–2012 were back-calculated from the old separate urban and rural household surveys; the integrated
 * household survey starts in 2013 (`china/SOURCES.md`), so 2013 is the first value after the break.
 */
function statusOf(year: number): ObservationStatus | undefined {
  if (year <= 2012) return "old-method";
  if (year === 2013) return "break";
  return undefined;
}

/** Converter of the national Gini coefficient (two versions). */
export const nationalGini: Converter = {
  id: "national-gini",
  rawFiles: [PAGES, PORTAL],
  convert(raw) {
    const first: DataRow[] = raw.csv(PAGES).map((r, i) => {
      const where = `national_gini_nbs.csv row ${i + 2}`;
      const value = rawNumber(r.gini_disposable_income, `${where} gini_disposable_income`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return {
        region: "CN",
        period: r.year,
        measure: "gini",
        value,
        status: statusOf(Number(r.year)),
        note: r.note || undefined,
        source: r.source_urls,
      };
    });
    const published = new Map(first.map((row) => [row.period, row.value]));
    const added: DataRow[] = [];
    raw.csv(PORTAL).forEach((r, i) => {
      const where = `national_gini_nbs_portal.csv row ${i + 2}`;
      const value = rawNumber(r.gini_disposable_income, `${where} gini_disposable_income`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const earlier = published.get(r.year);
      // The portal repeats four years of 1.0.0; a disagreement would be a correction (a PATCH), not an addition.
      if (earlier !== undefined) {
        if (earlier !== value) throw new Error(`${where}: ${r.year} is ${value} in the portal but ${earlier} in 1.0.0`);
        return;
      }
      added.push({
        region: "CN",
        period: r.year,
        measure: "gini",
        value,
        status: statusOf(Number(r.year)),
        note: `NBS data-portal export ${r.source_file}; ${r.note}`,
        source: `GitHub ${r.source_repo} @ ${r.source_commit}`,
      });
    });
    // 1.1.1: the rows read from stored pages (press reports, a journal page, forum reposts: 2003–2016, 2019, 2020) are
    // `secondary`; the rows from the NBS data-portal export are not.
    const pages = new Set(first);
    return [
      { version: "1.0.0", rows: first },
      { version: "1.1.0", rows: [...first, ...added] },
      { version: "1.1.1", rows: [...first, ...added].map((row) => (pages.has(row) ? withFlags(row, "secondary") : row)) },
    ];
  },
};
