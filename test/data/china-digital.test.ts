/**
 * Digital-divide and digital-economy datasets (province-internet, province-telecom, telecom-infrastructure,
 * province-enterprise-ecommerce, digital-economy): every published value equals its raw cell (or the raw cell times
 * an exact power of ten, where a unit is converted), and documented cross-checks hold in the published data.
 */
import { describe, expect, it } from "vitest";
import { describeRaw } from "../support/raw-data";
import { cell, expectCells, find, metaOf, rawCsv, rowsOf, scaled } from "./china-support";

describeRaw("China digital datasets against ../shared/data/raw", () => {
  it("should publish every CNNIC provincial cell with its source", () => {
    const measures: Record<string, string> = {
      internet_users: "internet_users",
      internet_penetration: "internet_penetration_pct",
      internet_users_growth: "internet_users_growth_pct",
    };
    const source = rawCsv("province_internet_cnnic.csv");
    const rows = rowsOf("province-internet");
    expectCells(
      rows,
      source.map((r) => [`${r.iso_3166_2}|${r.period}|${measures[r.measure ?? ""]}`, Number(r.value)] as const),
    );
    for (const r of source) {
      const row = find(rows, r.iso_3166_2 ?? "", r.period ?? "", measures[r.measure ?? ""] ?? "");
      expect(r.source).toContain(String(row?.source));
    }
  });

  it("should publish every NBS provincial internet cell", () => {
    expectCells(
      rowsOf("province-telecom"),
      rawCsv("province_internet_nbs.csv").map((r) => [`${r.iso_3166_2}|${r.year}|${r.indicator}`, Number(r.value)] as const),
    );
  });

  it("should publish every MIIT point, converting only 亿户 to 万户 by 10^4 where a measure mixes the two", () => {
    const inWan = new Set(["ftth_fibre_users", "mobile_phone_users_5g", "fixed_broadband_users_1000mbps_plus"]);
    const regions: Record<string, string> = {
      national: "CN",
      East: "CN-MIIT-EAST",
      Central: "CN-MIIT-CENTRAL",
      West: "CN-MIIT-WEST",
      Northeast: "CN-MIIT-NORTHEAST",
      "East (MIIT 3-region)": "CN-MIIT-EAST",
      "Central (MIIT 3-region)": "CN-MIIT-CENTRAL",
      "West (MIIT 3-region)": "CN-MIIT-WEST",
    };
    const source = rawCsv("telecom_infrastructure_miit_points.csv");
    const rows = rowsOf("telecom-infrastructure");
    const expected = source.map((r) => {
      const period = r.period_type === "full_year_flow" ? (r.period ?? "").slice(0, 4) : r.period;
      const measure = r.period_type === "cumulative_jan_to_period_end" ? `${r.indicator}_ytd` : r.indicator;
      const converted = inWan.has(r.indicator ?? "") && r.unit?.startsWith("亿");
      return [`${regions[r.region ?? ""]}|${period}|${measure}`, converted ? scaled(r.value, 4) : Number(r.value)] as const;
    });
    expectCells(rows, expected);
    for (const r of source) {
      const [key] = expected[source.indexOf(r)] ?? [];
      const row = rows.find((x) => `${x.region}|${x.period}|${x.measure}` === key);
      expect(row?.source).toBe(r.source_url);
      if (inWan.has(r.indicator ?? "") && r.unit?.startsWith("亿")) expect(row?.status).toBe("rounded");
    }
  });

  it("should publish every enterprise e-commerce cell", () => {
    const rename = (indicator: string) =>
      indicator === "enterprises_with_ecommerce_share" ? "enterprises_with_ecommerce_share_pct" : indicator;
    expectCells(
      rowsOf("province-enterprise-ecommerce"),
      rawCsv("province_enterprise_ecommerce_nbs.csv").map(
        (r) => [`${r.iso_3166_2}|${r.year}|${rename(r.indicator ?? "")}`, Number(r.value)] as const,
      ),
    );
  });

  it("should publish every digital-economy cell as a CAICT estimate", () => {
    const columns: Record<string, string> = {
      digital_economy_trillion_yuan: "size",
      share_of_gdp_pct: "share_of_gdp_pct",
      digital_industrialization_trillion_yuan: "digital_industrialization",
      industrial_digitalization_trillion_yuan: "industrial_digitalization",
    };
    const expected: [string, number][] = [];
    for (const r of rawCsv("caict_digital_economy.csv")) {
      for (const [column, measure] of Object.entries(columns)) if (r[column]) expected.push([`CN|${r.year}|${measure}`, Number(r[column])]);
    }
    const rows = rowsOf("digital-economy");
    expectCells(rows, expected);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["estimate"]));
  });
});

describe("facts documented in china/SOURCES.md, in the published data", () => {
  it("should carry CAICT's required attribution", () => {
    expect(metaOf("digital-economy")?.licence.attribution.zh).toContain("来源：中国信息通信研究院");
  });

  it("should have urban + rural broadband = total within 0.1 万 wherever both parts exist", () => {
    const rows = rowsOf("province-telecom");
    let checked = 0;
    for (const total of rows.filter((r) => r.measure === "broadband_users")) {
      const urban = find(rows, String(total.region), String(total.period), "broadband_users_urban");
      const rural = find(rows, String(total.region), String(total.period), "broadband_users_rural");
      if (!urban || !rural) continue;
      expect(
        Math.abs(Number(urban.value) + Number(rural.value) - Number(total.value)),
        `${total.region} ${total.period}`,
      ).toBeLessThanOrEqual(0.1 + 1e-9);
      checked++;
    }
    expect(checked).toBe(279 - 3);
  });

  it("should agree with MIIT: provincial broadband users 2023 ≈ 6.36 亿, mobile traffic 2023 by region within 0.6%", () => {
    const telecom = rowsOf("province-telecom");
    const miit = rowsOf("telecom-infrastructure");
    const sum = (measure: string, regions?: Set<string>) =>
      telecom
        .filter((r) => r.period === "2023" && r.measure === measure && (!regions || regions.has(String(r.region))))
        .reduce((a, r) => a + Number(r.value), 0);
    expect(sum("broadband_users") / 1e4).toBeCloseTo(cell(miit, "CN", "2023-12", "fixed_broadband_users"), 2);
    const groups = rowsOf("regions");
    for (const group of ["east", "central", "west", "northeast"]) {
      const members = new Set(groups.filter((g) => g.group === group).map((g) => String(g.region)));
      const nbs = sum("mobile_internet_traffic", members) / 1e4;
      const reported = cell(miit, `CN-MIIT-${group.toUpperCase()}`, "2023", "mobile_internet_traffic");
      expect(Math.abs(nbs / reported - 1), group).toBeLessThan(0.006);
    }
  });

  it("should have MIIT regional 5G base stations add up to the national figure of the same release", () => {
    const rows = rowsOf("telecom-infrastructure");
    const months = ["2022-05", "2022-10", "2023-02", "2023-09", "2024-06"];
    for (const month of months) {
      const regions = ["EAST", "CENTRAL", "WEST", "NORTHEAST"].map((g) => cell(rows, `CN-MIIT-${g}`, month, "base_stations_5g"));
      expect(Math.abs(regions.reduce((a, b) => a + b, 0) - cell(rows, "CN", month, "base_stations_5g")), month).toBeLessThanOrEqual(
        0.1 + 1e-9,
      );
    }
    const national = rows.filter((r) => r.region === "CN" && r.measure === "base_stations_5g").map((r) => Number(r.value));
    expect(national).toHaveLength(15);
    expect([...national].sort((a, b) => a - b)).toEqual(national);
  });

  it("should have CNNIC's provincial users sum to the national row within 0.05% (2011–2016) and equal the NBS 2016 figures", () => {
    const rows = rowsOf("province-internet");
    for (let year = 2011; year <= 2016; year++) {
      const p = `${year}-12`;
      const provinces = rows.filter((r) => r.period === p && r.measure === "internet_users" && r.region !== "CN");
      expect(provinces).toHaveLength(31);
      const total = provinces.reduce((a, r) => a + Number(r.value), 0);
      // SOURCES.md says "within 0.05 %"; 2014 is 0.0509 %, i.e. 0.05 % as rounded there.
      expect(Math.abs(total / cell(rows, "CN", p, "internet_users") - 1), p).toBeLessThan(0.00055);
    }
    const nbs = rowsOf("province-telecom").filter((r) => r.measure === "internet_users");
    expect(nbs).toHaveLength(31);
    for (const r of nbs) expect(cell(rows, String(r.region), "2016-12", "internet_users"), String(r.region)).toBe(r.value);
  });

  it("should have the e-commerce share = enterprises trading ÷ enterprises × 100 within 0.05 points", () => {
    const rows = rowsOf("province-enterprise-ecommerce");
    const shares = rows.filter((r) => r.measure === "enterprises_with_ecommerce_share_pct");
    expect(shares).toHaveLength(248);
    for (const s of shares) {
      const [region, period] = [String(s.region), String(s.period)];
      const share = (100 * cell(rows, region, period, "enterprises_with_ecommerce")) / cell(rows, region, period, "enterprises_surveyed");
      expect(Math.abs(share - Number(s.value)), `${region} ${period}`).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });
});
