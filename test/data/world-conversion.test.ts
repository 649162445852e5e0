/**
 * Every observation of the world datasets equals its raw cell, and every raw cell is published (nothing dropped,
 * nothing added). The raw files are read here independently of the converters' readers. Runs only where
 * ../shared/data/raw exists.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DATA_DIR, findRawDir } from "../../scripts/lib/paths";
import { loadData, type Row } from "../../scripts/lib/read-data";
import { describeRaw } from "../support/raw-data";

const rawDir = findRawDir();
const committed = loadData(DATA_DIR);
const datasetOf = (id: string) => committed.datasets.find((d) => d.meta.id === id);
const rowsOf = (id: string) => datasetOf(id)?.versions.find((v) => v.meta.version === "1.0.0")?.rows ?? [];

type Record = { [column: string]: string };
const readCsv = (path: string, options: object = {}): Record[] =>
  parse(readFileSync(join(rawDir as string, path), "utf8"), { columns: true, bom: true, skip_empty_lines: true, ...options });

/** Published observations keyed by region|period|measure. */
const byKey = (rows: Row[]) => new Map(rows.map((r) => [`${r.region}|${r.period}|${r.measure}`, r]));

/** Expects `rows` to be exactly `expected` (key → raw cell text), value by value. */
function expectExactly(rows: Row[], expected: Map<string, string>): void {
  const published = byKey(rows);
  for (const [key, cell] of expected) expect(published.get(key)?.value, key).toBe(Number(cell));
  expect(rows).toHaveLength(expected.size);
}

/** Datahub folder → measure, per dataset: written out here so that a mix-up in a converter shows. */
const DATAHUB: { [dataset: string]: { [indicator: string]: string } } = {
  "world-digital-access": {
    "it.cel.sets.p2": "mobile_subscriptions_per_100",
    "it.net.bbnd.p2": "fixed_broadband_per_100",
    "it.net.secr.p6": "secure_servers_per_million",
  },
  "world-income-distribution": {
    "si.pov.gini": "gini_index",
    "si.dst.frst.10": "income_share_lowest_10_pct",
    "si.dst.frst.20": "income_share_lowest_20_pct",
    "si.dst.05th.20": "income_share_highest_20_pct",
    "si.dst.10th.10": "income_share_highest_10_pct",
  },
  "world-economy": {
    "ny.gdp.mktp.cd": "gdp_usd",
    "ny.gdp.pcap.cd": "gdp_per_capita_usd",
    "ny.gdp.pcap.pp.cd": "gdp_per_capita_ppp",
    "ny.gnp.pcap.cd": "gni_per_capita_atlas_usd",
  },
  "world-sector-shares": { "nv.agr.totl.zs": "agriculture_share_pct", "nv.ind.totl.zs": "industry_share_pct" },
  "world-population": { "sp.pop.totl": "population", "sp.urb.totl.in.zs": "urban_share_pct", "sp.rur.totl.zs": "rural_share_pct" },
  "world-rd-expenditure": { "gb.xpd.rsdv.gd.zs": "rd_expenditure_pct_gdp" },
};

function datahubCells(indicators: { [indicator: string]: string }): Map<string, string> {
  const expected = new Map<string, string>();
  for (const [indicator, measure] of Object.entries(indicators))
    for (const r of readCsv(`intl/wdi_datahub/${indicator}/data.csv`))
      expected.set(`${r["Country Code"]}|${r.Year}|${measure}`, r.Value as string);
  return expected;
}

function apiCells(file: string, measure: string): Map<string, string> {
  const expected = new Map<string, string>();
  for (const r of readCsv(file, { from_line: 5 }))
    for (const [column, cell] of Object.entries(r))
      if (/^\d{4}$/.test(column) && cell !== "") expected.set(`${r["Country Code"]}|${column}|${measure}`, cell);
  return expected;
}

function gapminderCells(file: string, concept: string, measure: string): Map<string, string> {
  const iso3 = new Map(readCsv("intl/gapminder_ddf--entities--geo--country.csv").map((r) => [r.country, r.iso3166_1_alpha3]));
  // intl/SOURCES.md: "kos = Kosovo (XKX), chanisl = Channel Islands (CHI)" — the entity list has no ISO code for them.
  const exceptions: Record = { kos: "XKX", chanisl: "CHI" };
  const expected = new Map<string, string>();
  for (const r of readCsv(file)) {
    const code = exceptions[r.geo as string] ?? iso3.get(r.geo);
    expect(code, r.geo).toMatch(/^[A-Z]{3}$/);
    expected.set(`${code}|${r.time}|${measure}`, r[concept] as string);
  }
  return expected;
}

describeRaw("world datasets from ../shared/data/raw/intl", () => {
  it.each(Object.entries(DATAHUB))("should carry every Datahub WDI cell into %s unchanged", (id, indicators) => {
    expectExactly(rowsOf(id), datahubCells(indicators));
  });

  it("should carry every cell of the five public-services indicators unchanged", () => {
    const expected = new Map([
      ...datahubCells({
        "sh.med.beds.zs": "hospital_beds_per_1000",
        "se.prm.enrl.tc.zs": "pupil_teacher_ratio_primary",
        "se.xpd.totl.gd.zs": "education_expenditure_pct_gdp",
      }),
      ...apiCells("intl/wdi_api_SH.MED.PHYS.ZS.csv", "physicians_per_1000"),
      ...apiCells("intl/wdi_api_SH.XPD.CHEX.GD.ZS.csv", "health_expenditure_pct_gdp"),
    ]);
    expectExactly(rowsOf("world-public-services"), expected);
    // SOURCES.md sanity figures: China physicians 2022 3.112, World current health expenditure 2023 10.06.
    const published = byKey(rowsOf("world-public-services"));
    expect(published.get("CHN|2022|physicians_per_1000")?.value).toBeCloseTo(3.112, 3);
    expect(published.get("WLD|2023|health_expenditure_pct_gdp")?.value).toBeCloseTo(10.06, 2);
  });

  it("should carry every OWID internet-use cell unchanged, with WB codes and OWID aggregates flagged", () => {
    const named: Record = {
      World: "WLD",
      Kosovo: "XKX",
      "Faeroe Islands": "FRO",
      "East Asia and Pacific (WB)": "EAS",
      "Europe and Central Asia (WB)": "ECS",
      "European Union (27)": "EUU",
      "High-income countries": "HIC",
      "Latin America and Caribbean (WB)": "LCN",
      "Low-income countries": "LIC",
      "Lower-middle-income countries": "LMC",
      "Middle East and North Africa (WB)": "MEA-FY25",
      "North America (WB)": "NAC",
      "South Asia (WB)": "SAS-FY25",
      "Sub-Saharan Africa (WB)": "SSF",
      "Upper-middle-income countries": "UMC",
    };
    const expected = new Map<string, string>();
    const aggregates = new Set<string>();
    for (const r of readCsv("intl/owid_share-of-individuals-using-the-internet.csv")) {
      const code = named[r.Entity as string] ?? (r.Code as string);
      expect(code, r.Entity).toMatch(/^[A-Z]{3}(-FY25)?$/);
      expected.set(`${code}|${r.Year}|internet_users_pct`, r["Individuals using the Internet (% of population)"] as string);
      if (r.Code === "" ? r.Entity !== "Faeroe Islands" : r.Code === "OWID_WRL") aggregates.add(code);
    }
    const rows = rowsOf("world-internet-use");
    expectExactly(rows, expected);
    for (const row of rows)
      expect(row.status, `${row.region} ${row.period}`).toBe(aggregates.has(String(row.region)) ? "estimate" : undefined);
    const published = byKey(rows);
    // intl/SOURCES.md sanity checks: China 2020 70.0528, China 2023 77.48, World 2023 67.4.
    expect(published.get("CHN|2020|internet_users_pct")?.value).toBe(70.0528);
    expect(published.get("WLD|2023|internet_users_pct")?.value).toBe(67.4);
  });

  it("should carry every Gapminder services-share and account-ownership cell unchanged", () => {
    expectExactly(
      rowsOf("world-services-share"),
      gapminderCells("intl/gapminder_wdi_ddf--datapoints--nv_srv_totl_zs--by--geo--time.csv", "nv_srv_totl_zs", "services_share_pct"),
    );
    expectExactly(
      rowsOf("world-account-ownership"),
      gapminderCells("intl/gapminder_wdi_ddf--datapoints--fx_own_totl_zs--by--geo--time.csv", "fx_own_totl_zs", "account_ownership_pct"),
    );
    expect(byKey(rowsOf("world-account-ownership")).get("CHN|2024|account_ownership_pct")?.value).toBeCloseTo(89.38, 2);
  });

  it("should list every WDI economy and aggregate in countries with its names, region and income group", () => {
    const rows = rowsOf("countries");
    const source = readCsv("intl/wdi_WDICountry.csv");
    expect(rows).toHaveLength(source.length);
    for (const r of source) {
      const row = rows.find((x) => x.region === r["Country Code"]);
      expect(row, r["Country Code"]).toMatchObject({
        name_en: r["Table Name"],
        short_name_en: r["Short Name"],
        long_name_en: r["Long Name"],
        wb_region: r.Region,
        income_group: r["Income Group"],
        lending_category: r["Lending category"],
        wb_alpha2: r["2-alpha code"],
        kind: r.Region === "" ? "aggregate" : "economy",
      });
    }
    expect(rows.filter((r) => r.kind === "aggregate")).toHaveLength(48);
    expect(rows.find((r) => r.region === "CHN")).toMatchObject({ iso_alpha2: "CN", iso_numeric: "156", gapminder_geo: "chn" });
    expect(rows.find((r) => r.region === "WLD")).toMatchObject({ kind: "aggregate", iso_alpha2: "", gapminder_geo: "" });
  });
});

describe("the world datasets' metadata", () => {
  const world = committed.datasets.filter((d) => d.meta.id.startsWith("world-"));

  it("should cover ten world datasets with sources that name repository, path and commit", () => {
    expect(world).toHaveLength(10);
    for (const d of [...world, datasetOf("countries")]) {
      for (const s of d?.meta.sources ?? [])
        expect(s, d?.meta.id).toMatchObject({ repository: expect.any(String), commit: expect.any(String) });
      expect(d?.meta.licence.id, d?.meta.id).toBe("CC-BY-4.0");
    }
  });

  it("should carry the attributions intl/SOURCES.md requires", () => {
    const attribution = (id: string) => datasetOf(id)?.meta.licence.attribution.en;
    expect(attribution("world-internet-use")).toBe("Our World in Data based on ITU via World Bank WDI");
    for (const d of world)
      expect(d.meta.licence.attribution.en, d.meta.id).toMatch(/World Bank,? WDI|World Bank, World Development Indicators/);
  });

  it("should state year ranges in descriptions that equal the data's first and last year", () => {
    for (const d of world) {
      const years = (d.versions[0]?.rows ?? []).map((r) => Number(r.period));
      const claimed = /(\d{4})–(\d{4})(?:\D|$)/.exec(d.meta.description.en);
      if (!claimed) continue;
      expect([Number(claimed[1]), Number(claimed[2])], d.meta.id).toEqual([Math.min(...years), Math.max(...years)]);
    }
  });

  it("should state economy counts in descriptions that equal the data", () => {
    const regions = (id: string) => new Set(rowsOf(id).map((r) => r.region)).size;
    expect(regions("world-income-distribution")).toBe(171);
    expect(regions("world-services-share")).toBe(205);
    expect(regions("world-account-ownership")).toBe(159);
  });
});
