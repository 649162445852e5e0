/**
 * The datasets converted from `china/added-2026-12/`: every published value equals its raw cell (the expected
 * observations are rebuilt here from the raw files with the test's own mapping), and the flags SOURCES.md asks
 * for are on the right rows — every education row `secondary`, the two suspect Tianjin years noted, the reposted
 * R&D years, PBoC and CNNIC points `secondary`.
 */
import { describe, expect, it } from "vitest";
import { parseFlags } from "../../schemas";
import { expectCells, find, metaOf, raw, rawCsv, rowsOf } from "./china-support";

const added = (file: string) => rawCsv(`added-2026-12/${file}`);

/** The portal-layout files publish the raw indicator as the measure, one row per raw row. */
const portalCells = (file: string) => added(file).map((r) => [`${r.iso_3166_2}|${r.year}|${r.indicator}`, Number(r.value)] as const);

describe.runIf(raw)("datasets from china/added-2026-12 against ../shared/data/raw", () => {
  it("should publish every software and IT services cell, 30 provinces without Tibet", () => {
    const rows = rowsOf("province-software-it-services");
    expectCells(rows, portalCells("province_software_it_services_nbs.csv"));
    expect(rows.some((r) => r.region === "CN-XZ")).toBe(false);
    expect(new Set(rows.filter((r) => r.measure === "software_business_revenue").map((r) => r.region)).size).toBe(30);
    // SOURCES.md: Beijing is largest from 2019; 2024 = 311,637,931.6 万元.
    expect(find(rows, "CN-BJ", "2024", "software_business_revenue")?.value).toBe(311637931.6);
  });

  it("should note every software value that jumps tenfold against both adjacent years, as Inner Mongolia 2021", () => {
    const rows = rowsOf("province-software-it-services");
    const at = new Map(rows.map((r) => [`${r.region}|${r.measure}|${r.period}`, Number(r.value)]));
    const jumps = rows.filter((r) => {
      const [before, after] = [-1, 1].map((d) => at.get(`${r.region}|${r.measure}|${Number(r.period) + d}`));
      if (!before || !after) return false;
      const v = Number(r.value);
      return (v > 10 * before && v > 10 * after) || (10 * v < before && 10 * v < after);
    });
    expect(rows.filter((r) => r.note).map((r) => `${r.region} ${r.measure} ${r.period}`)).toEqual(
      jumps.map((r) => `${r.region} ${r.measure} ${r.period}`),
    );
    expect(jumps).toHaveLength(8);
    // The caveat's count: year-on-year changes of total revenue above +100 % or below −50 %.
    const swings = rows.filter((r) => {
      if (r.measure !== "software_business_revenue") return false;
      const before = at.get(`${r.region}|${r.measure}|${Number(r.period) - 1}`);
      return before !== undefined && (Number(r.value) > 2 * before || Number(r.value) < 0.5 * before);
    });
    expect(swings).toHaveLength(13);
    expect(metaOf("province-software-it-services")?.caveats.some((c) => c.en.includes("13 province-years"))).toBe(true);
    expect(String(find(rows, "CN-NM", "2021", "software_business_revenue")?.note)).toMatch(/jump in the source/);
  });

  it("should publish every telecom capacity cell", () => {
    expectCells(rowsOf("province-telecom-capacity"), portalCells("province_telecom_capacity_nbs.csv"));
  });

  it("should publish every patent and fiscal science cell and say the labels are inferred", () => {
    const source = added("province_patents_sci_tech_nbs.csv");
    expect(source.every((r) => r.indicator_zh?.includes("[label inferred]"))).toBe(true);
    expectCells(rowsOf("province-patents-sci-tech"), portalCells("province_patents_sci_tech_nbs.csv"));
    const meta = metaOf("province-patents-sci-tech");
    for (const m of meta?.measures ?? []) expect(m.title.en, m.id).toMatch(/label inferred/);
    expect(meta?.measures.find((m) => m.id === "technology_market_turnover")?.title.en).toMatch(/not independently verified/);
    // The Beijing IP Office's 2019 page (SOURCES.md) identifies the four patent measures.
    const rows = rowsOf("province-patents-sci-tech");
    expect(
      ["patent_applications", "invention_patent_applications", "patents_granted", "invention_patents_granted"].map(
        (m) => find(rows, "CN-BJ", "2019", m)?.value,
      ),
    ).toEqual([226113, 129930, 131716, 53127]);
  });

  it("should publish every R&D bulletin cell with its vintage apart and flag the reposted years secondary", () => {
    const measureOf: Record<string, string> = {
      rd_expenditure: "rd_expenditure",
      rd_intensity_pct_of_grp: "rd_intensity_pct",
      rd_intensity_pct_of_grp_revised_2024_bulletin: "rd_intensity_pct_revised",
    };
    const source = added("province_rd_expenditure_bulletins.csv");
    const rows = rowsOf("province-rd-expenditure");
    expectCells(
      rows,
      source.map((r) => [`${r.iso_3166_2}|${r.year}|${measureOf[r.indicator ?? ""]}`, Number(r.value)] as const),
    );
    for (const r of source) {
      const row = find(rows, r.iso_3166_2 ?? "", r.year ?? "", measureOf[r.indicator ?? ""] ?? "");
      const fromPage = (r.source_url ?? "").startsWith("http");
      expect(parseFlags(row?.status as string | undefined), `${r.iso_3166_2} ${r.year} ${r.indicator}`).toEqual(
        fromPage ? ["secondary"] : [],
      );
      if (fromPage) expect(row?.source).toBe(r.source_url);
    }
    // Beijing 2023 in two vintages: 6.73 % (2023 bulletin) and 6.22 % (revised in the 2024 bulletin).
    expect(find(rows, "CN-BJ", "2023", "rd_intensity_pct")?.value).toBe(6.73);
    expect(find(rows, "CN-BJ", "2023", "rd_intensity_pct_revised")?.value).toBe(6.22);
    expect(rows.filter((r) => r.period === "2024" && r.measure === "rd_intensity_pct" && r.status === undefined)).toHaveLength(32);
  });

  it("should publish every PBoC and CNNIC point as secondary with its page", () => {
    expectCells(
      rowsOf("mobile-payments"),
      added("pboc_mobile_payments_points.csv").map((r) => [`CN|${r.period}|${r.indicator}`, Number(r.value)] as const),
    );
    const ages: Record<string, string> = {
      internet_users_aged_60_plus: "internet_users_aged_60_plus",
      internet_penetration_aged_60_plus: "internet_penetration_aged_60_plus_pct",
      share_of_internet_users_aged_50_plus: "share_of_users_aged_50_plus_pct",
      share_of_internet_users_aged_20_29: "share_of_users_aged_20_29_pct",
      share_of_internet_users_aged_30_39: "share_of_users_aged_30_39_pct",
      share_of_internet_users_aged_40_49: "share_of_users_aged_40_49_pct",
    };
    const ageSource = added("cnnic_internet_users_age_points.csv");
    expectCells(
      rowsOf("internet-users-age"),
      ageSource.map((r) => [`CN|${r.period}|${ages[r.indicator ?? ""]}`, Number(r.value)] as const),
    );
    for (const id of ["mobile-payments", "internet-users-age"]) {
      for (const row of rowsOf(id)) {
        expect(parseFlags(row.status as string), `${id} ${row.period} ${row.measure}`).toEqual(["secondary"]);
        expect(String(row.source)).toMatch(/^https?:\/\//);
      }
    }
  });

  it("should publish every education cell, all secondary, with the two suspect Tianjin years noted", () => {
    const rows = rowsOf("province-education-expenditure");
    expectCells(
      rows,
      added("province_education_expenditure_nbs_secondary.csv").map(
        (r) => [`${r.iso_3166_2}|${r.year}|local_fiscal_expenditure_education`, Number(r.value)] as const,
      ),
    );
    expect(rows).toHaveLength(310);
    for (const row of rows) expect(parseFlags(row.status as string), `${row.region} ${row.period}`).toEqual(["secondary"]);
    const noted = rows.filter((r) => r.note).map((r) => `${r.region} ${r.period} ${r.value}`);
    expect(noted).toEqual(["CN-TJ 2010 229.56", "CN-TJ 2011 229.56"]);
    expect(String(find(rows, "CN-TJ", "2010", "local_fiscal_expenditure_education")?.note)).toMatch(/possible copy error/);
  });
});

describe("metadata of the datasets from china/added-2026-12", () => {
  it.each([
    ["province-software-it-services", [/Tibet/, /less reliable|more confidence than the split/]],
    ["province-rd-expenditure", [/vintage/, /secondary/, /2022 lacks/]],
    ["province-patents-sci-tech", [/inferred/, /Qinghai/]],
    ["province-telecom-capacity", [/Thinly checked/]],
    ["mobile-payments", [/Not a series/, /non-bank/]],
    ["internet-users-age", [/Not a series/, /low authority/]],
    ["province-education-expenditure", [/Secondary copy/, /Tianjin 2010 and 2011/, /do not mix/]],
  ] as const)("should carry the caveats of SOURCES.md for %s", (id, patterns) => {
    const caveats = (metaOf(id)?.caveats ?? []).map((c) => c.en).join("\n");
    for (const p of patterns) expect(caveats).toMatch(p);
  });
});
