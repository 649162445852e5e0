/**
 * @module `province-gdp-by-industry`: gross regional product, value added of the three industries and of the NBS
 * sectors, and per-capita GRP, 31 provinces × 2019–2024. Source: `china/province_gdp_by_industry_nbs.csv`
 * (one NBS data-portal export per year, post-5th-census vintage).
 */
import type { Measure } from "../../schemas";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, NBS, NBS_LICENCE } from "./converter";

const FILE = "china/province_gdp_by_industry_nbs.csv";

const YI_YUAN = { zh: "亿元", en: "100 million yuan" };
const CURRENT = { zh: "当年价格。", en: "At current prices." };

/** Raw indicator → published measure. */
const MEASURES: ReadonlyArray<readonly [indicator: string, measure: Measure]> = [
  [
    "gdp_current_prices",
    { id: "gdp", title: { zh: "地区生产总值", en: "Gross regional product" }, unit: YI_YUAN, definition: CURRENT, decimals: 1 },
  ],
  [
    "va_primary_industry",
    {
      id: "primary",
      title: { zh: "第一产业增加值", en: "Value added, primary industry" },
      unit: YI_YUAN,
      definition: CURRENT,
      decimals: 1,
    },
  ],
  [
    "va_secondary_industry",
    {
      id: "secondary",
      title: { zh: "第二产业增加值", en: "Value added, secondary industry" },
      unit: YI_YUAN,
      definition: CURRENT,
      decimals: 1,
    },
  ],
  [
    "va_tertiary_industry",
    {
      id: "tertiary",
      title: { zh: "第三产业增加值", en: "Value added, tertiary industry" },
      unit: YI_YUAN,
      definition: CURRENT,
      decimals: 1,
    },
  ],
  [
    "va_agriculture_forestry_animal_husbandry_fishery",
    {
      id: "agriculture_forestry_animal_husbandry_fishery",
      title: { zh: "农林牧渔业增加值", en: "Value added, agriculture, forestry, animal husbandry and fishery" },
      unit: YI_YUAN,
      definition: CURRENT,
      decimals: 1,
    },
  ],
  [
    "va_industry",
    { id: "industry", title: { zh: "工业增加值", en: "Value added, industry" }, unit: YI_YUAN, definition: CURRENT, decimals: 1 },
  ],
  [
    "va_construction",
    { id: "construction", title: { zh: "建筑业增加值", en: "Value added, construction" }, unit: YI_YUAN, definition: CURRENT, decimals: 1 },
  ],
  [
    "va_wholesale_retail",
    {
      id: "wholesale_retail",
      title: { zh: "批发和零售业增加值", en: "Value added, wholesale and retail trade" },
      unit: YI_YUAN,
      definition: CURRENT,
      decimals: 1,
    },
  ],
  [
    "va_transport_storage_post",
    {
      id: "transport_storage_post",
      title: { zh: "交通运输、仓储和邮政业增加值", en: "Value added, transport, storage and post" },
      unit: YI_YUAN,
      definition: CURRENT,
      decimals: 1,
    },
  ],
  [
    "va_accommodation_catering",
    {
      id: "accommodation_catering",
      title: { zh: "住宿和餐饮业增加值", en: "Value added, accommodation and catering" },
      unit: YI_YUAN,
      definition: CURRENT,
      decimals: 1,
    },
  ],
  [
    "va_finance",
    { id: "finance", title: { zh: "金融业增加值", en: "Value added, finance" }, unit: YI_YUAN, definition: CURRENT, decimals: 1 },
  ],
  [
    "va_real_estate",
    { id: "real_estate", title: { zh: "房地产业增加值", en: "Value added, real estate" }, unit: YI_YUAN, definition: CURRENT, decimals: 1 },
  ],
  [
    "va_other_services",
    {
      id: "other_services",
      title: { zh: "其他行业增加值", en: "Value added, other sectors" },
      unit: YI_YUAN,
      definition: {
        zh: "当年价格；国家统计局“其他行业”（上列行业以外的服务业等）。",
        en: "At current prices; the NBS residual 'other sectors' (其他行业), mainly services not listed separately.",
      },
      decimals: 1,
    },
  ],
  [
    "gdp_per_capita",
    {
      id: "gdp_per_capita",
      title: { zh: "人均地区生产总值", en: "Gross regional product per capita" },
      unit: { zh: "元/人", en: "yuan per person" },
      definition: CURRENT,
      decimals: 0,
    },
  ],
];

/** Converter of provincial GDP by industry and sector. */
export const provinceGdpByIndustry: Converter = {
  id: "province-gdp-by-industry",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const measureOf = new Map(MEASURES.map(([indicator, m]) => [indicator, m.id]));
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_gdp_by_industry_nbs.csv row ${i + 2}`;
      const measure = measureOf.get(r.indicator ?? "");
      if (!measure) throw new Error(`${where}: unexpected indicator ${r.indicator}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: checkedProvince(codes, r.iso_3166_2, where), period: r.year, measure, value };
    });
    return {
      meta: {
        id: "province-gdp-by-industry",
        title: { zh: "分省地区生产总值及三次产业、分行业增加值", en: "Gross regional product by industry and sector, by province" },
        description: {
          zh: "31个省级行政区地区生产总值、第一/二/三产业增加值、国家统计局分行业增加值（农林牧渔业、工业、建筑业、批发和零售业、交通运输仓储和邮政业、住宿和餐饮业、金融业、房地产业、其他行业）及人均地区生产总值，2019—2024年，当年价格。第五次全国经济普查后修订口径。",
          en: "Gross regional product, value added of the primary, secondary and tertiary industries and of the NBS sectors (agriculture, industry, construction, wholesale and retail, transport, accommodation and catering, finance, real estate, other), and per-capita GRP, for the 31 provincial-level divisions, 2019–2024, at current prices. Vintage revised after the 5th National Economic Census.",
        },
        themes: ["industrial-structure"],
        kind: "observations",
        measures: MEASURES.map(([, m]) => m),
        licence: NBS_LICENCE,
        sources: [
          {
            publisher: NBS,
            title:
              "分省年度数据 exports 分省年度数据.2019csv.csv, 分省年度数据2020.csv, 分省年度数据2021.csv, 分省年度数据.2022csv.csv, 分省年度数据2023.csv (NBS data portal)",
            repository: "Liushenwuzhu-Alpaca/province-economy",
            path: "data/raw/nbs_exports/",
            commit: "94b12911c3ad5d5b0ceee2c9c59b3a509bfb53e2",
            rawFile: FILE,
            kind: "official",
          },
          {
            publisher: NBS,
            title: "分省年度数据 export 分省年度数据2024.csv (NBS data portal)",
            repository: "Liushenwuzhu-Alpaca/province-economy",
            path: "data/raw/nbs_exports/分省年度数据2024.csv",
            commit: "46e915f3ce81ca7d577c865f57e7f8579cdd9b83",
            rawFile: FILE,
            kind: "official",
          },
        ],
        caveats: [
          {
            zh: "第五次全国经济普查后，国家统计局对1992—2023年地区生产总值历史数据进行了系统修订；本数据为修订后口径，请勿与旧年鉴数值混用。地区生产总值与 province-gdp 数据集2019—2024年完全一致。",
            en: "After the 5th National Economic Census the NBS systematically revised regional GDP for 1992–2023; these are the revised figures: do not mix with older yearbook values. GRP equals the province-gdp dataset for all province-years 2019–2024.",
          },
          {
            zh: "2013—2018年分产业数据未找到，故本数据集从2019年开始。",
            en: "Values by industry for 2013–2018 were not found, so the series starts in 2019.",
          },
          {
            zh: "三次产业增加值之和与地区生产总值之差在0.25亿元以内（四舍五入）。各省合计与全国数据之比：第一产业约1.000，第二产业0.984—1.002，第三产业0.988—0.994，属地区核算与全国核算之间的正常差异。",
            en: "Primary + secondary + tertiary equals GRP within 0.25 (rounding). Provincial sums against national accounts: primary about 1.000, secondary 0.984–1.002, tertiary 0.988–0.994 — the usual gap between regional and national accounts.",
          },
          {
            zh: "导出文件已从仓库当前版本删除，取自提交历史；仓库未声明许可，数据原始发布者为国家统计局。",
            en: "The export files were deleted from the repository's HEAD and were taken from its history; the repository states no licence; the original publisher is the NBS.",
          },
        ],
        keywords: ["GDP", "地区生产总值", "三次产业", "产业结构", "industrial structure"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
