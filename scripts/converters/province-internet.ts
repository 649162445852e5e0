/**
 * @module `province-internet`: CNNIC's provincial netizens, internet penetration and growth of netizens, December of
 * 2007–2016 (plus four transcribed 2003 penetration points and the national rows the table prints for 2011–2016).
 * Source: `china/province_internet_cnnic.csv` (CNNIC's table keyed into CSV by a third party; value per row).
 */

import { withFlags } from "../lib/flags";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/province_internet_cnnic.csv";

/** Raw measure and its unit text → published measure. */
const MEASURES: Record<string, readonly [measure: string, rawUnit: string]> = {
  internet_users: ["internet_users", "10,000 persons (万人)"],
  internet_penetration: ["internet_penetration_pct", "percent of population"],
  internet_users_growth: ["internet_users_growth_pct", "percent, change on previous December"],
};

/** Converter of CNNIC's provincial internet table. */
export const provinceInternet: Converter = {
  id: "province-internet",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_internet_cnnic.csv row ${i + 2}`;
      const [measure, rawUnit] = MEASURES[r.measure ?? ""] ?? [];
      if (!measure || rawUnit !== r.unit) throw new Error(`${where}: unexpected measure ${r.measure} in unit "${r.unit}"`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const region = r.iso_3166_2 === "CN" ? "CN" : checkedProvince(codes, r.iso_3166_2, where);
      const note = [r.note, r.crosscheck && `cross-check: ${r.crosscheck}`].filter(Boolean).join("; ");
      return { region, period: r.period, measure, value, note: note || undefined, source: (r.source ?? "").replace(/^page /, "") };
    });
    // 1.0.1: every row is `secondary;transcribed` — the CNNIC table was keyed into CSV by a third party (a course
    // dataset), and the four 2003 points were transcribed from a mirror page (`china/SOURCES.md`).
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: rows.map((row) => withFlags(row, "secondary", "transcribed")) },
    ];
  },
};
