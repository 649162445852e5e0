/**
 * @module `telecom-infrastructure`: MIIT digital-infrastructure points — base stations (all, 4G, 5G), fixed
 * broadband and fibre users, ports, optical cable, mobile users and traffic — nationally and by MIIT region, from
 * communiqués and monthly releases as reported by news pages. Points, not a continuous series.
 * Source: `china/telecom_infrastructure_miit_points.csv` (value, unit, page and quote per row).
 */
import { comparePeriods, type DatasetMeta, type ObservationStatus } from "../../schemas";
import { shiftDecimal } from "../lib/decimal";
import { replaceFlag, withFlags } from "../lib/flags";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/telecom_infrastructure_miit_points.csv";

/** A unit as a power of ten of a base unit, so that 亿户 and 万户 can be told apart and converted exactly. */
interface Scaled {
  exponent: number;
  base: string;
}

/**
 * Unit → scale, keyed by the unit as the raw file prints it: "亿户 (100 million subscribers)", which is also a
 * published unit's zh and en text (`dataset.json`) written the same way. Each measure's unit is read from the
 * metadata, so the shift from a raw unit (e.g. 亿户) to the published one (万户) follows what is published.
 */
const UNITS: Record<string, Scaled> = {
  "亿户 (100 million subscribers)": { exponent: 8, base: "subscriber" },
  "万户 (10,000 subscribers)": { exponent: 4, base: "subscriber" },
  "万个 (10,000 units)": { exponent: 4, base: "unit" },
  "万个 (10,000 ports)": { exponent: 4, base: "port" },
  "亿个 (100 million ports)": { exponent: 8, base: "port" },
  "亿GB (100 million GB)": { exponent: 8, base: "GB" },
  "万公里 (10,000 km)": { exponent: 4, base: "km" },
  "个/万人 (per 10,000 people)": { exponent: 0, base: "per 10,000 people" },
};

/** Each published measure's scale and zh unit text, from the dataset's metadata. */
function publishedUnits(meta: DatasetMeta): Map<string, Scaled & { zh: string }> {
  return new Map(
    meta.measures.map((m) => {
      const scale = UNITS[`${m.unit.zh} (${m.unit.en})`];
      if (!scale) throw new Error(`dataset.json: measure ${m.id} has unit "${m.unit.en}", which has no known scale`);
      return [m.id, { ...scale, zh: m.unit.zh }];
    }),
  );
}

/** Raw region → region code (agreed scheme: CN, and CN-MIIT-* for MIIT's regional groupings). */
const REGIONS: Record<string, readonly [code: string, note?: string]> = {
  national: ["CN"],
  East: ["CN-MIIT-EAST"],
  Central: ["CN-MIIT-CENTRAL"],
  West: ["CN-MIIT-WEST"],
  Northeast: ["CN-MIIT-NORTHEAST"],
  "East (MIIT 3-region)": ["CN-MIIT-EAST", "MIIT three-region split (East/Central/West, no separate Northeast)"],
  "Central (MIIT 3-region)": ["CN-MIIT-CENTRAL", "MIIT three-region split (East/Central/West, no separate Northeast)"],
  "West (MIIT 3-region)": ["CN-MIIT-WEST", "MIIT three-region split (East/Central/West, no separate Northeast)"],
};

const THREE_REGION = new Set(Object.keys(REGIONS).filter((k) => k.endsWith("(MIIT 3-region)")));

/**
 * Version 1.0.1's flags. Every value is read from a news report or repost of MIIT figures (`secondary`,
 * `china/SOURCES.md`: "the pages are secondary"). MIIT's older three-region split (2017–2018) gives way to four
 * regions with a separate Northeast: the three-region rows are `old-method`, and each of East, Central and West
 * carries `break` at its first four-region observation. MIIT's "more than 13 万" 5G base stations (2019) is a
 * `lower-bound`, not a rounded figure.
 */
function flagged(rows: DataRow[], threeRegion: Set<DataRow>, lowerBound: Set<DataRow>): DataRow[] {
  const firstFour = new Map<string, string>();
  for (const row of rows) {
    const region = String(row.region);
    if (threeRegion.has(row) || region === "CN" || region === "CN-MIIT-NORTHEAST") continue;
    const seen = firstFour.get(region);
    if (seen === undefined || comparePeriods(String(row.period), seen) < 0) firstFour.set(region, String(row.period));
  }
  return rows.map((row) => {
    const out = withFlags(
      row,
      "secondary",
      threeRegion.has(row) && "old-method",
      !threeRegion.has(row) && firstFour.get(String(row.region)) === String(row.period) && "break",
    );
    return lowerBound.has(row) ? replaceFlag(out, "rounded", "lower-bound") : out;
  });
}

/** Converter of the MIIT telecom-infrastructure points. */
export const telecomInfrastructure: Converter = {
  id: "telecom-infrastructure",
  rawFiles: [FILE],
  convert(raw, meta) {
    const threeRegion = new Set<DataRow>();
    const lowerBound = new Set<DataRow>();
    const unitOf = publishedUnits(meta);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `telecom_infrastructure_miit_points.csv row ${i + 2}`;
      const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(r.period ?? "");
      if (!month) throw new Error(`${where}: period "${r.period}" is not YYYY-MM`);
      // A full-year flow is published as the year; a year-to-date flow is a separate measure at its end month.
      let period = r.period ?? "";
      let id = r.indicator ?? "";
      if (r.period_type === "full_year_flow") {
        if (month[2] !== "12") throw new Error(`${where}: a full-year flow must end in December`);
        period = month[1] ?? "";
      } else if (r.period_type === "cumulative_jan_to_period_end") id = `${id}_ytd`;
      else if (r.period_type !== "stock_at_period_end") throw new Error(`${where}: unknown period_type ${r.period_type}`);
      const unit = unitOf.get(id);
      const rawUnit = UNITS[r.unit ?? ""];
      if (!unit || !rawUnit || rawUnit.base !== unit.base || rawUnit.exponent < unit.exponent)
        throw new Error(`${where}: ${id} in "${r.unit}" does not fit a declared measure`);
      const [region, regionNote] = REGIONS[r.region ?? ""] ?? [];
      if (!region) throw new Error(`${where}: unknown region ${r.region}`);
      const shift = rawUnit.exponent - unit.exponent;
      const value = shift === 0 ? rawNumber(r.value, `${where} value`) : shiftDecimal(r.value ?? "", shift);
      if (value === undefined) throw new Error(`${where}: empty value`);
      let status: ObservationStatus | undefined;
      const notes = [`${r.publisher}, as reported by ${r.as_reported_by}`];
      if (shift > 0) {
        status = "rounded";
        notes.push(`source prints ${r.value} ${r.unit}; × 10^${shift} to ${unit.zh}`);
      }
      if (r.qualifier) {
        status = "rounded";
        notes.push(`qualifier: ${r.qualifier} (lower bound)`);
      }
      if (r.period_type === "cumulative_jan_to_period_end") notes.push(`cumulative January to ${period}`);
      notes.push(...[regionNote, r.note].filter((x): x is string => !!x));
      const row: DataRow = { region, period, measure: id, value, status, note: notes.join("; "), source: r.source_url };
      if (THREE_REGION.has(r.region ?? "")) threeRegion.add(row);
      if (r.qualifier) lowerBound.add(row);
      return row;
    });
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: flagged(rows, threeRegion, lowerBound) },
    ];
  },
};
