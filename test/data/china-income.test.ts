/**
 * Common-prosperity datasets (national-gini, national-household-income, national-income-urban-rural-points,
 * province-income, province-income-urban-rural): every published value equals its raw cell in every version, the
 * version histories add what they say, and documented facts hold in the published data.
 */
import { describe, expect, it } from "vitest";
import { describeRaw } from "../support/raw-data";
import { cell, expectCells, find, keyOf, rawCsv, rowsOf, versionsOf } from "./china-support";

describeRaw("China income datasets against ../shared/data/raw", () => {
  it("should publish national_gini_nbs.csv alone as national-gini 1.0.0, with its sources and status", () => {
    const source = rawCsv("national_gini_nbs.csv");
    const rows = rowsOf("national-gini", "1.0.0");
    expectCells(
      rows,
      source.map((r) => [`CN|${r.year}|gini`, Number(r.gini_disposable_income)] as const),
    );
    for (const r of source) {
      const row = find(rows, "CN", r.year ?? "", "gini");
      expect(row?.source).toBe(r.source_urls);
      expect(row?.status).toBe(Number(r.year) <= 2012 ? "old-method" : r.year === "2013" ? "break" : undefined);
    }
  });

  it("should add exactly the portal's gap years in national-gini 1.1.0 and keep every 1.0.0 row as it was", () => {
    const first = rowsOf("national-gini", "1.0.0");
    const second = rowsOf("national-gini", "1.1.0");
    const portal = rawCsv("national_gini_nbs_portal.csv");
    const years = new Set(first.map((r) => r.period));
    const added = portal.filter((r) => !years.has(r.year ?? ""));
    expectCells(second, [
      ...first.map((r) => [keyOf(r), Number(r.value)] as const),
      ...added.map((r) => [`CN|${r.year}|gini`, Number(r.gini_disposable_income)] as const),
    ]);
    for (const row of first) expect(second).toContainEqual(row);
    // The overlapping years agree between the two sources (checked, not assumed).
    for (const r of portal.filter((p) => years.has(p.year ?? "")))
      expect(cell(first, "CN", r.year ?? "", "gini")).toBe(Number(r.gini_disposable_income));
  });

  it("should publish every household-survey cell, with the repository and export table it came from", () => {
    const source = rawCsv("national_household_income_nbs.csv");
    const rows = rowsOf("national-household-income");
    expectCells(
      rows,
      source.map((r) => [`CN|${r.year}|${r.indicator}`, Number(r.value)] as const),
    );
    for (const r of source) {
      const published = String(find(rows, "CN", r.year ?? "", r.indicator ?? "")?.source);
      expect(published).toContain(r.source_repo);
      expect(published).toContain(r.source_table);
    }
  });

  it("should publish every urban/rural income point, split by survey method and rural income concept", () => {
    const expected: [string, number][] = [];
    for (const r of rawCsv("national_income_urban_rural_points.csv")) {
      const category = r.source_urls?.includes("scirp.org") ? "journal table (SCIRP, citing NBS)" : "NBS release as reported";
      const rural = r.rural_income_concept?.startsWith("net income") ? "rural_net_income" : "rural_disposable_income";
      const cells = {
        all_residents_yuan: "all_disposable_income",
        urban_yuan: "urban_disposable_income",
        rural_yuan: rural,
        urban_rural_ratio: "urban_rural_ratio",
      };
      for (const [column, measure] of Object.entries(cells)) {
        if (r[column]) expected.push([`CN|${r.year}|${measure}|${category}`, Number(r[column])]);
      }
    }
    const rows = rowsOf("national-income-urban-rural-points");
    expectCells(rows, expected);
    for (const row of rows) expect(row.status, keyOf(row)).toBe(Number(row.period) <= 2014 ? "old-method" : undefined);
  });

  it("should publish every provincial all-resident income and consumption cell", () => {
    const measures: Record<string, string> = {
      disposable_income_per_capita_all_residents: "disposable_income",
      consumption_expenditure_per_capita_all_residents: "consumption_expenditure",
    };
    expectCells(
      rowsOf("province-income"),
      rawCsv("province_income_consumption_nbs.csv").map(
        (r) => [`${r.iso_3166_2}|${r.year}|${measures[r.measure ?? ""]}`, Number(r.value)] as const,
      ),
    );
  });

  it("should publish the partial urban pages as province-income-urban-rural 1.0.0, one value per province-year", () => {
    const source = rawCsv("province_income_urban_partial_pages.csv");
    const rows = rowsOf("province-income-urban-rural", "1.0.0");
    // Where two pages give one province-year, the one printed with more decimals is published and the other agrees.
    const best = new Map<string, string>();
    for (const r of source) {
      const key = `${r.iso_3166_2}|${r.year}|urban_disposable_income`;
      const other = best.get(key);
      const decimals = (t: string) => t.split(".")[1]?.length ?? 0;
      if (other !== undefined) expect(Number(other).toFixed(0)).toBe(Number(r.value).toFixed(0));
      if (other === undefined || decimals(r.value ?? "") > decimals(other)) best.set(key, r.value ?? "");
    }
    expect(best.size).toBeLessThan(source.length);
    expectCells(
      rows,
      [...best].map(([key, value]) => [key, Number(value)] as const),
    );
    expect(cell(rows, "CN-GD", "2016", "urban_disposable_income")).toBe(37684.3);
  });

  it("should publish every communiqué cell as province-income-urban-rural 1.1.0, keeping every 1.0.0 value", () => {
    const measures: Record<string, string> = { urban: "urban_disposable_income", rural: "rural_disposable_income" };
    const source = rawCsv("province_income_urban_rural_communiques.csv");
    const rows = rowsOf("province-income-urban-rural", "1.1.0");
    expectCells(
      rows,
      source.map((r) => [`${r.iso_3166_2}|${r.year}|${measures[r.measure ?? ""]}`, Number(r.value)] as const),
    );
    for (const r of source)
      expect(find(rows, r.iso_3166_2 ?? "", r.year ?? "", measures[r.measure ?? ""] ?? "")?.source).toBe(r.source_url);
    for (const old of rowsOf("province-income-urban-rural", "1.0.0"))
      expect(find(rows, String(old.region), String(old.period), String(old.measure))?.value).toBe(old.value);
  });
});

describe("facts documented in china/SOURCES.md, in the published data", () => {
  it("should fill 2017, 2018 and 2021–2024 in national-gini 1.1.0, which 1.0.0 lacks", () => {
    expect(versionsOf("national-gini")).toEqual(["1.0.0", "1.1.0", "1.1.1"]);
    const periods = (v: string) => new Set(rowsOf("national-gini", v).map((r) => String(r.period)));
    const first = periods("1.0.0");
    const added = [...periods("1.1.0")].filter((p) => !first.has(p)).sort();
    expect(added).toEqual(["2017", "2018", "2021", "2022", "2023", "2024"]);
    expect(rowsOf("national-gini", "1.1.0")).toHaveLength(22);
  });

  it("should mark the 2016, 2019 and 2020 Gini values of 1.0.0 as forum reposts", () => {
    for (const year of ["2016", "2019", "2020"]) expect(String(find(rowsOf("national-gini"), "CN", year, "gini")?.note)).toMatch(/forum/);
  });

  it("should give the national urban/rural ratio 2.56 for 2020 and 2.50 for 2021 from the household-survey means", () => {
    const rows = rowsOf("national-household-income");
    const ratio = (p: string) => cell(rows, "CN", p, "disposable_income_mean_urban") / cell(rows, "CN", p, "disposable_income_mean_rural");
    expect(ratio("2020").toFixed(2)).toBe("2.56");
    expect(ratio("2021").toFixed(2)).toBe("2.50");
    expect(ratio("2015").toFixed(2)).toBe("2.73");
    expect(ratio("2024").toFixed(2)).toBe("2.34");
  });

  it("should have the four income sources add up to the mean within 3 yuan and rising quintiles", () => {
    const rows = rowsOf("national-household-income");
    for (let year = 2015; year <= 2024; year++) {
      const p = String(year);
      for (const g of ["all", "urban", "rural"]) {
        const parts = ["wage_income", "net_business_income", "net_property_income", "net_transfer_income"].map((m) =>
          cell(rows, "CN", p, `${m}_${g}`),
        );
        expect(
          Math.abs(parts.reduce((a, b) => a + b, 0) - cell(rows, "CN", p, `disposable_income_mean_${g}`)),
          `${p} ${g}`,
        ).toBeLessThanOrEqual(3);
        const q = [
          "quintile1_low_income",
          "quintile2_lower_middle",
          "quintile3_middle",
          "quintile4_upper_middle",
          "quintile5_high_income",
        ].map((m) => cell(rows, "CN", p, `${m}_${g}`));
        expect([...q].sort((a, b) => a - b)).toEqual(q);
      }
    }
  });

  it("should match the national 2020 and 2021 release points with the household-survey series", () => {
    const points = rowsOf("national-income-urban-rural-points");
    const survey = rowsOf("national-household-income");
    for (const p of ["2020", "2021"]) {
      const release = (m: string) => Number(find(points, "CN", p, m, "NBS release as reported")?.value);
      expect(release("urban_disposable_income")).toBe(cell(survey, "CN", p, "disposable_income_mean_urban"));
      expect(release("rural_disposable_income")).toBe(cell(survey, "CN", p, "disposable_income_mean_rural"));
      expect(release("all_disposable_income")).toBe(cell(survey, "CN", p, "disposable_income_mean_all"));
    }
  });

  it("should have Shanghai highest and Beijing second in all-resident income every year", () => {
    const rows = rowsOf("province-income").filter((r) => r.measure === "disposable_income");
    for (let year = 2016; year <= 2024; year++) {
      const ranked = rows.filter((r) => r.period === String(year)).sort((a, b) => Number(b.value) - Number(a.value));
      expect(ranked).toHaveLength(31);
      expect(ranked.slice(0, 2).map((r) => r.region)).toEqual(["CN-SH", "CN-BJ"]);
    }
  });

  it("should have all-resident income between rural and urban income wherever both are published", () => {
    const all = rowsOf("province-income");
    const split = rowsOf("province-income-urban-rural", "1.1.0");
    let checked = 0;
    for (const u of split.filter((r) => r.measure === "urban_disposable_income")) {
      const mean = find(all, String(u.region), String(u.period), "disposable_income");
      if (mean) {
        expect(Number(u.value), keyOf(u)).toBeGreaterThanOrEqual(Number(mean.value));
        checked++;
      }
      const rural = find(split, String(u.region), String(u.period), "rural_disposable_income");
      if (mean && rural) expect(Number(rural.value), keyOf(rural)).toBeLessThanOrEqual(Number(mean.value));
    }
    expect(checked).toBeGreaterThan(80);
  });

  it("should not cover Ningxia at all in province-income-urban-rural (thin coverage is not filled in)", () => {
    expect(rowsOf("province-income-urban-rural", "1.1.0").some((r) => r.region === "CN-NX")).toBe(false);
  });
});
