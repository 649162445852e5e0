/**
 * @module Build step: validate `data/`, check the lock, and write what the worker serves
 * (`.assets/_data/catalog.json`, and per version a block index `index.json` and its row blocks `blocks/<n>.json`).
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import semver from "semver";
import {
  asPublishedBy,
  type Catalog,
  type CatalogEntry,
  type Coverage,
  comparePeriods,
  type MetadataChange,
  metadataChanges,
  OBSERVATION_FIELDS,
} from "../../schemas";
import { toCsv } from "../../worker/lib/csv";
import type { VersionManifest } from "../../worker/storage/manifest";
import { regionIssues } from "../lib/check-regions";
import { lockViolations, readLock } from "../lib/lock";
import { ASSETS_DIR, DATA_DIR, LOCK_FILE } from "../lib/paths";
import { type DataIssue, type LoadedDataset, loadData, type Row } from "../lib/read-data";
import { sealIssues } from "../lib/seal";
import { BLOCK_ROWS, planBlocks } from "./blocks";

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

/** Options of {@link buildCatalog}. */
export interface BuildOptions {
  /**
   * Check every published version against git history (the commit that first published it). Default: on for the
   * repository's own `data/`, off for other folders (test fixtures, synthetic benchmarks) unless asked for.
   * `PA_SEAL=off` in the environment turns it off, with a warning, for builds from an export without history.
   */
  sealed?: boolean;
}

/** Validates the data and returns the catalog, or the list of issues that stop the build. */
export function buildCatalog(
  dataDir = DATA_DIR,
  lockFile = LOCK_FILE,
  options: BuildOptions = {},
): { catalog?: Catalog; datasets: LoadedDataset[]; issues: DataIssue[] } {
  const { datasets, issues } = loadData(dataDir);
  issues.push(...lockIssues(datasets, lockFile));
  if (options.sealed ?? dataDir === DATA_DIR) {
    if (process.env.PA_SEAL === "off") console.warn("build: PA_SEAL=off: published versions are NOT checked against git history");
    else issues.push(...sealIssues(dataDir).issues);
  }
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

/**
 * Writes the catalog and, per version, its row blocks and block index into the assets folder. The index also
 * carries the hash and size of the CSV the API serves for the whole version, for `datapackage.json`.
 */
export function writeDataAssets(catalog: Catalog, datasets: LoadedDataset[], assetsDir = ASSETS_DIR, blockRows = BLOCK_ROWS): void {
  const out = join(assetsDir, "_data");
  const write = (key: string, value: unknown) => {
    mkdirSync(dirname(join(out, key)), { recursive: true });
    writeFileSync(join(out, key), JSON.stringify(value));
  };
  write("catalog.json", catalog);
  for (const d of datasets) {
    const columns = d.meta.kind === "observations" ? [...OBSERVATION_FIELDS] : (d.meta.fields ?? []).map((f) => f.name);
    for (const v of d.versions) {
      const prefix = `${d.meta.id}/${v.meta.version}`;
      const { partition, blocks } = planBlocks(v.rows, blockRows);
      const csv = Buffer.from(
        toCsv(
          columns,
          blocks.flatMap((b) => b.rows),
        ),
      );
      for (const block of blocks) write(`${prefix}/${block.info.key}`, block.rows);
      // The dataset as this version publishes it: its sealed metadata, with the dataset's citations carried over.
      write(`${prefix}/meta.json`, asPublishedBy(d.meta, v.snapshot));
      const manifest: VersionManifest = {
        partition,
        rows: v.rows.length,
        csv: { hash: createHash("sha256").update(csv).digest("hex"), bytes: csv.length },
        blocks: blocks.map((b) => b.info),
      };
      write(`${prefix}/index.json`, manifest);
    }
    // What /diff shows besides rows: the sealed metadata fields that differ, for every ordered pair of versions
    // (computed here, so the worker carries no comparison code).
    const pairs: Record<string, MetadataChange[]> = {};
    for (const a of d.versions)
      for (const b of d.versions) if (a !== b) pairs[`${a.meta.version}..${b.meta.version}`] = metadataChanges(a.snapshot, b.snapshot);
    write(`${d.meta.id}/metadata-changes.json`, pairs);
  }
}
