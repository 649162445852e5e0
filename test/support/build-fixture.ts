/**
 * Global setup of the worker tests: builds a small SYNTHETIC dataset (`fixture-panel`, values made up for tests,
 * never published) with two versions through the real build (`buildCatalog` + `writeDataAssets`, with tiny
 * blocks so that it is partitioned), and provides the written `_data` files to the tests, which load them into
 * a Miniflare R2 bucket. The real `regions` dataset is copied in so that `group=` works.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { TestProject } from "vitest/node";
import { buildCatalog, writeDataAssets } from "../../scripts/build/data";
import { contentHash, datasetFiles } from "../../scripts/lib/dataset-files";
import { DATA_DIR } from "../../scripts/lib/paths";
import { FIXTURE_BLOCK_BYTES, fixtureDataset } from "./fixture-dataset";

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), "pa-fixture-"));
  const dataDir = join(root, "data");
  mkdirSync(dataDir, { recursive: true });
  cpSync(join(DATA_DIR, "regions"), join(dataDir, "regions"), { recursive: true });
  const lock: Record<string, string> = {};
  lock["regions@1.0.0"] = contentHash(readFileSync(join(dataDir, "regions/1.0.0/data.csv")));
  for (const [path, content] of datasetFiles(fixtureDataset())) {
    mkdirSync(join(dataDir, path, ".."), { recursive: true });
    writeFileSync(join(dataDir, path), content);
    if (path.endsWith("data.csv")) lock[`fixture-panel@${path.split("/")[1]}`] = contentHash(content);
  }
  writeFileSync(join(dataDir, "lock.json"), JSON.stringify(lock));
  const { catalog, datasets, issues } = buildCatalog(dataDir, join(dataDir, "lock.json"));
  if (!catalog) throw new Error(`fixture does not build: ${JSON.stringify(issues)}`);
  const assets = join(root, "assets");
  writeDataAssets(catalog, datasets, assets, FIXTURE_BLOCK_BYTES);
  const out = join(assets, "_data");
  const files = Object.fromEntries(listFiles(out).map((f) => [relative(out, f), readFileSync(f, "utf8")]));
  project.provide("fixtureData", files);
  return () => rmSync(root, { recursive: true, force: true });
}
