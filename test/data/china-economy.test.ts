/**
 * Industrial structure datasets (province-population, province-gdp-by-industry, national-gdp): every published
 * value equals its raw cell, and the accounting identities documented in china/SOURCES.md hold in the data.
 */
import { describe, expect, it } from "vitest";
import { describeRaw } from "../support/raw-data";
import { cell, expectCells, rawCsv, rowsOf } from "./china-support";

describeRaw("China industrial-structure datasets against ../shared/data/raw", () => {
  it("should publish every provincial population cell as province-population", () => {
    const expected = rawCsv("province_population_nbs.csv").map((r) => [`${r.iso_3166_2}|${r.year}|population`, Number(r.value)] as const);
    expect(expected).toHaveLength(310);
    expectCells(rowsOf("province-population"), expected);
  });

  it("should publish every GDP-by-industry cell under its measure", () => {
    const measures: Record<string, string> = {
      gdp_current_prices: "gdp",
      va_primary_industry: "primary",
      va_secondary_industry: "secondary",
      va_tertiary_industry: "tertiary",
      va_agriculture_forestry_animal_husbandry_fishery: "agriculture_forestry_animal_husbandry_fishery",
      va_industry: "industry",
      va_construction: "construction",
      va_wholesale_retail: "wholesale_retail",
      va_transport_storage_post: "transport_storage_post",
      va_accommodation_catering: "accommodation_catering",
      va_finance: "finance",
      va_real_estate: "real_estate",
      va_other_services: "other_services",
      gdp_per_capita: "gdp_per_capita",
    };
    const expected = rawCsv("province_gdp_by_industry_nbs.csv").map(
      (r) => [`${r.iso_3166_2}|${r.year}|${measures[r.indicator ?? ""]}`, Number(r.value)] as const,
    );
    expect(expected).toHaveLength(31 * 6 * 14);
    expectCells(rowsOf("province-gdp-by-industry"), expected);
  });

  it("should publish every national GDP cell", () => {
    const measures: Record<string, string> = {
      gdp: "gdp",
      gni: "gni",
      gdp_per_capita: "gdp_per_capita",
      va_primary: "primary",
      va_secondary: "secondary",
      va_tertiary: "tertiary",
    };
    const expected = rawCsv("national_gdp_by_industry_nbs.csv").map(
      (r) => [`CN|${r.year}|${measures[r.indicator ?? ""]}`, Number(r.value)] as const,
    );
    expectCells(rowsOf("national-gdp"), expected);
  });
});

describe("facts documented in china/SOURCES.md, in the published data", () => {
  it("should have primary + secondary + tertiary = GRP within 0.25 for every province-year", () => {
    const rows = rowsOf("province-gdp-by-industry");
    const gdp = rows.filter((r) => r.measure === "gdp");
    expect(gdp).toHaveLength(31 * 6);
    for (const g of gdp) {
      const parts = ["primary", "secondary", "tertiary"].map((m) => cell(rows, String(g.region), String(g.period), m));
      expect(Math.abs(parts.reduce((a, b) => a + b, 0) - Number(g.value)), `${g.region} ${g.period}`).toBeLessThanOrEqual(0.25 + 1e-9);
    }
  });

  it("should have the same GRP in province-gdp-by-industry as in province-gdp for 2019–2024", () => {
    const byIndustry = rowsOf("province-gdp-by-industry").filter((r) => r.measure === "gdp");
    const gdp = rowsOf("province-gdp");
    for (const r of byIndustry) expect(cell(gdp, String(r.region), String(r.period), "gdp"), `${r.region} ${r.period}`).toBe(r.value);
  });

  it("should have national primary + secondary + tertiary = GDP within 0.1, and a tertiary share rising from 51.7% to 56.7%", () => {
    const rows = rowsOf("national-gdp");
    for (let year = 2015; year <= 2024; year++) {
      const p = String(year);
      const sum = cell(rows, "CN", p, "primary") + cell(rows, "CN", p, "secondary") + cell(rows, "CN", p, "tertiary");
      expect(Math.abs(sum - cell(rows, "CN", p, "gdp")), p).toBeLessThanOrEqual(0.1 + 1e-9);
    }
    const share = (p: string) => (100 * cell(rows, "CN", p, "tertiary")) / cell(rows, "CN", p, "gdp");
    expect(share("2015").toFixed(1)).toBe("51.7");
    expect(share("2024").toFixed(1)).toBe("56.7");
  });

  it("should keep the post-5th-census GDP vintage (2023 = 1294271.7)", () => {
    expect(cell(rowsOf("national-gdp"), "CN", "2023", "gdp")).toBe(1294271.7);
  });

  it("should have 31 provinces × 2015–2024 of population", () => {
    const rows = rowsOf("province-population");
    expect(new Set(rows.map((r) => r.region)).size).toBe(31);
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(Array.from({ length: 10 }, (_, i) => String(2015 + i))));
  });
});
