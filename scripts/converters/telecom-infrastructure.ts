/**
 * @module `telecom-infrastructure`: MIIT digital-infrastructure points — base stations (all, 4G, 5G), fixed
 * broadband and fibre users, ports, optical cable, mobile users and traffic — nationally and by MIIT region, from
 * communiqués and monthly releases as reported by news pages. Points, not a continuous series.
 * Source: `china/telecom_infrastructure_miit_points.csv` (value, unit, page and quote per row).
 */
import { comparePeriods, type LocalizedText, type Measure, type ObservationStatus } from "../../schemas";
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

/** Raw unit text → scale. */
const RAW_UNITS: Record<string, Scaled> = {
  "亿户 (100 million subscribers)": { exponent: 8, base: "subscriber" },
  "万户 (10,000 subscribers)": { exponent: 4, base: "subscriber" },
  "万个 (10,000 units)": { exponent: 4, base: "unit" },
  "万个 (10,000 ports)": { exponent: 4, base: "port" },
  "亿个 (100 million ports)": { exponent: 8, base: "port" },
  "亿GB (100 million GB)": { exponent: 8, base: "GB" },
  "万公里 (10,000 km)": { exponent: 4, base: "km" },
  "个/万人 (per 10,000 people)": { exponent: 0, base: "per 10,000 people" },
};

/** Published units with their scale. */
const UNITS = {
  yiHu: { text: { zh: "亿户", en: "100 million subscribers" }, exponent: 8, base: "subscriber" },
  wanHu: { text: { zh: "万户", en: "10,000 subscribers" }, exponent: 4, base: "subscriber" },
  wanGe: { text: { zh: "万个", en: "10,000 units" }, exponent: 4, base: "unit" },
  wanPorts: { text: { zh: "万个", en: "10,000 ports" }, exponent: 4, base: "port" },
  yiPorts: { text: { zh: "亿个", en: "100 million ports" }, exponent: 8, base: "port" },
  yiGb: { text: { zh: "亿GB", en: "100 million GB" }, exponent: 8, base: "GB" },
  wanKm: { text: { zh: "万公里", en: "10,000 km" }, exponent: 4, base: "km" },
  per10k: { text: { zh: "个/万人", en: "per 10,000 people" }, exponent: 0, base: "per 10,000 people" },
} as const;
type Unit = (typeof UNITS)[keyof typeof UNITS];

const STOCK = { zh: "期末数。", en: "At the end of the period (month)." };
const YTD = {
  zh: "当年1月至期末月份的累计值（不是全年）。",
  en: "Cumulative from January to the end of the period month (year to date, not a full year).",
};
const CONVERTED = {
  zh: "来源混用万户与亿户；亿户数值已按10⁴精确换算为万户（移动小数点），并标记为 rounded（来源只精确到0.01亿户）。",
  en: "Sources mix 万户 and 亿户; values in 亿户 are converted exactly to 万户 by 10⁴ (moving the decimal point) and marked 'rounded' (the source is precise to 0.01 亿 only).",
};

const measure = (id: string, zh: string, en: string, unit: Unit, definition: LocalizedText, decimals?: number) =>
  [{ id, title: { zh, en }, unit: unit.text, definition, ...(decimals === undefined ? {} : { decimals }) }, unit] as const;

/** Every published measure with the unit its values are expressed in. */
const MEASURES: ReadonlyArray<readonly [Measure, Unit]> = [
  measure("base_stations_5g", "5G 基站数", "5G base stations", UNITS.wanGe, STOCK, 1),
  measure("base_stations_5g_new_in_year", "当年新建5G基站数", "5G base stations added in the year", UNITS.wanGe, {
    zh: "全年新增（净增）。",
    en: "Added (net) during the year.",
  }),
  measure("base_stations_5g_per_10k_people", "每万人拥有5G基站数", "5G base stations per 10,000 people", UNITS.per10k, STOCK),
  measure("base_stations_4g", "4G 基站数", "4G base stations", UNITS.wanGe, STOCK),
  measure("mobile_base_stations_total", "移动通信基站总数", "Mobile base stations, all", UNITS.wanGe, STOCK),
  measure("fixed_broadband_users", "固定互联网宽带接入用户", "Fixed broadband subscribers", UNITS.yiHu, STOCK, 2),
  measure(
    "fixed_broadband_users_100mbps_plus",
    "100Mbps及以上固定宽带用户",
    "Fixed broadband subscribers, 100 Mbps and above",
    UNITS.yiHu,
    STOCK,
    2,
  ),
  measure(
    "fixed_broadband_users_1000mbps_plus",
    "千兆及以上固定宽带用户",
    "Fixed broadband subscribers, 1000 Mbps and above",
    UNITS.wanHu,
    {
      zh: `期末数。${CONVERTED.zh}`,
      en: `At the end of the period. ${CONVERTED.en}`,
    },
  ),
  measure("ftth_fibre_users", "光纤接入（FTTH/O）用户", "Fibre (FTTH/O) subscribers", UNITS.wanHu, {
    zh: `期末数。${CONVERTED.zh}`,
    en: `At the end of the period. ${CONVERTED.en}`,
  }),
  measure("rural_broadband_users", "农村宽带用户", "Rural broadband subscribers", UNITS.yiHu, STOCK, 2),
  measure("broadband_access_ports_total", "互联网宽带接入端口", "Broadband access ports, all", UNITS.yiPorts, STOCK, 2),
  measure("broadband_access_ports_ftth", "光纤接入（FTTH/O）端口", "Fibre (FTTH/O) access ports", UNITS.yiPorts, STOCK, 2),
  measure("pon_10g_ports", "10G PON 端口", "10G PON ports", UNITS.wanPorts, STOCK),
  measure("optical_cable_length", "光缆线路总长度", "Optical cable length", UNITS.wanKm, STOCK),
  measure("mobile_phone_users", "移动电话用户", "Mobile phone subscribers", UNITS.yiHu, STOCK, 2),
  measure("mobile_phone_users_4g", "4G 用户", "4G subscribers", UNITS.yiHu, STOCK, 2),
  measure("mobile_phone_users_5g", "5G 移动电话用户", "5G mobile phone subscribers", UNITS.wanHu, {
    zh: `期末数。${CONVERTED.zh}`,
    en: `At the end of the period. ${CONVERTED.en}`,
  }),
  measure("mobile_internet_users", "移动互联网用户", "Mobile internet subscribers", UNITS.yiHu, STOCK, 2),
  measure("mobile_internet_traffic", "移动互联网接入流量（全年）", "Mobile internet traffic, full year", UNITS.yiGb, {
    zh: "全年累计。",
    en: "Full-year total.",
  }),
  measure("mobile_internet_traffic_ytd", "移动互联网接入流量（年初至今）", "Mobile internet traffic, year to date", UNITS.yiGb, YTD),
  measure("mobile_internet_traffic_via_phones", "通过手机上网的流量（全年）", "Mobile internet traffic via phones, full year", UNITS.yiGb, {
    zh: "全年累计。",
    en: "Full-year total.",
  }),
  measure(
    "mobile_internet_traffic_via_phones_ytd",
    "通过手机上网的流量（年初至今）",
    "Mobile internet traffic via phones, year to date",
    UNITS.yiGb,
    YTD,
  ),
];

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
  convert(raw) {
    const threeRegion = new Set<DataRow>();
    const lowerBound = new Set<DataRow>();
    const unitOf = new Map(MEASURES.map(([m, unit]) => [m.id, unit]));
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
      const rawUnit = RAW_UNITS[r.unit ?? ""];
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
        notes.push(`source prints ${r.value} ${r.unit}; × 10^${shift} to ${unit.text.zh}`);
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
