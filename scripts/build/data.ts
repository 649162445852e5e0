/**
 * @module Build step: validate `data/`, check the lock, and write what the worker serves
 * (`.assets/_data/catalog.json`, and per version a block index `index.json` and its columnar row blocks
 * `blocks/<n>.json`, each at most {@link BLOCK_BYTES}).
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
import { CATALOG_TEMPLATE_KEY, catalogTemplate } from "../../worker/lib/catalog-body";
import { toCsv } from "../../worker/lib/csv";
import { toDataPackage } from "../../worker/lib/datapackage";
import { entryKey } from "../../worker/storage/catalog";
import { DATAPACKAGE_BASE, datapackageKey, encodeManifest, type VersionManifest } from "../../worker/storage/manifest";
import { regionIssues } from "../lib/check-regions";
import { lockViolations, readLock } from "../lib/lock";
import { ASSETS_DIR, DATA_DIR, LOCK_FILE } from "../lib/paths";
import { type DataIssue, type LoadedDataset, loadData, type Row } from "../lib/read-data";
import { sealIssues } from "../lib/seal";
import { BLOCK_BYTES, planBlocks } from "./blocks";

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
export function writeDataAssets(catalog: Catalog, datasets: LoadedDataset[], assetsDir = ASSETS_DIR, blockBytes = BLOCK_BYTES): void {
  const out = join(assetsDir, "_data");
  const writeText = (key: string, text: string) => {
    mkdirSync(dirname(join(out, key)), { recursive: true });
    writeFileSync(join(out, key), text);
  };
  const write = (key: string, value: unknown) => writeText(key, JSON.stringify(value));
  write("catalog.json", catalog);
  write(CATALOG_TEMPLATE_KEY, catalogTemplate(catalog));
  for (const entry of catalog.datasets) write(entryKey(entry.id), entry);
  for (const d of datasets) {
    const columns = d.meta.kind === "observations" ? [...OBSERVATION_FIELDS] : (d.meta.fields ?? []).map((f) => f.name);
    for (const v of d.versions) {
      const prefix = `${d.meta.id}/${v.meta.version}`;
      const { partition, regions, measures, blocks } = planBlocks(v.rows, blockBytes, columns);
      const csv = Buffer.from(
        toCsv(
          columns,
          blocks.flatMap((b) => b.rows),
        ),
      );
      for (const block of blocks) writeText(`${prefix}/${block.info.key}`, block.text);
      // The dataset as this version publishes it: its sealed metadata, with the dataset's citations carried over.
      write(`${prefix}/meta.json`, asPublishedBy(d.meta, v.snapshot));
      const manifest: VersionManifest = {
        format: 2,
        partition,
        rows: v.rows.length,
        csv: { hash: createHash("sha256").update(csv).digest("hex"), bytes: csv.length },
        blockBytes,
        regions,
        measures,
        blocks: blocks.map((b) => b.info),
      };
      write(`${prefix}/index.json`, encodeManifest(manifest));
      // The descriptor is built here, not in the worker (it would cost ~0.9 KB gzip of its 40 KB budget).
      const entry = catalog.datasets.find((e) => e.id === d.meta.id);
      const version = entry?.versions.find((x) => x.version === v.meta.version);
      if (entry && version) write(datapackageKey(d.meta.id, v.meta.version), toDataPackage(entry, version, manifest, DATAPACKAGE_BASE));
    }
    // What /diff shows besides rows: the sealed metadata fields that differ, for every ordered pair of versions
    // (computed here, so the worker carries no comparison code).
    const pairs: Record<string, MetadataChange[]> = {};
    for (const a of d.versions)
      for (const b of d.versions) if (a !== b) pairs[`${a.meta.version}..${b.meta.version}`] = metadataChanges(a.snapshot, b.snapshot);
    write(`${d.meta.id}/metadata-changes.json`, pairs);
  }
}
