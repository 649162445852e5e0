/**
 * The sweep of issue #13: every row it names carries the right flags in the newest version of its dataset (the
 * published versions before it keep theirs), and every source names its primary publication. Reads the committed
 * data only, so it runs everywhere.
 */
import { describe, expect, it } from "vitest";
import { type Flag, parseFlags } from "../../schemas";
import { DATA_DIR } from "../../scripts/lib/paths";
import { loadData, type Row } from "../../scripts/lib/read-data";

const committed = loadData(DATA_DIR);
const datasetOf = (id: string) => committed.datasets.find((d) => d.meta.id === id);
const rowsOf = (id: string, version: string): Row[] => {
  const rows = datasetOf(id)?.versions.find((v) => v.meta.version === version)?.rows;
  if (!rows) throw new Error(`${id}@${version} is not published`);
  return rows;
};
const newest = (id: string) =>
  (datasetOf(id)?.versions ?? [])
    .map((v) => v.meta.version)
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }))
    .at(-1) ?? "";
const flags = (row: Row | undefined): Flag[] => parseFlags(row?.status === undefined ? undefined : String(row.status));
const find = (rows: Row[], region: string, period: string, measure: string) =>
  rows.find((r) => r.region === region && r.period === period && r.measure === measure);

describe("row flags of the rows issue #13 names", () => {
  it("should mark the CNNIC rural definition change at 2021-06 (and 2021-12) as a break", () => {
    const rows = rowsOf("internet-users", newest("internet-users"));
    for (const measure of ["rural_users", "rural_penetration_pct"]) {
      expect(flags(find(rows, "CN", "2021-06", measure)), measure).toContain("break");
      expect(flags(find(rows, "CN", "2021-12", measure)), measure).toContain("break");
      expect(flags(find(rows, "CN", "2020-12", measure)), measure).not.toContain("break");
    }
    expect(find(rows, "CN", "2021-06", "rural_users")?.value).toBe(297);
    // The published version keeps what it published.
    expect(flags(find(rowsOf("internet-users", "1.0.0"), "CN", "2021-06", "rural_users"))).toEqual([]);
  });

  it("should mark World Bank physicians per 1,000 for China in 2022 as a break", () => {
    const rows = rowsOf("world-public-services", newest("world-public-services"));
    expect(find(rows, "CHN", "2022", "physicians_per_1000")).toMatchObject({ value: 3.112, status: "break" });
    expect(flags(find(rows, "CHN", "2021", "physicians_per_1000"))).toEqual([]);
  });

  it("should mark MIIT's three-region rows old-method, the first four-region rows a break, and 2019 5G a lower bound", () => {
    const rows = rowsOf("telecom-infrastructure", newest("telecom-infrastructure"));
    const threeRegion = rows.filter((r) => String(r.note).includes("three-region split"));
    expect(threeRegion).toHaveLength(9);
    for (const row of threeRegion) expect(flags(row)).toContain("old-method");
    for (const region of ["CN-MIIT-EAST", "CN-MIIT-CENTRAL", "CN-MIIT-WEST"]) {
      const fourRegion = rows
        .filter((r) => r.region === region && !threeRegion.includes(r))
        .sort((a, b) => String(a.period).localeCompare(String(b.period)));
      expect(flags(fourRegion[0]), region).toContain("break");
      expect(
        fourRegion.slice(1).every((r) => !flags(r).includes("break")),
        region,
      ).toBe(true);
    }
    const fiveG = find(rows, "CN", "2019-12", "base_stations_5g");
    expect(flags(fiveG)).toContain("lower-bound");
    expect(flags(fiveG)).not.toContain("rounded");
  });

  it("should mark the 921 hand-keyed CNNIC provincial rows transcribed and secondary", () => {
    const rows = rowsOf("province-internet", newest("province-internet"));
    expect(rows).toHaveLength(921);
    for (const row of rows) expect(flags(row)).toEqual(["secondary", "transcribed"]);
  });

  it("should mark the 8,720 values transcribed from Gapminder pages", () => {
    const rows = [
      ...rowsOf("world-services-share", newest("world-services-share")),
      ...rowsOf("world-account-ownership", newest("world-account-ownership")),
    ];
    expect(rows).toHaveLength(8720);
    for (const row of rows) expect(flags(row)).toContain("transcribed");
  });

  it("should mark income rows from consultancies, self-media, forums and Q&A pages secondary (Anhui 2023 among them)", () => {
    const rows = rowsOf("province-income-urban-rural", newest("province-income-urban-rural"));
    const weak = rows.filter((r) => /consultancy|self-media|Q&A|forum|aggregator|MAIGOO|買購|第一财经/i.test(String(r.note)));
    expect(weak.length).toBeGreaterThanOrEqual(20);
    for (const row of weak) expect(flags(row), `${row.region} ${row.period} ${row.measure}`).toContain("secondary");
    for (const measure of ["urban_disposable_income", "rural_disposable_income"])
      expect(flags(find(rows, "CN-AH", "2023", measure))).toContain("secondary");
    // Rows from official yearbook tables on government sites are not secondary.
    const official = rows.filter((r) => /^https?:\/\/[^/]*\.gov\.cn\//.test(String(r.source)));
    expect(official.length).toBeGreaterThan(0);
    for (const row of official) expect(flags(row)).not.toContain("secondary");
  });

  it("should mark the 2020 online-retail figures from a consultancy secondary", () => {
    const rows = rowsOf("online-retail", newest("online-retail")).filter((r) => r.period === "2020");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(flags(row), String(row.measure)).toContain("secondary");
  });

  it("should mark the Gini years read from forum reposts secondary, keeping old-method and break", () => {
    const rows = rowsOf("national-gini", newest("national-gini"));
    for (const year of ["2016", "2019", "2020"]) expect(flags(find(rows, "CN", year, "gini")), year).toContain("secondary");
    expect(flags(find(rows, "CN", "2013", "gini"))).toContain("break");
    expect(flags(find(rows, "CN", "2003", "gini"))).toContain("old-method");
    expect(flags(find(rows, "CN", "2024", "gini"))).toEqual([]);
  });
});

describe("world-sector-shares zeros that mean missing", () => {
  it("should leave out the 82 Brazil and Venezuela zeros in a new version that says so, and keep 1.0.0 as published", () => {
    const zero = (r: Row) => r.value === 0 && (r.region === "BRA" || r.region === "VEN");
    const first = rowsOf("world-sector-shares", "1.0.0");
    const version = newest("world-sector-shares");
    const corrected = rowsOf("world-sector-shares", version);
    expect(first.filter(zero)).toHaveLength(82);
    expect(corrected.filter(zero)).toHaveLength(0);
    expect(corrected).toHaveLength(first.length - 82);
    const meta = datasetOf("world-sector-shares")?.versions.find((v) => v.meta.version === version)?.meta;
    expect(meta?.corrects).toBe("1.0.0");
    expect(meta?.changes.en).toMatch(/82 zeros that stand for missing values/);
  });
});

describe("provenance", () => {
  it("should name the primary publication of every source of every dataset", () => {
    const missing = committed.datasets.flatMap((d) => d.meta.sources.filter((s) => !s.primary).map((s) => `${d.meta.id}: ${s.title}`));
    expect(missing).toEqual([]);
  });

  it("should say which measures are not comparable: NBS vs WB Gini, CAICT share vs national-gdp, OWID aggregates", () => {
    const notes = (id: string, measure: string) =>
      datasetOf(id)
        ?.meta.measures.find((m) => m.id === measure)
        ?.notComparableWith?.map((n) => `${n.dataset}:${n.measure ?? "*"}`) ?? [];
    expect(notes("national-gini", "gini")).toContain("world-income-distribution:gini_index");
    expect(notes("world-income-distribution", "gini_index")).toContain("national-gini:gini");
    expect(notes("digital-economy", "share_of_gdp_pct")).toContain("national-gdp:gdp");
    expect(notes("world-internet-use", "internet_users_pct").length).toBeGreaterThan(0);
  });

  it("should declare defaults for every observations dataset, with at most two units", () => {
    for (const d of committed.datasets.filter((x) => x.meta.kind === "observations")) {
      expect(d.meta.defaults?.measures.length, d.meta.id).toBeGreaterThan(0);
      const units = new Set(d.meta.defaults?.measures.map((id) => d.meta.measures.find((m) => m.id === id)?.unit.en));
      expect(units.size, d.meta.id).toBeLessThanOrEqual(2);
    }
    expect(datasetOf("national-household-income")?.meta.defaults?.measures).toHaveLength(2);
    expect(datasetOf("province-health-resources")?.meta.defaults?.measures).not.toContain("population");
  });
});
