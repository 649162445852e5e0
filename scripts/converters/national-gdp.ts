/**
 * @module `national-gdp`: China's GDP, GNI, per-capita GDP and value added of the three industries, 2015–2024.
 * Source: `china/national_gdp_by_industry_nbs.csv` (NBS data-portal export, post-5th-census vintage).
 */
import type { Measure } from "../../schemas";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

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
    return [{ version: "1.0.0", rows }];
  },
};
