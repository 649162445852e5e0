/**
 * The committed data/ must be exactly what the converters produce from the raw files, and every value must
 * equal its raw source cell. Runs only where ../shared/data/raw exists (users' clones don't have it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONVERTERS } from "../../scripts/converters";
import { readLock } from "../../scripts/lib/lock";
import { DATA_DIR, findRawDir, LOCK_FILE } from "../../scripts/lib/paths";
import { planVersions, readDatasetMeta } from "../../scripts/lib/publish";
import { RawReader } from "../../scripts/lib/raw";
import { loadData } from "../../scripts/lib/read-data";
import { describeRaw } from "../support/raw-data";

const rawDir = findRawDir();
const raw = rawDir ? new RawReader(rawDir) : undefined;
const committed = loadData(DATA_DIR);
const rowsOf = (id: string, version = "1.0.0") =>
  committed.datasets.find((d) => d.meta.id === id)?.versions.find((v) => v.meta.version === version)?.rows ?? [];

describeRaw("conversion from ../shared/data/raw", () => {
  it.each(CONVERTERS.map((c) => [c.id, c] as const))("should reproduce data/%s byte for byte", (_id, converter) => {
    const plan = planVersions(DATA_DIR, converter.id, converter.convert(raw as RawReader, readDatasetMeta(DATA_DIR, converter.id)));
    expect(plan.files.size).toBeGreaterThan(0);
    // Every file convert would write (data.csv, and meta.json of an unsealed version) equals the committed one.
    for (const [path, content] of plan.files) expect(readFileSync(join(DATA_DIR, path), "utf8"), path).toBe(content);
    const lock = readLock(LOCK_FILE);
    for (const [key, hash] of Object.entries(plan.hashes)) expect(lock[key], key).toBe(hash);
  });

  it("should carry every CNNIC cell into internet-users unchanged", () => {
    const rows = rowsOf("internet-users");
    const columns: Record<string, string> = {
      internet_users_million: "internet_users",
      penetration_pct: "penetration_pct",
      rural_users_million: "rural_users",
      rural_penetration_pct: "rural_penetration_pct",
      urban_penetration_pct: "urban_penetration_pct",
      rural_share_of_users_pct: "rural_share_of_users_pct",
    };
    let cells = 0;
    for (const r of (raw as RawReader).csv("china/cnnic_internet_users.csv")) {
      for (const [column, measure] of Object.entries(columns)) {
        const published = rows.find((o) => o.period === r.period && o.measure === measure);
        if (r[column] === "") {
          expect(published, `${r.period} ${measure}`).toBeUndefined();
        } else {
          cells++;
          expect(published?.value, `${r.period} ${measure}`).toBe(Number(r[column]));
          expect(published?.source).toBe(r.source_urls);
        }
      }
    }
    expect(rows).toHaveLength(cells);
  });

  it("should carry every provincial GDP cell into province-gdp unchanged", () => {
    const rows = rowsOf("province-gdp");
    const source = (raw as RawReader).csv("china/province_gdp_nbs.csv");
    expect(rows).toHaveLength(source.length);
    const published = new Map(rows.map((o) => [`${o.region}|${o.period}`, o.value]));
    for (const r of source) expect(published.get(`${r.iso_3166_2}|${r.year}`), `${r.iso_3166_2} ${r.year}`).toBe(Number(r.value));
  });

  it("should express telecom-infrastructure values in the unit dataset.json publishes, not one the converter declares", () => {
    const telecom = CONVERTERS.find((c) => c.id === "telecom-infrastructure");
    const meta = readDatasetMeta(DATA_DIR, "telecom-infrastructure");
    const published = (m: typeof meta) => telecom?.convert(raw as RawReader, m).at(-1)?.rows ?? [];
    const before = published(meta).filter((r) => r.measure === "fixed_broadband_users");
    expect(before.length).toBeGreaterThan(0);
    // The same measure published in 万户 instead of 亿户: every value moves exactly 4 places and is marked rounded.
    const inWan = {
      ...meta,
      measures: meta.measures.map((m) => (m.id === "fixed_broadband_users" ? { ...m, unit: { zh: "万户", en: "10,000 subscribers" } } : m)),
    };
    const after = published(inWan).filter((r) => r.measure === "fixed_broadband_users");
    expect(after.map((r) => r.value)).toEqual(before.map((r) => Number((Number(r.value) * 1e4).toFixed(6))));
    expect(after.every((r) => String(r.status).includes("rounded"))).toBe(true);
    const unknown = { ...meta, measures: meta.measures.map((m, i) => (i === 0 ? { ...m, unit: { zh: "箱", en: "boxes" } } : m)) };
    expect(() => published(unknown)).toThrow(/"boxes", which has no known scale/);
  });

  it("should carry every province into regions with its codes, names and group", () => {
    const rows = rowsOf("regions");
    const source = (raw as RawReader).csv("china/provinces_reference.csv");
    expect(rows).toHaveLength(31);
    for (const r of source) {
      expect(rows.find((x) => x.region === r.iso_3166_2)).toEqual({
        region: r.iso_3166_2,
        gb_code: r.gb_code,
        iso_legacy: r.iso_3166_2_legacy_numeric,
        name_zh: r.name_zh,
        name_zh_short: r.name_zh_short,
        name_en: r.name_en,
        group: r.region_nbs?.toLowerCase(),
      });
    }
  });
});

describe("the committed data", () => {
  it("should load without a single validation issue", () => {
    expect(committed.issues).toEqual([]);
    expect(committed.datasets.map((d) => d.meta.id)).toEqual(expect.arrayContaining(["regions", "internet-users", "province-gdp"]));
  });

  it("should have the 31 provinces × 2006–2024 of provincial GDP", () => {
    const rows = rowsOf("province-gdp");
    expect(new Set(rows.map((r) => r.region)).size).toBe(31);
    expect(rows).toHaveLength(31 * 19);
  });
});
