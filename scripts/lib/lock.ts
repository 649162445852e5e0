/**
 * @module The lock of published versions: `data/lock.json` maps `id@version` to the content hash of its
 * `data.csv`. Once a version is in the lock its bytes may never change; a correction is a new version.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** `id@version` → `sha256-<hex>`. */
export type Lock = Record<string, string>;

/** Reads a lock file, or an empty lock when it does not exist yet. */
export function readLock(file: string): Lock {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Lock) : {};
}

/** Writes a lock with sorted keys so that diffs stay small. */
export function writeLock(file: string, lock: Lock): void {
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => a.localeCompare(b, "en")));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** A published version whose bytes differ from its locked hash. */
export interface LockViolation {
  key: string;
  locked: string;
  actual: string;
}

/** Compares actual hashes with the lock; every changed published version is a violation. */
export function lockViolations(lock: Lock, actual: Lock): LockViolation[] {
  return Object.entries(actual)
    .filter(([key, hash]) => lock[key] !== undefined && lock[key] !== hash)
    .map(([key, hash]) => ({ key, locked: lock[key] as string, actual: hash }));
}
