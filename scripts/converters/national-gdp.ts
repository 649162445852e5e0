/**
 * @module `national-gdp`: China's GDP, GNI, per-capita GDP and value added of the three industries, 2015–2024.
 * Source: `china/national_gdp_by_industry_nbs.csv` (NBS data-portal export, post-5th-census vintage).
 */
import type { Measure } from "../../schemas";
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, NBS, NBS_LICENCE } from "./converter";

const FILE = "china/national_gdp_by_industry_nbs.csv";

const YI_YUAN = { zh: "亿元", en: "100 million yuan" };
const CURRENT = { zh: "当年价格。", en: "At current prices." };

/** Raw indicator → published measure. */
const MEASURES: ReadonlyArray<readonly [indicator: string, measure: Measure]> = [
  ["gdp", { id: "gdp", title: { zh: "国内生产总值", en: "Gross domestic product" }, unit: YI_YUAN, definition: CURRENT, decimals: 1 }],
  ["gni", { id: "gni", title: { zh: "国民总收入", en: "Gross national income" }, unit: YI_YUAN, definition: CURRENT, decimals: 1 }],
  [
    "gdp_per_capita",
    {
      id: "gdp_per_capita",
      title: { zh: "人均国内生产总值", en: "GDP per capita" },
      unit: { zh: "元", en: "yuan" },
      definition: CURRENT,
      decimals: 0,
    },
  ],
  [
    "va_primary",
    {
      id: "primary",
      title: { zh: "第一产业增加值", en: "Value added, primary industry" },
      unit: YI_YUAN,
      definition: CURRENT,
      decimals: 1,
    },
  ],
  [
    "va_secondary",
    {
      id: "secondary",
      title: { zh: "第二产业增加值", en: "Value added, secondary industry" },
      unit: YI_YUAN,
      definition: CURRENT,
      decimals: 1,
    },
  ],
  [
    "va_tertiary",
    {
      id: "tertiary",
      title: { zh: "第三产业增加值", en: "Value added, tertiary industry" },
      unit: YI_YUAN,
      definition: CURRENT,
      decimals: 1,
    },
  ],
];

/** Converter of national GDP by industry. */
export const nationalGdp: Converter = {
  id: "national-gdp",
  rawFiles: [FILE],
  convert(raw) {
    const measureOf = new Map(MEASURES.map(([indicator, m]) => [indicator, m.id]));
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `national_gdp_by_industry_nbs.csv row ${i + 2}`;
      const measure = measureOf.get(r.indicator ?? "");
      if (!measure) throw new Error(`${where}: unexpected indicator ${r.indicator}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: "CN", period: r.year, measure, value };
    });
    return {
      meta: {
        id: "national-gdp",
        title: { zh: "全国国内生产总值及三次产业增加值", en: "China's GDP and value added by industry" },
        description: {
          zh: "全国国内生产总值、国民总收入、人均国内生产总值及第一/二/三产业增加值，2015—2024年，当年价格。国家统计局年度数据，第五次全国经济普查后修订口径。",
          en: "China's gross domestic product, gross national income, GDP per capita and value added of the primary, secondary and tertiary industries, 2015–2024, at current prices. NBS annual data, vintage revised after the 5th National Economic Census.",
        },
        themes: ["industrial-structure"],
        kind: "observations",
        measures: MEASURES.map(([, m]) => m),
        licence: NBS_LICENCE,
        sources: [
          {
            publisher: NBS,
            title: "年度数据 (NBS data-portal export of national annual data)",
            repository: "AfterMaxQ/Economic-growth-line-chart-drawing",
            path: "年度数据.csv",
            commit: "5f6d7d77df726491d427206e9f40f4c965bec163",
            rawFile: FILE,
            kind: "official",
          },
        ],
        caveats: [
          {
            zh: "第五次全国经济普查后的修订口径：2023年 GDP 为1294271.7亿元，旧口径为1260582.1亿元。请勿与旧口径数据混用。",
            en: "Vintage revised after the 5th National Economic Census: GDP 2023 is 1294271.7 (100 million yuan) here against 1260582.1 in the older vintage. Do not mix vintages.",
          },
          {
            zh: "中国信通院数字经济占 GDP 比重按修订前的 GDP 计算（2023年53.9万亿元、42.8%隐含 GDP 约126万亿元），不宜用本数据集的 GDP 重新计算该比重。",
            en: "CAICT's digital-economy shares of GDP use GDP before the revision (53.9 trillion = 42.8% in 2023 implies about 126 trillion); do not recompute them with this dataset's GDP.",
          },
          {
            zh: "导出文件所在仓库未声明许可；数据原始发布者为国家统计局。",
            en: "The repository holding the export states no licence; the original publisher is the NBS.",
          },
        ],
        keywords: ["GDP", "GNI", "国内生产总值", "三次产业", "industrial structure"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
