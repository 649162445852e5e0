/**
 * @module `province-telecom-capacity`: NBS provincial main telecom capacity (电信主要通信能力) — optical cable
 * length, long-distance optical cable, mobile switch capacity (2016–2024), local office switch capacity (2016–2020),
 * fixed long-distance switch capacity (2016–2019), 31 provinces. Source:
 * `china/added-2026-12/province_telecom_capacity_nbs.csv` (values read from the raw JSON the NBS portal returned).
 */
import type { Measure } from "../../schemas";
import { ADDED, readPortalFile } from "./added-2026-12";
import type { Converter, DataRow } from "./converter";

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

/** Converter of the NBS provincial telecom capacity table. */
export const provinceTelecomCapacity: Converter = {
  id: "province-telecom-capacity",
  rawFiles: [FILE],
  convert(raw) {
    const units = Object.fromEntries(MEASURES.map(([m, unit]) => [m.id, unit]));
    const rows: DataRow[] = readPortalFile(raw, FILE, units).map((c) => ({
      region: c.region,
      period: c.year,
      measure: c.indicator,
      value: c.value,
    }));
    return [{ version: "1.0.0", rows }];
  },
};
