/**
 * @module `national-income-urban-rural-points`: scattered national per-capita income points for urban, rural and
 * all residents, and urban/rural ratios, 1978–2022 — NOT a continuous series. Values from the old separate urban
 * and rural surveys (to 2014) carry status `old-method`. Source: `china/national_income_urban_rural_points.csv`.
 */
import type { ObservationStatus } from "../../schemas";
import { withFlags } from "../lib/flags";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/national_income_urban_rural_points.csv";

/**
 * Two printings exist for 2013 (a journal table to one decimal, the NBS release to the yuan), so each point names
 * the kind of publication it was read from in `category`.
 */
const JOURNAL = "journal table (SCIRP, citing NBS)";
const RELEASE = "NBS release as reported";

/** The rural column holds net income (纯收入) under the old survey and disposable income under the integrated one. */
function ruralMeasure(concept: string, where: string): string {
  if (concept.startsWith("net income")) return "rural_net_income";
  if (concept.startsWith("disposable income")) return "rural_disposable_income";
  throw new Error(`${where}: unknown rural income concept "${concept}"`);
}

function statusOf(caliber: string, where: string): ObservationStatus | undefined {
  if (caliber.startsWith("old")) return "old-method";
  if (caliber.startsWith("integrated")) return undefined;
  throw new Error(`${where}: unknown survey caliber "${caliber}"`);
}

/** Converter of the national urban/rural income points. */
export const nationalIncomeUrbanRuralPoints: Converter = {
  id: "national-income-urban-rural-points",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = [];
    raw.csv(FILE).forEach((r, i) => {
      const where = `national_income_urban_rural_points.csv row ${i + 2}`;
      const caliber = r.survey_caliber ?? "";
      const status = statusOf(caliber, where);
      const category = (r.source_urls ?? "").includes("scirp.org") ? JOURNAL : RELEASE;
      const noteFor = (measure: string) =>
        [caliber, measure.startsWith("rural_") ? r.rural_income_concept : "", r.note].filter(Boolean).join("; ");
      const cells: ReadonlyArray<readonly [column: string, measure: () => string]> = [
        ["all_residents_yuan", () => "all_disposable_income"],
        ["urban_yuan", () => "urban_disposable_income"],
        ["rural_yuan", () => ruralMeasure(r.rural_income_concept ?? "", where)],
        ["urban_rural_ratio", () => "urban_rural_ratio"],
      ];
      for (const [column, measure] of cells) {
        const value = rawNumber(r[column], `${where} ${column}`);
        if (value === undefined) continue;
        const id = measure();
        rows.push({ region: "CN", period: r.year, measure: id, category, value, status, note: noteFor(id), source: r.source_urls });
      }
    });
    // 1.0.1: `secondary` on every row — every value is read from a journal table citing NBS, a news report or a repost (URL per row).
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: rows.map((row) => withFlags(row, "secondary")) },
    ];
  },
};
