/**
 * @module A private copy of the built assets with benchmark-only files added, so baselines can be served by the
 * same runtime without touching `.assets/`.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ASSETS_DIR, BENCH_OUT } from "./paths";

/** Copies `.assets` to `.bench/<name>` and adds `files` (path below the root → bytes). Returns the directory. */
export function assetsWith(name: string, files: Record<string, Uint8Array | string>): string {
  const dir = join(BENCH_OUT, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(ASSETS_DIR, dir, { recursive: true });
  for (const [path, bytes] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return dir;
}
