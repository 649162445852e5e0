/**
 * @module Build step: the whole-version download files. Per version, `.assets/_downloads/<id>/<version>/`
 * holds `data.csv` — the sealed file of `data/`, byte for byte (its sha256 is the one in `data/lock.json`) — and
 * `data.parquet` (see parquet.ts). The worker serves them as they are (no CPU, no memory per request) at
 * `/v1/datasets/<id>@<version>/data.csv` (without parameters) and `/data.parquet`; the catalog records each
 * file's size and hash, which `datapackage.json` states.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Catalog, VersionFiles } from "../../schemas";
import { ASSETS_DIR } from "../lib/paths";
import type { DataIssue, LoadedDataset } from "../lib/read-data";
import { toParquet } from "./parquet";

/** Folder below the assets of the download files (hidden: `run_worker_first` sends it to the worker, which 404s it). */
export const DOWNLOADS_DIR = "_downloads";

const sha256 = (bytes: Uint8Array | string) => `sha256-${createHash("sha256").update(bytes).digest("hex")}`;

/**
 * Text cells a spreadsheet would run as a formula. The computed CSV neutralises them; the sealed file is served
 * as it is, so the build refuses to publish one that holds such a cell.
 */
export function formulaCells(dataset: LoadedDataset): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const version of dataset.versions) {
    version.rows.forEach((row, i) => {
      for (const [column, cell] of Object.entries(row)) {
        if (typeof cell === "string" && /^[=+\-@\t\r]/.test(cell))
          issues.push({
            file: `${dataset.meta.id}/${version.meta.version}/data.csv`,
            row: i + 2,
            column,
            message: "a text cell starting with = + - @ tab or CR would run as a spreadsheet formula in the download",
          });
      }
    });
  }
  return issues;
}

/**
 * Writes every version's download files and records their sizes and hashes in the catalog's versions
 * (`files`). Returns the issues that stop the build.
 */
export function writeDownloads(catalog: Catalog, datasets: LoadedDataset[], assetsDir = ASSETS_DIR): DataIssue[] {
  const issues = datasets.flatMap(formulaCells);
  if (issues.length > 0) return issues;
  for (const dataset of datasets) {
    const entry = catalog.datasets.find((e) => e.id === dataset.meta.id);
    for (const version of dataset.versions) {
      const dir = join(assetsDir, DOWNLOADS_DIR, dataset.meta.id, version.meta.version);
      mkdirSync(dir, { recursive: true });
      const csv = Buffer.from(version.csv, "utf8");
      const parquet = toParquet(dataset, version);
      writeFileSync(join(dir, "data.csv"), csv);
      writeFileSync(join(dir, "data.parquet"), parquet);
      const files: VersionFiles = {
        csv: { bytes: csv.length, hash: sha256(csv) },
        parquet: { bytes: parquet.length, hash: sha256(parquet) },
      };
      if (files.csv.hash !== version.hash) throw new Error(`${dataset.meta.id}@${version.meta.version}: data.csv is not its sealed bytes`);
      const published = entry?.versions.find((v) => v.version === version.meta.version);
      if (published) published.files = files;
    }
  }
  return [];
}
