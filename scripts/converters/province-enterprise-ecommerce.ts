/**
 * @module `province-enterprise-ecommerce`: the NBS provincial survey of enterprise informatization and e-commerce
 * (企业信息化及电子商务情况) — enterprises covered, computers, websites, enterprises trading online, e-commerce sales
 * and purchases — 31 provinces × 2016–2024. Source: `china/province_enterprise_ecommerce_nbs.csv` (values read from
 * the raw JSON the NBS data portal returned).
 */
import type { Measure } from "../../schemas";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/province_enterprise_ecommerce_nbs.csv";

const YI_YUAN = { zh: "亿元", en: "100 million yuan" };
const ENTERPRISES = { zh: "个", en: "enterprises" };

/** Raw indicator and unit text → published measure. */
const MEASURES: ReadonlyArray<readonly [indicator: string, rawUnit: string, measure: Measure]> = [
  [
    "enterprises_surveyed",
    "enterprises (个)",
    {
      id: "enterprises_surveyed",
      title: { zh: "企业数", en: "Enterprises covered by the survey" },
      unit: ENTERPRISES,
      definition: { zh: "国家统计局企业信息化调查覆盖的企业数。", en: "Enterprises covered by the NBS informatization survey." },
      decimals: 0,
    },
  ],
  [
    "computers_in_use",
    "units (台)",
    {
      id: "computers_in_use",
      title: { zh: "期末使用计算机数", en: "Computers in use" },
      unit: { zh: "台", en: "units" },
      definition: { zh: "调查企业期末使用的计算机台数。", en: "Computers in use at the surveyed enterprises at year end." },
      decimals: 0,
    },
  ],
  [
    "computers_per_100_employees",
    "units per 100 persons (台)",
    {
      id: "computers_per_100_employees",
      title: { zh: "每百人使用计算机数", en: "Computers per 100 persons employed" },
      unit: { zh: "台/百人", en: "units per 100 persons employed" },
      definition: {
        zh: "调查企业期末每百名从业人员使用的计算机台数。",
        en: "Computers in use per 100 persons employed at the surveyed enterprises, at year end.",
      },
    },
  ],
  [
    "enterprise_websites",
    "websites (个)",
    {
      id: "enterprise_websites",
      title: { zh: "企业拥有网站数", en: "Enterprise websites" },
      unit: { zh: "个", en: "websites" },
      definition: { zh: "调查企业期末拥有的网站数。", en: "Websites owned by the surveyed enterprises at year end." },
      decimals: 0,
    },
  ],
  [
    "websites_per_100_enterprises",
    "per 100 enterprises (个)",
    {
      id: "websites_per_100_enterprises",
      title: { zh: "每百家企业拥有网站数", en: "Websites per 100 enterprises" },
      unit: { zh: "个/百家企业", en: "websites per 100 enterprises" },
      definition: { zh: "期末每百家调查企业拥有的网站数。", en: "Websites per 100 surveyed enterprises at year end." },
    },
  ],
  [
    "enterprises_with_ecommerce",
    "enterprises (个)",
    {
      id: "enterprises_with_ecommerce",
      title: { zh: "有电子商务交易活动的企业数", en: "Enterprises with e-commerce trading" },
      unit: ENTERPRISES,
      definition: {
        zh: "当年有电子商务交易活动的调查企业数。",
        en: "Surveyed enterprises that traded through e-commerce during the year.",
      },
      decimals: 0,
    },
  ],
  [
    "enterprises_with_ecommerce_share",
    "percent (%)",
    {
      id: "enterprises_with_ecommerce_share_pct",
      title: { zh: "有电子商务交易活动的企业数比重", en: "Share of enterprises with e-commerce trading" },
      unit: { zh: "%", en: "%" },
      definition: {
        zh: "有电子商务交易活动的企业占调查企业的比重；2024年数据库未给出。",
        en: "Enterprises with e-commerce trading as a share of surveyed enterprises; blank for 2024 in the portal.",
      },
      decimals: 1,
    },
  ],
  [
    "ecommerce_sales",
    "100 million yuan (亿元)",
    {
      id: "ecommerce_sales",
      title: { zh: "电子商务销售额", en: "E-commerce sales" },
      unit: YI_YUAN,
      definition: {
        zh: "调查企业全年通过电子商务的销售额（含 B2B），不是网上零售额。",
        en: "Full-year e-commerce sales of the surveyed enterprises (B2B included); NOT online retail sales.",
      },
      decimals: 1,
    },
  ],
  [
    "ecommerce_purchases",
    "100 million yuan (亿元)",
    {
      id: "ecommerce_purchases",
      title: { zh: "电子商务采购额", en: "E-commerce purchases" },
      unit: YI_YUAN,
      definition: { zh: "调查企业全年通过电子商务的采购额。", en: "Full-year e-commerce purchases of the surveyed enterprises." },
      decimals: 1,
    },
  ],
];

/** Converter of the provincial enterprise e-commerce survey. */
export const provinceEnterpriseEcommerce: Converter = {
  id: "province-enterprise-ecommerce",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const byIndicator = new Map(MEASURES.map(([indicator, rawUnit, m]) => [indicator, { rawUnit, id: m.id }]));
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_enterprise_ecommerce_nbs.csv row ${i + 2}`;
      const measure = byIndicator.get(r.indicator ?? "");
      if (!measure || measure.rawUnit !== r.unit)
        throw new Error(`${where}: indicator ${r.indicator} with unit "${r.unit}" is not a declared measure`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: checkedProvince(codes, r.iso_3166_2, where), period: r.year, measure: measure.id, value };
    });
    return [{ version: "1.0.0", rows }];
  },
};
