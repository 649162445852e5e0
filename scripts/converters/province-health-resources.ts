/**
 * @module `province-health-resources`: provincial health resources in two vintages — 2013 ratios per 10,000
 * population (institutions, health technical personnel, beds; from a BMC journal article) and 1999 absolute counts
 * of health personnel (China Statistical Yearbook 2000). Source: `china/health_resources_province_pages.csv`
 * (transcribed from stored pages; quote and URL per row).
 */
import type { Measure } from "../../schemas";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, NBS } from "./converter";

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
    return {
      meta: {
        id: "province-health-resources",
        title: { zh: "分省卫生资源（2013年每万人口比率，1999年人数）", en: "Health resources by province (2013 ratios, 1999 counts)" },
        description: {
          zh: "两个年份的分省卫生资源：2013年每万人口医疗卫生机构数、卫生技术人员数和床位数（BMC《International Journal for Equity in Health》论文表2，含其所用人口）；1999年卫生机构人员、卫生技术人员、医生、医师和护师护士人数（《中国统计年鉴2000》英文版表21-17，含全国合计）。",
          en: "Provincial health resources for two years: 2013 health-care institutions, health technical personnel and beds per 10,000 population (Table 2 of an article in BMC's International Journal for Equity in Health, with the population it uses); 1999 persons engaged in health institutions, medical technical personnel, doctors, physicians and nurses (China Statistical Yearbook 2000, English edition, table 21-17, with the national total).",
        },
        themes: ["public-services"],
        kind: "observations",
        measures: MEASURES.map(([m]) => m),
        licence: {
          id: "CC-BY-4.0 AND attribution-required",
          title:
            "2013 ratios: BMC open-access article (BMC publishes under CC BY 4.0; the licence line was not in the stored excerpt). 1999 counts: NBS official statistics, reuse with attribution (no open licence stated).",
          url: "https://creativecommons.org/licenses/by/4.0/",
          attribution: {
            zh: "来源：National equity of health resource allocation in China: data from 2009 to 2013（International Journal for Equity in Health, doi:10.1186/s12939-016-0357-1）；国家统计局《中国统计年鉴2000》",
            en: "Sources: 'National equity of health resource allocation in China: data from 2009 to 2013', International Journal for Equity in Health, doi:10.1186/s12939-016-0357-1; National Bureau of Statistics of China, China Statistical Yearbook 2000",
          },
        },
        sources: [
          {
            publisher: {
              zh: "BMC / International Journal for Equity in Health",
              en: "BMC / International Journal for Equity in Health (authors' compilation from official health statistics)",
            },
            title:
              "Table 2 'Regional distribution of per capita health resources in 2013', in 'National equity of health resource allocation in China: data from 2009 to 2013'",
            url: "https://equityhealthj.biomedcentral.com/articles/10.1186/s12939-016-0357-1/tables/2",
            rawFile: FILE,
            kind: "academic",
          },
          {
            publisher: NBS,
            title: "China Statistical Yearbook 2000 (English), table 21-17 'Number of Persons Engaged in Health Institutions by Region'",
            url: "http://www.stats.gov.cn/english/statisticaldata/yearlydata/YB2000e/U17E.htm",
            rawFile: FILE,
            kind: "official",
          },
        ],
        caveats: [
          {
            zh: "只有1999年和2013年两个年份，且指标不同，不能连成序列。未找到2015年以后31省每千人床位、医生、卫生技术人员的完整表格。",
            en: "Only two years with different indicators; they cannot be joined into a series. No complete 31-province table of beds, doctors or health technicians per 1,000 for 2015 onward was found.",
          },
          {
            zh: "2013年比率的单位在来源表中未印出，按数量级判断为每万人口。论文表中“Health investment”一列单位不明，未收录。",
            en: "The 2013 table prints no unit; the ratios are read as per 10,000 population from their magnitudes. The article's 'Health investment' column (unit unknown) was not kept.",
          },
          {
            zh: "来源表两次印出“Shanxi”：人口3764的一行对应陕西（论文表3该位置为 Shaanxi，人口也较大），人口3630的一行对应山西。",
            en: "The source table prints 'Shanxi' twice: the row with population 3764 is mapped to Shaanxi/陕西 (Table 3 of the article lists Shaanxi in that position, and its population is the larger), the row with 3630 to Shanxi/山西.",
          },
          {
            zh: "1999年31省合计与全国合计在五列上均一致（比值0.9995—1.0002），医师≤医生≤卫生技术人员≤总数处处成立。",
            en: "1999: the 31 provinces sum to the national total in all five columns (ratios 0.9995–1.0002), and physicians ≤ doctors ≤ technical personnel ≤ total holds everywhere.",
          },
        ],
        keywords: ["卫生资源", "医生", "床位", "health", "public services", "公共服务"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
