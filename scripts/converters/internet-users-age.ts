/**
 * @module `internet-users-age`: CNNIC age-structure points — users aged 60+ and their penetration (2021-12), and the
 * shares of users aged 50+ (2020-03, 2020-12) and 20–49 by band (2020-12). Not a series. Source:
 * `china/added-2026-12/cnnic_internet_users_age_points.csv` (reposts of the CNNIC reports, quoted text per row).
 */
import { rawNumber } from "../lib/raw";
import { ADDED } from "./added-2026-12";
import type { Converter, DataRow } from "./converter";

const FILE = `${ADDED}/cnnic_internet_users_age_points.csv`;

/** Raw indicator → published measure and the raw unit text its rows must carry. */
const MEASURES: Readonly<Record<string, readonly [measure: string, rawUnit: string]>> = {
  internet_users_aged_60_plus: ["internet_users_aged_60_plus", "100 million persons (亿人)"],
  internet_penetration_aged_60_plus: ["internet_penetration_aged_60_plus_pct", "% of population aged 60+"],
  share_of_internet_users_aged_50_plus: ["share_of_users_aged_50_plus_pct", "% of internet users"],
  share_of_internet_users_aged_20_29: ["share_of_users_aged_20_29_pct", "% of internet users"],
  share_of_internet_users_aged_30_39: ["share_of_users_aged_30_39_pct", "% of internet users"],
  share_of_internet_users_aged_40_49: ["share_of_users_aged_40_49_pct", "% of internet users"],
};

/** Converter of the CNNIC age-structure points. */
export const internetUsersAge: Converter = {
  id: "internet-users-age",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `cnnic_internet_users_age_points.csv row ${i + 2}`;
      const [measure, rawUnit] = MEASURES[r.indicator ?? ""] ?? [];
      if (!measure || rawUnit !== r.unit) throw new Error(`${where}: unexpected indicator ${r.indicator} in unit "${r.unit}"`);
      if (r.iso_3166_1 !== "CN") throw new Error(`${where}: unexpected region ${r.iso_3166_1}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: "CN", period: r.period, measure, value, status: "secondary", note: r.note || undefined, source: r.source_url };
    });
    return [{ version: "1.0.0", rows }];
  },
};
