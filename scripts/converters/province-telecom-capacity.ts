/**
 * @module `province-telecom-capacity`: NBS provincial main telecom capacity (电信主要通信能力) — optical cable
 * length, long-distance optical cable, mobile switch capacity (2016–2024), local office switch capacity (2016–2020),
 * fixed long-distance switch capacity (2016–2019), 31 provinces. Source:
 * `china/added-2026-12/province_telecom_capacity_nbs.csv` (values read from the raw JSON the NBS portal returned).
 */
import type { DatasetMeta, Measure } from "../../schemas";
import { ADDED, DECEMBER_RELEASE, readPortalFile } from "./added-2026-12";
import { type Converter, type DataRow, NBS, NBS_LICENCE } from "./converter";

const FILE = `${ADDED}/province_telecom_capacity_nbs.csv`;

/** The published measures, each with the raw unit text its rows must carry. */
const MEASURES: ReadonlyArray<readonly [measure: Measure, rawUnit: string]> = [
  [
    {
      id: "optical_cable_length",
      title: { zh: "光缆线路长度", en: "Optical cable line length" },
      unit: { zh: "公里", en: "kilometres" },
      definition: { zh: "年末数，2016—2024年。", en: "At year end, 2016–2024." },
      decimals: 2,
    },
    "kilometres (公里)",
  ],
  [
    {
      id: "long_distance_optical_cable_length",
      title: { zh: "长途光缆线路长度", en: "Long-distance optical cable line length" },
      unit: { zh: "万公里", en: "10,000 kilometres" },
      definition: {
        zh: "年末数，2016—2024年。注意单位为万公里，而光缆线路长度为公里。",
        en: "At year end, 2016–2024. Note the unit, 10,000 km, while optical cable line length is in km.",
      },
      decimals: 2,
    },
    "10,000 kilometres (万公里)",
  ],
  [
    {
      id: "mobile_switch_capacity",
      title: { zh: "移动电话交换机容量", en: "Mobile telephone switch capacity" },
      unit: { zh: "万户", en: "10,000 subscribers" },
      definition: { zh: "年末数，2016—2024年。", en: "At year end, 2016–2024." },
      decimals: 2,
    },
    "10,000 subscribers (万户)",
  ],
  [
    {
      id: "local_office_switch_capacity",
      title: { zh: "局用交换机容量", en: "Local office switch capacity" },
      unit: { zh: "万门", en: "10,000 lines" },
      definition: { zh: "年末数，仅2016—2020年。", en: "At year end, 2016–2020 only." },
      decimals: 2,
    },
    "10,000 lines (万门)",
  ],
  [
    {
      id: "fixed_long_distance_switch_capacity",
      title: { zh: "固定长途电话交换机容量", en: "Fixed long-distance telephone switch capacity" },
      unit: { zh: "万路端", en: "10,000 circuit ends" },
      definition: {
        zh: "年末数，仅2016—2019年；西藏2017年为0.00（来源如此）。",
        en: "At year end, 2016–2019 only; Tibet 2017 is 0.00 in the source.",
      },
      decimals: 2,
    },
    "10,000 circuit ends (万路端)",
  ],
];

/** The dataset's metadata, kept apart from the rows (the `truth` branch moves it into a data file). */
const META: DatasetMeta = {
  id: "province-telecom-capacity",
  title: { zh: "分省电信主要通信能力", en: "Main telecom capacity by province (NBS)" },
  description: {
    zh: "国家统计局分省年度数据“电信主要通信能力”：31个省级行政区光缆线路长度、长途光缆线路长度、移动电话交换机容量（2016—2024年），局用交换机容量（2016—2020年），固定长途电话交换机容量（2016—2019年）。",
    en: "NBS provincial annual data 'main telecom capacity' for the 31 provincial-level divisions: optical cable line length, long-distance optical cable and mobile switch capacity (2016–2024), local office switch capacity (2016–2020) and fixed long-distance switch capacity (2016–2019).",
  },
  themes: ["digital-divide", "digital-economy"],
  kind: "observations",
  measures: MEASURES.map(([m]) => m),
  licence: NBS_LICENCE,
  sources: [
    {
      publisher: NBS,
      title:
        "国家统计局 分省年度数据 → 电信主要通信能力 (data.stats.gov.cn; raw JSON the portal returned, saved as 分省电信主要通行能力_多年期_原始抓取.csv). Understood to be MIIT administrative data compiled by the NBS.",
      repository: "lanyuanzhe1/tongjimodule",
      path: "data/0412/分省电信主要通行能力_多年期_原始抓取.csv",
      commit: "d36519a27a58f36a455ef911421ee0280f669aa9",
      rawFile: FILE,
      kind: "official",
    },
  ],
  caveats: [
    {
      zh: "原始文件把这些年末存量标为全年流量（full_year_flow）；通信能力是年末数，本数据集按年末数说明。",
      en: "The raw file labels these year-end stocks as full-year flows; capacities are year-end figures and are documented as such here.",
    },
    {
      zh: "核对有限：除逐值与数据库返回的 JSON 相符外，只核对了光缆线路长度——各省合计2017年末3780.1万公里、2018年末4316.8万公里，夹住工信部2018年年中全国4024万公里。其余指标未另行核实。",
      en: "Thinly checked: beyond value-by-value equality with the portal's JSON, only optical cable length was checked — the provincial sums, 3,780.1 万 km (end-2017) and 4,316.8 万 km (end-2018), bracket MIIT's mid-2018 national 4,024 万 km. The other measures were not otherwise verified.",
    },
    {
      zh: "局用交换机容量只到2020年，固定长途交换机容量只到2019年，之后数据库不再返回。数据库数值可能被修订。",
      en: "Local office switch capacity ends in 2020 and fixed long-distance switch capacity in 2019; the portal returns nothing later. Portal values may be revised.",
    },
    {
      zh: "抓取文件所在仓库未声明许可；数据原始发布者为国家统计局（工业和信息化部行政数据）。",
      en: "The repository holding the portal responses states no licence; the original publisher is the NBS (MIIT administrative data).",
    },
  ],
  keywords: ["光缆", "optical cable", "交换机", "telecom capacity", "province"],
};

/** Converter of the NBS provincial telecom capacity table. */
export const provinceTelecomCapacity: Converter = {
  id: META.id,
  rawFiles: [FILE],
  convert(raw) {
    const units = Object.fromEntries(MEASURES.map(([m, unit]) => [m.id, unit]));
    const rows: DataRow[] = readPortalFile(raw, FILE, units).map((c) => ({
      region: c.region,
      period: c.year,
      measure: c.indicator,
      value: c.value,
    }));
    return { meta: META, versions: [{ meta: DECEMBER_RELEASE, rows }] };
  },
};
