/**
 * Circulation, platform and public-service datasets (online-retail, express-delivery, platform-market-shares,
 * province-health-resources): every published value equals its raw cell (online retail in 万亿元 times exactly
 * 10^4), statuses say what the sources are, and documented checks hold in the published data.
 */
import { describe, expect, it } from "vitest";
import { describeRaw } from "../support/raw-data";
import { cell, expectCells, find, rawCsv, rowsOf, scaled } from "./china-support";

describeRaw("China circulation, platform and health datasets against ../shared/data/raw", () => {
  it("should publish every online-retail cell in 亿元, converting 万亿元 by exactly 10^4 and marking it rounded", () => {
    const amounts = { online_retail_sales: "online_retail_sales", physical_goods_online_retail: "physical_goods_online_sales" };
    const plain = {
      online_retail_growth_pct: "online_retail_growth_pct",
      physical_goods_growth_pct: "physical_goods_growth_pct",
      physical_goods_share_of_total_retail_pct: "physical_goods_share_pct",
      total_retail_sales_consumer_goods_100m_yuan: "total_retail_sales",
    };
    const source = rawCsv("online_retail_sales.csv");
    const rows = rowsOf("online-retail");
    const expected: [string, number][] = [];
    for (const r of source) {
      for (const [column, measure] of Object.entries(amounts)) {
        const unit = r[`${column}_unit`];
        expect(["100 million yuan", "trillion yuan"]).toContain(unit);
        if (r[column]) expected.push([`CN|${r.period}|${measure}`, unit === "trillion yuan" ? scaled(r[column], 4) : Number(r[column])]);
        expect(find(rows, "CN", r.period ?? "", measure)?.status).toBe(unit === "trillion yuan" ? "rounded" : undefined);
      }
      for (const [column, measure] of Object.entries(plain)) if (r[column]) expected.push([`CN|${r.period}|${measure}`, Number(r[column])]);
    }
    expectCells(rows, expected);
    expect(cell(rows, "CN", "2020-H1", "online_retail_sales")).toBe(51500);
  });

  it("should publish every express-delivery cell, belts under CN-SPB-* and Guangdong + Zhejiang as separate measures", () => {
    const measures: Record<string, string> = {
      express_volume: "parcels",
      express_volume_share_pct: "parcels_share_pct",
      express_volume_growth_pct: "parcels_growth_pct",
      express_revenue: "revenue",
      express_revenue_share_pct: "revenue_share_pct",
      express_revenue_growth_pct: "revenue_growth_pct",
    };
    const belts: Record<string, string> = { East: "CN-SPB-EAST", Central: "CN-SPB-CENTRAL", West: "CN-SPB-WEST" };
    const expected: [string, number][] = [];
    for (const r of rawCsv("express_delivery_spb.csv")) {
      expected.push(
        [`CN|${r.year}|parcels`, Number(r.express_parcels_100m_pieces)],
        [`CN|${r.year}|parcels_growth_pct`, Number(r.growth_pct)],
      );
    }
    for (const r of rawCsv("express_delivery_by_region_spb.csv")) {
      const measure = measures[r.indicator ?? ""];
      const belt = belts[r.region ?? ""];
      expected.push([belt ? `${belt}|${r.year}|${measure}` : `CN|${r.year}|guangdong_zhejiang_${measure}`, Number(r.value)]);
    }
    expectCells(rowsOf("express-delivery"), expected);
  });

  it("should publish every market share as an estimate, with the platform as category and pages' periods normalised", () => {
    const markets: Record<string, string> = {
      third_party_mobile_payment: "mobile_payment_share_pct",
      third_party_internet_payment_pc: "internet_payment_pc_share_pct",
      online_retail_B2C: "b2c_online_retail_share_pct",
      mobile_shopping: "mobile_shopping_share_pct",
      online_food_delivery: "food_delivery_share_pct",
      ride_hailing_private_car: "private_car_hailing_share_pct",
      ride_hailing: "ride_hailing_share_pct",
      search_engine_all_platforms: "search_all_platforms_share_pct",
      search_engine_desktop: "search_desktop_share_pct",
      search_engine_usage: "search_usage_share_pct",
    };
    const period = (p: string) => p.replace(/^(\d{4})([QH]\d)$/, "$1-$2").replace(/^(\d{4}) \(report of .*\)$/, "$1");
    const expected: [string, number][] = rawCsv("platform_market_shares_pages.csv").map((r) => [
      `CN|${period(r.period ?? "")}|${markets[r.market ?? ""]}|${r.platform}`,
      Number(r.share_pct),
    ]);
    for (const r of rawCsv("platform_market_share_points.csv")) {
      expected.push([`CN|${r.year}|online_retail_share_pct|${r.platform}`, Number(r.share_of_online_retail_pct)]);
      expected.push([`CN|${r.year}|online_retail_share_change_pp|${r.platform}`, Number(r.change_pp_vs_prev_year)]);
    }
    const rows = rowsOf("platform-market-shares");
    expectCells(rows, expected);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["estimate"]));
    expect(find(rows, "CN", "2014-Q3", "mobile_payment_share_pct", "Alipay + Lakala + Tenpay (top 3 combined)")?.note).toMatch(/more than/);
  });

  it("should publish every health-resource cell, the national 1999 total under CN", () => {
    const source = rawCsv("health_resources_province_pages.csv");
    const rows = rowsOf("province-health-resources");
    expectCells(
      rows,
      source.map((r) => [`${r.iso_3166_2}|${r.year}|${r.indicator}`, Number(r.value)] as const),
    );
    for (const r of source) expect(find(rows, r.iso_3166_2 ?? "", r.year ?? "", r.indicator ?? "")?.source).toBe(r.source_url);
  });
});

describe("facts documented in china/SOURCES.md, in the published data", () => {
  it("should reproduce the physical-goods shares 24.5% (2021) and 27.6% (2023) from published amounts", () => {
    const rows = rowsOf("online-retail");
    for (const [year, share] of [
      ["2021", "24.5"],
      ["2023", "27.6"],
    ] as const) {
      expect(
        ((100 * cell(rows, "CN", year, "physical_goods_online_sales")) / cell(rows, "CN", year, "total_retail_sales")).toFixed(1),
      ).toBe(share);
      expect(cell(rows, "CN", year, "physical_goods_share_pct")).toBe(Number(share));
    }
  });

  it("should have belt shares summing to 100.0 and 2023 belt volumes summing to the national total", () => {
    const rows = rowsOf("express-delivery");
    const belts = ["CN-SPB-EAST", "CN-SPB-CENTRAL", "CN-SPB-WEST"];
    for (const [year, measure] of [
      ["2022", "parcels_share_pct"],
      ["2023", "parcels_share_pct"],
      ["2023", "revenue_share_pct"],
    ] as const) {
      expect(belts.reduce((a, b) => a + cell(rows, b, year, measure), 0)).toBeCloseTo(100, 6);
    }
    expect(belts.reduce((a, b) => a + cell(rows, b, "2023", "parcels"), 0)).toBeCloseTo(cell(rows, "CN", "2023", "parcels"), 6);
  });

  it("should have shares of every market-period sum to at most 100.01%", () => {
    const sums = new Map<string, number>();
    for (const r of rowsOf("platform-market-shares").filter((x) => String(x.measure).endsWith("_share_pct"))) {
      const key = `${r.measure}|${r.period}`;
      sums.set(key, (sums.get(key) ?? 0) + Number(r.value));
    }
    for (const [key, sum] of sums) expect(sum, key).toBeLessThanOrEqual(100.01 + 1e-9);
    expect(sums.get("search_all_platforms_share_pct|2018-02")).toBeCloseTo(100.01, 6);
  });

  it("should have the 31 provinces of 1999 sum to the national total within 0.05% for every column", () => {
    const rows = rowsOf("province-health-resources").filter((r) => r.period === "1999");
    const measures = new Set(rows.map((r) => String(r.measure)));
    expect(measures.size).toBe(5);
    for (const m of measures) {
      const provinces = rows.filter((r) => r.measure === m && r.region !== "CN");
      expect(provinces).toHaveLength(31);
      const ratio = provinces.reduce((a, r) => a + Number(r.value), 0) / cell(rows, "CN", "1999", m);
      expect(Math.abs(ratio - 1), m).toBeLessThanOrEqual(0.0005);
    }
  });
});
