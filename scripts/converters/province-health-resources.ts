/**
 * @module `province-health-resources`: provincial health resources in two vintages — 2013 ratios per 10,000
 * population (institutions, health technical personnel, beds; from a BMC journal article) and 1999 absolute counts
 * of health personnel (China Statistical Yearbook 2000). Source: `china/health_resources_province_pages.csv`
 * (transcribed from stored pages; quote and URL per row).
 */
import type { Measure } from "../../schemas";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/health_resources_province_pages.csv";

const TEN_THOUSAND_PERSONS = { zh: "万人", en: "10,000 persons" };
const PER_10K = { zh: "每万人口", en: "per 10,000 population" };
const PER_10K_RAW = "per 10,000 population (unit not printed in the table; see note)";
const RATIO_2013 = (zh: string, en: string) => ({
  zh: `2013年每万人口${zh}。来源表未印单位，按数量级判断为每万人口（如北京卫生技术人员96.34≈每千人9.6）。`,
  en: `2013, ${en} per 10,000 population. The source table prints no unit; the magnitudes fit per 10,000 (e.g. Beijing 96.34 technical personnel ≈ 9.6 per 1,000).`,
});
const COUNT_1999 = (zh: string, en: string) => ({ zh: `1999年${zh}（年末人数）。`, en: `1999, ${en} (persons at year end).` });

/** Raw indicator → measure, with the raw unit text it must carry. */
const MEASURES: ReadonlyArray<readonly [Measure, rawUnit: string]> = [
  [
    {
      id: "population",
      title: { zh: "人口（2013年，论文所用）", en: "Population (2013, as used by the article)" },
      unit: TEN_THOUSAND_PERSONS,
      definition: {
        zh: "论文表2所用的各省人口，是其每万人口比率的分母。",
        en: "The provincial population in the article's Table 2, the denominator of its per-10,000 ratios.",
      },
    },
    "10,000 persons",
  ],
  [
    {
      id: "health_care_institutions_per_10k_pop",
      title: { zh: "每万人口医疗卫生机构数", en: "Health-care institutions per 10,000 population" },
      unit: PER_10K,
      definition: RATIO_2013("医疗卫生机构数", "health-care institutions"),
      decimals: 2,
    },
    PER_10K_RAW,
  ],
  [
    {
      id: "health_technical_personnel_per_10k_pop",
      title: { zh: "每万人口卫生技术人员数", en: "Health technical personnel per 10,000 population" },
      unit: PER_10K,
      definition: RATIO_2013("卫生技术人员数", "health technical personnel"),
      decimals: 2,
    },
    PER_10K_RAW,
  ],
  [
    {
      id: "beds_in_health_care_institutions_per_10k_pop",
      title: { zh: "每万人口医疗卫生机构床位数", en: "Beds in health-care institutions per 10,000 population" },
      unit: PER_10K,
      definition: RATIO_2013("医疗卫生机构床位数", "beds in health-care institutions"),
      decimals: 2,
    },
    PER_10K_RAW,
  ],
  [
    {
      id: "persons_engaged_in_health_institutions",
      title: { zh: "卫生机构人员数", en: "Persons engaged in health institutions" },
      unit: TEN_THOUSAND_PERSONS,
      definition: COUNT_1999("卫生机构人员总数", "all persons engaged in health institutions"),
      decimals: 1,
    },
    "10,000 persons",
  ],
  [
    {
      id: "medical_technical_personnel",
      title: { zh: "卫生技术人员", en: "Medical technical personnel" },
      unit: TEN_THOUSAND_PERSONS,
      definition: COUNT_1999("卫生技术人员", "medical technical personnel"),
      decimals: 1,
    },
    "10,000 persons",
  ],
  [
    {
      id: "doctors",
      title: { zh: "医生", en: "Doctors" },
      unit: TEN_THOUSAND_PERSONS,
      definition: COUNT_1999("医生", "doctors"),
      decimals: 1,
    },
    "10,000 persons",
  ],
  [
    {
      id: "physicians_subset_of_doctors",
      title: { zh: "其中：医师", en: "Of which: physicians" },
      unit: TEN_THOUSAND_PERSONS,
      definition: COUNT_1999("医生中的医师", "physicians, a subset of doctors"),
      decimals: 1,
    },
    "10,000 persons",
  ],
  [
    {
      id: "senior_and_junior_nurses",
      title: { zh: "护师、护士", en: "Senior and junior nurses" },
      unit: TEN_THOUSAND_PERSONS,
      definition: COUNT_1999("护师、护士", "senior and junior nurses"),
      decimals: 1,
    },
    "10,000 persons",
  ],
];

/** Converter of the provincial health-resource tables. */
export const provinceHealthResources: Converter = {
  id: "province-health-resources",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const unitOf = new Map(MEASURES.map(([m, rawUnit]) => [m.id, rawUnit]));
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `health_resources_province_pages.csv row ${i + 2}`;
      const measure = r.indicator ?? "";
      if (unitOf.get(measure) !== r.unit) throw new Error(`${where}: indicator ${measure} in "${r.unit}" is not declared`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const region = r.gb_code === "00" && r.iso_3166_2 === "CN" ? "CN" : checkedProvince(codes, r.iso_3166_2, where);
      const note = [`${r.source_table}; name in source: ${r.name_in_source}`, r.note].filter(Boolean).join("; ");
      return { region, period: r.year, measure, value, note, source: r.source_url };
    });
    return [{ version: "1.0.0", rows }];
  },
};
