/**
 * @module Builds the synthetic dataset through the real build (`buildCatalog` + `writeDataAssets`: validation,
 * lock check, block planning) into a temporary assets folder, exactly as a large real dataset would be stored.
 * The real `regions` dataset is copied in so that `group=` works. Nothing is written under `data/` or `.assets/`.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { buildCatalog, writeDataAssets } from "../../scripts/build/data";
import { contentHash, datasetFiles } from "../../scripts/lib/dataset-files";
import { DATA_DIR } from "../../scripts/lib/paths";
import { decodeManifest, type StoredManifest, type VersionManifest } from "../../worker/storage/manifest";
import { SYNTHETIC_ID, syntheticDataset } from "./synthetic";

/** A built synthetic store. */
export interface SyntheticBuild {
  rows: number;
  /** Temporary assets folder whose `_data/` holds the catalog, the regions and the synthetic blocks. */
  assetsDir: string;
  manifest: VersionManifest;
  /** Every file under `_data/`, key → path (for loading into R2). */
  files: Map<string, string>;
  /** Total bytes of the synthetic version's blocks. */
  blockBytes: number;
  /** Bytes of the synthetic version's block index (`index.json`). */
  indexBytes: number;
  buildSeconds: number;
  /** Removes the temporary directory. */
  dispose(): void;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Generates and builds the dataset with `measures` measures into a new temporary directory. */
export function buildSynthetic(measures: number): SyntheticBuild {
  const started = performance.now();
  const root = mkdtempSync(join(tmpdir(), "pa-bench-synthetic-"));
  const dataDir = join(root, "data");
  mkdirSync(dataDir, { recursive: true });
  cpSync(join(DATA_DIR, "regions"), join(dataDir, "regions"), { recursive: true });
  const lock: Record<string, string> = { "regions@1.0.0": contentHash(readFileSync(join(dataDir, "regions/1.0.0/data.csv"))) };
  const dataset = syntheticDataset(measures);
  for (const [path, content] of datasetFiles(dataset)) {
    mkdirSync(join(dataDir, path, ".."), { recursive: true });
    writeFileSync(join(dataDir, path), content);
    if (path.endsWith("data.csv")) lock[`${SYNTHETIC_ID}@1.0.0`] = contentHash(content);
  }
  writeFileSync(join(dataDir, "lock.json"), JSON.stringify(lock));
  const { catalog, datasets, issues } = buildCatalog(dataDir, join(dataDir, "lock.json"));
  if (!catalog) throw new Error(`synthetic dataset does not build: ${JSON.stringify(issues.slice(0, 3))}`);
  const assetsDir = join(root, "assets");
  writeDataAssets(catalog, datasets, assetsDir);
  const out = join(assetsDir, "_data");
  const files = new Map(listFiles(out).map((f) => [relative(out, f), f]));
  const indexText = readFileSync(join(out, SYNTHETIC_ID, "1.0.0", "index.json"), "utf8");
  const manifest = decodeManifest(JSON.parse(indexText) as StoredManifest);
  const blockBytes = [...files]
    .filter(([key]) => key.startsWith(`${SYNTHETIC_ID}/1.0.0/blocks/`))
    .reduce((n, [, path]) => n + readFileSync(path).length, 0);
  const buildSeconds = (performance.now() - started) / 1000;
  return {
    rows: manifest.rows,
    assetsDir,
    manifest,
    files,
    blockBytes,
    indexBytes: Buffer.byteLength(indexText),
    buildSeconds,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
