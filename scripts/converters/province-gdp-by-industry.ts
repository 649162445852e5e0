/**
 * @module `province-gdp-by-industry`: gross regional product, value added of the three industries and of the NBS
 * sectors, and per-capita GRP, 31 provinces × 2019–2024. Source: `china/province_gdp_by_industry_nbs.csv`
 * (one NBS data-portal export per year, post-5th-census vintage).
 */
import type { Measure } from "../../schemas";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

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
    return [{ version: "1.0.0", rows }];
  },
};
