/**
 * @module Where the build reads and writes. The raw data lives outside the repository (`../shared/data/raw`),
 * so everything that needs it must cope with its absence (users and CI clones may not have it).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The committed, published data: one folder per dataset. */
export const DATA_DIR = join(ROOT, "data");
/** The lock of published version hashes. */
export const LOCK_FILE = join(DATA_DIR, "lock.json");
/**
 * What the worker serves as static assets (generated, not committed): `.assets`, or while `npm run build` runs, the
 * staging folder it swaps in when done (scripts/build.ts sets PA_ASSETS_DIR before the build's modules load).
 */
export const ASSETS_DIR = process.env.PA_ASSETS_DIR ?? join(ROOT, ".assets");
/** Hand-written pages and headers copied into the assets. */
export const SITE_DIR = join(ROOT, "site");

/**
 * The raw source folder: `$PA_RAW_DIR` when set (and only it, so that a run can name a missing folder on purpose),
 * else `../shared/data/raw` beside the repository, else the same beside the parent (a clone in a temporary folder
 * next to `shared/`). `undefined` when none exists.
 */
export function findRawDir(): string | undefined {
  const candidates = process.env.PA_RAW_DIR
    ? [process.env.PA_RAW_DIR]
    : [join(ROOT, "../shared/data/raw"), join(ROOT, "../../shared/data/raw")];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, "china")));
}
