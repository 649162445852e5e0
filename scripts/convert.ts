/**
 * @module `npm run convert`: re-runs every converter on `../shared/data/raw` and writes each version's `data.csv`
 * (and `meta.json` for a version that has none yet) below `data/`. Metadata is data: `data/<id>/dataset.json` and
 * `data/<id>/<version>/version.json` are read, never written. New versions are added to the lock; a published
 * version whose bytes would change is refused, because published versions never change — publish a new version
 * that says what it corrects.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CONVERTERS } from "./converters";
import { lockViolations, readLock, writeLock } from "./lib/lock";
import { DATA_DIR, findRawDir, LOCK_FILE } from "./lib/paths";
import { planVersions, readDatasetMeta } from "./lib/publish";
import { RawReader } from "./lib/raw";

const rawDir = findRawDir();
if (!rawDir) {
  console.error("convert: no raw data found (set PA_RAW_DIR or place shared/data/raw beside the repository)");
  process.exit(1);
}
const raw = new RawReader(rawDir);
const lock = readLock(LOCK_FILE);
const files = new Map<string, string>();
const hashes: Record<string, string> = {};
for (const converter of CONVERTERS) {
  try {
    const plan = planVersions(DATA_DIR, converter.id, converter.convert(raw, readDatasetMeta(DATA_DIR, converter.id)));
    for (const [path, content] of plan.files) files.set(path, content);
    Object.assign(hashes, plan.hashes);
  } catch (error) {
    console.error(`convert: ${converter.id}: ${(error as Error).message}`);
    process.exit(1);
  }
}
const violations = lockViolations(lock, hashes);
if (violations.length > 0) {
  for (const v of violations) console.error(`convert: ${v.key} is published (${v.locked}) but would become ${v.actual}`);
  console.error("convert: nothing written. Publish the change as a new version instead.");
  process.exit(1);
}
for (const [path, content] of files) {
  const target = join(DATA_DIR, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
writeLock(LOCK_FILE, { ...lock, ...hashes });
console.log(`convert: wrote ${files.size} files for ${CONVERTERS.length} datasets from ${rawDir}`);
