/**
 * @module `telecom-infrastructure`: MIIT digital-infrastructure points — base stations (all, 4G, 5G), fixed
 * broadband and fibre users, ports, optical cable, mobile users and traffic — nationally and by MIIT region, from
 * communiqués and monthly releases as reported by news pages. Points, not a continuous series.
 * Source: `china/telecom_infrastructure_miit_points.csv` (value, unit, page and quote per row).
 */
import type { LocalizedText, Measure, ObservationStatus } from "../../schemas";
import { shiftDecimal } from "../lib/decimal";
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, MIIT, officialLicence } from "./converter";

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

/** Converter of the MIIT telecom-infrastructure points. */
export const telecomInfrastructure: Converter = {
  id: "telecom-infrastructure",
  rawFiles: [FILE],
  convert(raw) {
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
      return { region, period, measure: id, value, status, note: notes.join("; "), source: r.source_url };
    });
    return {
      meta: {
        id: "telecom-infrastructure",
        title: { zh: "通信基础设施（工信部数据点）", en: "Telecom infrastructure in China (MIIT points)" },
        description: {
          zh: "工业和信息化部通信业统计公报及月度“通信业经济运行情况”中的数字基础设施数据点（经新闻报道转述）：5G/4G/全部移动基站、每万人5G基站数、固定宽带及千兆、光纤用户、宽带端口、10G PON 端口、光缆长度、移动电话及5G用户、移动互联网用户及流量；全国及工信部东、中、西、东北地区。是零散点位，不是连续序列。",
          en: "Digital-infrastructure points from MIIT's annual telecom communiqués and monthly 'telecom industry operation' releases, as reported by news pages: 5G, 4G and all mobile base stations, 5G base stations per 10,000 people, fixed broadband (incl. gigabit) and fibre subscribers, broadband ports, 10G PON ports, optical cable length, mobile phone and 5G subscribers, mobile internet users and traffic; national and by MIIT region (East, Central, West, Northeast). Points, not a continuous series.",
        },
        themes: ["digital-divide", "digital-economy"],
        kind: "observations",
        measures: MEASURES.map(([m]) => m),
        licence: officialLicence({
          zh: "来源：工业和信息化部",
          en: "Source: Ministry of Industry and Information Technology of China (MIIT)",
        }),
        sources: [
          {
            publisher: MIIT,
            title:
              "通信业统计公报 and 通信业经济运行情况 (monthly/quarterly), as reported by news pages and reposts; URL and quote per row",
            url: "https://www.miit.gov.cn/",
            rawFile: FILE,
            kind: "official-repost",
          },
        ],
        caveats: [
          {
            zh: "所有数值的发布者为工信部，但取自新闻转载页面（部分为低质量镜像站），逐行注明网址；使用前应与 miit.gov.cn 核对。",
            en: "MIIT publishes all values, but they were read from secondary pages (news reposts, some on low-quality mirror domains), URL per row; verify against miit.gov.cn before relying on one.",
          },
          {
            zh: "单位按来源保留（万个、亿户、亿GB 等）；同一指标混用万户和亿户时（光纤用户、5G 用户、千兆用户），亿户数值按10⁴精确换算为万户并标记 rounded。",
            en: "Units are kept as in the source (万个, 亿户, 亿GB …); where one indicator mixes 万户 and 亿户 (fibre, 5G and gigabit subscribers), the 亿户 values are converted exactly to 万户 by 10⁴ and marked 'rounded'.",
          },
          {
            zh: "“年初至今”流量（_ytd）是当年1月至该月的累计值，不是全年值；全年值以年份为期。",
            en: "Year-to-date traffic (_ytd measures) is cumulative from January to the period month, not annual; full-year values have a year as their period.",
          },
          {
            zh: "地区：CN-MIIT-EAST/CENTRAL/WEST/NORTHEAST 为工信部四大地区；2017—2018年光纤用户使用工信部旧的三地区划分（东、中、西，无单列东北），用相同代码但构成不同，见各行 note。工信部地区与国家统计局四大区域构成可能不同。",
            en: "Regions: CN-MIIT-EAST/CENTRAL/WEST/NORTHEAST are MIIT's four regions; fibre subscribers in 2017–2018 use MIIT's older three-region split (East, Central, West, no separate Northeast) under the same codes but a different composition (see each row's note). MIIT regions may not match the NBS four-region grouping.",
          },
          {
            zh: "2019—2020年用户数为三家基础电信企业；2023年起部分用户数含中国广电。2019年底5G基站为“超13万个”（下限）。未找到2020年底和2023年底的5G基站总数，也没有省级数值。",
            en: "2019–2020 counts are for the three basic telecom operators; from 2023 some user counts include China Broadnet. End-2019 5G base stations are 'more than 13 万' (a lower bound). End-2020 and end-2023 5G totals were not found, and there are no province-level values.",
          },
          {
            zh: "部分期别的年份由页面网址或发布日期推断（见 note）。",
            en: "For some points the year was inferred from the page URL or publication date (see note).",
          },
        ],
        keywords: ["5G", "基站", "宽带", "光纤", "broadband", "fibre", "MIIT", "工信部"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
