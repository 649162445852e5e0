/**
 * @module Build step: validate `data/`, check the lock, and write what the worker serves
 * (`.assets/_data/catalog.json` and one `rows.json` block per version).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { type Catalog, type CatalogEntry, type Coverage, comparePeriods } from "../../schemas";
import { regionIssues } from "../lib/check-regions";
import { lockViolations, readLock } from "../lib/lock";
import { ASSETS_DIR, DATA_DIR, LOCK_FILE } from "../lib/paths";
import { type DataIssue, type LoadedDataset, loadData, type Row } from "../lib/read-data";

function coverageOf(rows: Row[]): Coverage {
  const distinct = (key: string) => [
    ...new Set(
      rows
        .map((r) => r[key])
        .filter((x) => x !== undefined)
        .map(String),
    ),
  ];
  return {
    rows: rows.length,
    regions: distinct("region").sort(),
    periods: distinct("period").sort(comparePeriods),
    measures: distinct("measure").sort(),
  };
}

function lockIssues(datasets: LoadedDataset[], lockFile: string): DataIssue[] {
  const lock = readLock(lockFile);
  const actual = Object.fromEntries(datasets.flatMap((d) => d.versions.map((v) => [`${d.meta.id}@${v.meta.version}`, v.hash])));
  const issues: DataIssue[] = lockViolations(lock, actual).map((x) => ({
    file: `${x.key.replace("@", "/")}/data.csv`,
    message: `published version ${x.key} changed (locked ${x.locked}, now ${x.actual}); publish a new version instead`,
  }));
  for (const key of Object.keys(actual)) {
    if (!lock[key])
      issues.push({ file: "lock.json", message: `${key} is not in the lock; run npm run convert (or add its hash) to publish it` });
  }
  return issues;
}

/** Validates the data and returns the catalog, or the list of issues that stop the build. */
export function buildCatalog(
  dataDir = DATA_DIR,
  lockFile = LOCK_FILE,
): { catalog?: Catalog; datasets: LoadedDataset[]; issues: DataIssue[] } {
  const { datasets, issues } = loadData(dataDir);
  issues.push(...lockIssues(datasets, lockFile));
  issues.push(...regionIssues(datasets));
  if (issues.length > 0) return { datasets, issues };
  const entries: CatalogEntry[] = datasets.map((d) => ({
    ...d.meta,
    versions: [...d.versions]
      .sort((a, b) => semver.rcompare(a.meta.version, b.meta.version))
      .map((v) => ({ ...v.meta, hash: v.hash, coverage: coverageOf(v.rows) })),
  }));
  const generated =
    entries
      .flatMap((e) => e.versions.map((v) => v.published))
      .sort()
      .at(-1) ?? "";
  return { catalog: { generated, datasets: entries }, datasets, issues };
}

/** Writes the catalog and the per-version row blocks into the assets folder. */
export function writeDataAssets(catalog: Catalog, datasets: LoadedDataset[], assetsDir = ASSETS_DIR): void {
  const out = join(assetsDir, "_data");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "catalog.json"), JSON.stringify(catalog));
  for (const d of datasets) {
    for (const v of d.versions) {
      const dir = join(out, d.meta.id, v.meta.version);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "rows.json"), JSON.stringify(v.rows));
    }
  }
}
