/**
 * @module `internet-users`: China's internet users and penetration from CNNIC's half-yearly reports.
 * Source: `china/cnnic_internet_users.csv` (one row per report period, values transcribed from stored pages).
 */
import type { ObservationStatus } from "../../schemas";
import { onDomain, sourceHosts, withFlags } from "../lib/flags";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

/** Raw column → published measure. */
const COLUMNS = {
  internet_users_million: "internet_users",
  penetration_pct: "penetration_pct",
  rural_users_million: "rural_users",
  rural_penetration_pct: "rural_penetration_pct",
  urban_penetration_pct: "urban_penetration_pct",
  rural_share_of_users_pct: "rural_share_of_users_pct",
} as const;

/**
 * Values the source printed rounded or truncated, as listed in the caveats of `china/SOURCES.md`
 * ("Some values are rounded in the source: 2007-12 16%, 2009-12 rural 15%, 2010-12 34%, 2016 rural share ≈27%";
 * "2022-12 users appear as '1.06 billion'").
 */
const ROUNDED: ReadonlyArray<readonly [period: string, measure: string]> = [
  ["2007-12", "penetration_pct"],
  ["2009-12", "rural_penetration_pct"],
  ["2010-12", "penetration_pct"],
  ["2016-06", "rural_share_of_users_pct"],
  ["2016-12", "rural_share_of_users_pct"],
  ["2022-12", "internet_users"],
];

/**
 * Rural measures whose definition changes at these reports (`china/SOURCES.md`: "CNNIC's rural definitions and
 * weights change between reports"): rural users fall 309 → 297 → 284 million from 2020-12 to 2021-12 while all
 * users rise, and rural penetration goes 55.9 → 59.2 → 57.6 %. Flagged `break` from 1.0.1.
 */
const RURAL_BREAKS = new Set(["2021-06", "2021-12"]);
const RURAL_MEASURES = new Set(["rural_users", "rural_penetration_pct", "rural_share_of_users_pct"]);

/**
 * Values are read from news pages and reposts, not from CNNIC (`secondary` from 1.0.1), except the national total
 * and penetration of the one row that cites CNNIC's own English press release (its note says which values).
 */
function fromCnnic(row: DataRow): boolean {
  const official = sourceHosts(row.source).some((h) => onDomain(h, "cnnic.com.cn") || onDomain(h, "cnnic.cn"));
  return official && (row.measure === "internet_users" || row.measure === "penetration_pct");
}

/** Converter of the CNNIC national internet-user series. */
export const internetUsers: Converter = {
  id: "internet-users",
  rawFiles: ["china/cnnic_internet_users.csv"],
  convert(raw) {
    const rows: DataRow[] = [];
    raw.csv("china/cnnic_internet_users.csv").forEach((r, i) => {
      for (const [column, measure] of Object.entries(COLUMNS)) {
        const value = rawNumber(r[column], `cnnic_internet_users.csv row ${i + 2} ${column}`);
        if (value === undefined) continue;
        const rounded = ROUNDED.some(([p, m]) => p === r.period && m === measure);
        const status: ObservationStatus | undefined = rounded ? "rounded" : undefined;
        const note = [`CNNIC ${r.cnnic_report} report`, r.note].filter(Boolean).join("; ");
        rows.push({ region: "CN", period: r.period, measure, value, status, note, source: r.source_urls });
      }
    });
    const flagged = rows.map((row) =>
      withFlags(
        row,
        RURAL_MEASURES.has(String(row.measure)) && RURAL_BREAKS.has(String(row.period)) && "break",
        !fromCnnic(row) && "secondary",
      ),
    );
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: flagged },
    ];
  },
};
