/**
 * @module Produces what the benchmarks measure: the built assets and the worker bundle exactly as
 * `wrangler deploy --dry-run` emits it (the bytes Cloudflare would run).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ASSETS_DIR, BENCH_OUT, ROOT } from "./paths";

const bin = (name: string) => join(ROOT, "node_modules/.bin", name);

/** Runs `npm run build` unless `.assets` exists already (or always, with `fresh`). */
export function ensureAssets(fresh = false): void {
  if (!fresh && existsSync(join(ASSETS_DIR, "_data/catalog.json"))) return;
  execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
}

/**
 * Bundles the worker with `wrangler deploy --dry-run --outdir` and returns the path of the bundle.
 * `entry` overrides `main` (the benchmarks' own in-workerd driver is bundled the same way, with the same
 * aliases and compatibility settings). PA_SKIP_BUILD stops wrangler's build hook from rebuilding `.assets`.
 */
export function dryRunBundle(entry?: string, outName = "dist"): string {
  ensureAssets();
  const outdir = join(BENCH_OUT, outName);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  execFileSync(bin("wrangler"), ["deploy", "--dry-run", "--outdir", outdir, ...(entry ? [entry] : [])], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PA_SKIP_BUILD: "1", WRANGLER_SEND_METRICS: "false", CI: "true" },
  });
  // wrangler names the bundle after the entry file (index.js for worker/index.ts).
  const bundle = readdirSync(outdir).find((f) => f.endsWith(".js"));
  if (!bundle) throw new Error(`wrangler dry-run wrote no bundle into ${outdir}`);
  return join(outdir, bundle);
}
