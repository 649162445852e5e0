/**
 * @module Builds the synthetic dataset through the real build (`buildCatalog` + `writeDataAssets`: validation,
 * lock check, block planning) into a temporary assets folder, exactly as a large real dataset would be stored
 * (above 2 M rows, province by province through the same block planner: see `DIRECT_ROWS`).
 * The real `regions` dataset is copied in so that `group=` works. Nothing is written under `data/` or `.assets/`.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { type Catalog, type CatalogEntry, type DatasetMeta, OBSERVATION_FIELDS, type VersionMeta } from "../../schemas";
import { BLOCK_BYTES, planBlocks } from "../../scripts/build/blocks";
import { buildCatalog, writeDataAssets } from "../../scripts/build/data";
import { contentHash, datasetFiles } from "../../scripts/lib/dataset-files";
import { DATA_DIR } from "../../scripts/lib/paths";
import type { Row } from "../../scripts/lib/read-data";
import { CATALOG_TEMPLATE_KEY, catalogTemplate } from "../../worker/lib/catalog-body";
import { entryKey } from "../../worker/storage/catalog";
import { type BlockInfo, decodeManifest, encodeManifest, type StoredManifest, type VersionManifest } from "../../worker/storage/manifest";
import {
  MONTH_LABELS,
  measureIds,
  PROVINCES,
  provinceRows,
  ROWS_PER_MEASURE,
  SYNTHETIC_ID,
  syntheticDataset,
  syntheticMeta,
} from "./synthetic";

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

/**
 * Above this many rows the synthetic version is written province by province: each province's rows go through
 * the build's block planner (`planBlocks`: the same byte bound, columnar encoding and index facts) and the
 * index is assembled from the parts, without the round trip through one canonical CSV file and its validation.
 * That round trip holds several copies of 10 M rows (about 7 GB) and was killed for memory on the shared
 * machine. A province (324 k rows at 10 M) is far larger than a block, so blocks never straddle provinces
 * either way; the CSV hash in this index is not computed (the bench does not serve the whole-version CSV).
 */
const DIRECT_ROWS = Number(process.env.PA_SCALE_DIRECT_ROWS ?? 2_000_000);

/** Writes the synthetic version into `assetsDir` province by province, and adds it to the catalog. */
function writeByProvince(catalog: Catalog, assetsDir: string, measures: number): void {
  const meta = syntheticMeta(measures) as unknown as DatasetMeta;
  const out = join(assetsDir, "_data", SYNTHETIC_ID, "1.0.0");
  mkdirSync(join(out, "blocks"), { recursive: true });
  const blocks: BlockInfo[] = [];
  let rows = 0;
  let measureDict: string[] = [];
  PROVINCES.forEach((_, r) => {
    const plan = planBlocks(provinceRows(r, measures) as Row[], BLOCK_BYTES, [...OBSERVATION_FIELDS]);
    measureDict = plan.measures;
    for (const block of plan.blocks) {
      const key = `blocks/${blocks.length}.json`;
      writeFileSync(join(out, key), block.text);
      blocks.push({ ...block.info, key, first: [r, block.info.first[1]], last: [r, block.info.last[1]] });
      rows += block.info.rows;
    }
  });
  const manifest: VersionManifest = {
    format: 2,
    partition: "series",
    rows,
    csv: { hash: "not computed by the scale bench", bytes: 0 },
    blockBytes: BLOCK_BYTES,
    regions: [...PROVINCES],
    measures: measureDict,
    blocks,
  };
  writeFileSync(join(out, "index.json"), JSON.stringify(encodeManifest(manifest)));
  const version = { version: "1.0.0", published: "2026-01-01", changes: meta.caveats[0] } as unknown as VersionMeta;
  const coverage = { rows, regions: [...PROVINCES], periods: [...MONTH_LABELS], measures: measureIds(measures) };
  catalog.datasets.push({ ...meta, versions: [{ ...version, hash: `sha256-synthetic-${measures}`, coverage }] } as CatalogEntry);
  writeFileSync(join(assetsDir, "_data", "catalog.json"), JSON.stringify(catalog));
  writeFileSync(join(assetsDir, "_data", CATALOG_TEMPLATE_KEY), JSON.stringify(catalogTemplate(catalog)));
  const entry = catalog.datasets.at(-1);
  mkdirSync(join(assetsDir, "_data", "catalog"), { recursive: true });
  writeFileSync(join(assetsDir, "_data", entryKey(SYNTHETIC_ID)), JSON.stringify(entry));
}

/** Generates and builds the dataset with `measures` measures into a new temporary directory. */
export function buildSynthetic(measures: number): SyntheticBuild {
  const started = performance.now();
  const root = mkdtempSync(join(tmpdir(), "pa-bench-synthetic-"));
  const dataDir = join(root, "data");
  mkdirSync(dataDir, { recursive: true });
  cpSync(join(DATA_DIR, "regions"), join(dataDir, "regions"), { recursive: true });
  const lock: Record<string, string> = { "regions@1.0.0": contentHash(readFileSync(join(dataDir, "regions/1.0.0/data.csv"))) };
  const direct = measures * ROWS_PER_MEASURE > DIRECT_ROWS;
  if (!direct) {
    for (const [path, content] of datasetFiles(syntheticDataset(measures))) {
      mkdirSync(join(dataDir, path, ".."), { recursive: true });
      writeFileSync(join(dataDir, path), content);
      if (path.endsWith("data.csv")) lock[`${SYNTHETIC_ID}@1.0.0`] = contentHash(content);
    }
  }
  writeFileSync(join(dataDir, "lock.json"), JSON.stringify(lock));
  const { catalog, datasets, issues } = buildCatalog(dataDir, join(dataDir, "lock.json"));
  if (!catalog) throw new Error(`synthetic dataset does not build: ${JSON.stringify(issues.slice(0, 3))}`);
  const assetsDir = join(root, "assets");
  writeDataAssets(catalog, datasets, assetsDir);
  if (direct) writeByProvince(catalog, assetsDir, measures);
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
