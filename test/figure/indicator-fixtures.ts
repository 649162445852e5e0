/**
 * @module Test data: indicator results hand-made in the API's shape (checked against its schema), one per way an
 * indicator figure is drawn — a decomposition (stack), lines per region, one value in a counted unit.
 */
import * as v from "valibot";
import { IndicatorResult } from "../../schemas/indicator";

const HASH = `sha256-${"0".repeat(64)}`;
const input = (param: string, dataset: string, measure?: string, field?: string) => ({
  param,
  dataset,
  version: "1.0.0",
  requested: "1.0.0",
  hash: HASH,
  ...(measure ? { measure } : {}),
  ...(field ? { field } : {}),
});
export const method = { version: "1.2.0", formula: "T = Σ sᵢ ln(sᵢ/pᵢ)", latex: "T", reference: "Theil (1967)" };

export const theil = v.parse(IndicatorResult, {
  indicator: "theil-t",
  title: { zh: "泰尔指数 T", en: "Theil index T" },
  unit: { zh: "比值（≥0）", en: "ratio (≥ 0)" },
  method,
  parameters: {},
  inputs: [
    input("value", "province-gdp", "gdp"),
    input("value", "province-population", "population"),
    input("weight", "province-population", "population"),
    input("by", "regions", undefined, "group"),
  ],
  results: [
    { period: "2019", value: 0.1, components: { between: 0.06, within: 0.04 } },
    { period: "2020", value: 0.09, components: { between: 0.05, within: 0.04 } },
    { period: "2021", value: 0.08, components: { between: 0.05, within: 0.03 } },
    { period: "2022", value: 0.075, components: { between: 0.045, within: 0.03 } },
  ],
  warnings: [{ zh: "2023年缺少人口数据，未计算。", en: "2023 is left out: population is missing." }],
});

export const growth = v.parse(IndicatorResult, {
  indicator: "growth-yoy",
  title: { zh: "同比增长率", en: "Year-on-year growth" },
  unit: { zh: "%", en: "%" },
  method: { ...method, formula: "g = xₜ/xₜ₋₁ − 1" },
  parameters: {},
  inputs: [input("value", "province-gdp", "gdp")],
  results: ["2018", "2019", "2020", "2021", "2022"].flatMap((period, i) => [
    { period, region: "CN-GD", value: 6 + i * 0.5 },
    { period, region: "CN-JS", value: 5 + i * 0.25 },
    { period, region: "CN-SD", value: 4 - i * 0.5 },
  ]),
});

export const total = v.parse(IndicatorResult, {
  ...growth,
  indicator: "sum",
  title: { zh: "合计", en: "Total" },
  unit: { zh: "亿元", en: "100 million yuan" },
  results: [{ period: "2024", value: 1349083.5 }],
});
