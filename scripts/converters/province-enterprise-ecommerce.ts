/**
 * @module `province-enterprise-ecommerce`: the NBS provincial survey of enterprise informatization and e-commerce
 * (企业信息化及电子商务情况) — enterprises covered, computers, websites, enterprises trading online, e-commerce sales
 * and purchases — 31 provinces × 2016–2024. Source: `china/province_enterprise_ecommerce_nbs.csv` (values read from
 * the raw JSON the NBS data portal returned).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/province_enterprise_ecommerce_nbs.csv";

/** Raw indicator → the raw unit text its rows must carry and the published measure id (metadata: `dataset.json`). */
const MEASURE_OF = new Map([
  ["enterprises_surveyed", { rawUnit: "enterprises (个)", id: "enterprises_surveyed" }],
  ["computers_in_use", { rawUnit: "units (台)", id: "computers_in_use" }],
  ["computers_per_100_employees", { rawUnit: "units per 100 persons (台)", id: "computers_per_100_employees" }],
  ["enterprise_websites", { rawUnit: "websites (个)", id: "enterprise_websites" }],
  ["websites_per_100_enterprises", { rawUnit: "per 100 enterprises (个)", id: "websites_per_100_enterprises" }],
  ["enterprises_with_ecommerce", { rawUnit: "enterprises (个)", id: "enterprises_with_ecommerce" }],
  ["enterprises_with_ecommerce_share", { rawUnit: "percent (%)", id: "enterprises_with_ecommerce_share_pct" }],
  ["ecommerce_sales", { rawUnit: "100 million yuan (亿元)", id: "ecommerce_sales" }],
  ["ecommerce_purchases", { rawUnit: "100 million yuan (亿元)", id: "ecommerce_purchases" }],
]);

/** Converter of the provincial enterprise e-commerce survey. */
export const provinceEnterpriseEcommerce: Converter = {
  id: "province-enterprise-ecommerce",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_enterprise_ecommerce_nbs.csv row ${i + 2}`;
      const measure = MEASURE_OF.get(r.indicator ?? "");
      if (!measure || measure.rawUnit !== r.unit)
        throw new Error(`${where}: indicator ${r.indicator} with unit "${r.unit}" is not a declared measure`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: checkedProvince(codes, r.iso_3166_2, where), period: r.year, measure: measure.id, value };
    });
    return [{ version: "1.0.0", rows }];
  },
};
