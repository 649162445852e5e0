/**
 * @module Build step: the worker's bundle budget. Bundles the worker exactly as `wrangler deploy --dry-run` does,
 * prints its size and fails the build when the gzip size is above 40 KB (issue 8 §7). Small workers start fast:
 * Cloudflare loads the script on cold start, and every KB is parse time on the request path.
 */
import { readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { gzipSync } from "node:zlib";
import { dryRunBundle } from "../lib/build";

/**
 * The budget: 40 KB (SI, 40,000 bytes) of gzip (issue 8 §7). Restored in issue 16 after a 42 KB interim ceiling:
 * query parameter descriptions moved to the build-time OpenAPI (`worker/contract/query-docs.ts`) and named views
 * are read from the registry document instead of the bundle (bench/README.md).
 */
export const WORKER_GZIP_BUDGET = 40_000;

/** Size of the dry-run bundle, raw and gzip (zlib default level, as wrangler reports it). */
export function workerBundleSize(): { raw: number; gzip: number } {
  // A folder per process: `wrangler dev` runs a build per changed file, several at once.
  const bundle = dryRunBundle(undefined, `budget-dist-${process.pid}`);
  const bytes = readFileSync(bundle);
  rmSync(dirname(bundle), { recursive: true, force: true });
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

// Inside wrangler's own build hook (PA_SKIP_BUILD=1, set by the dry-run below and by test servers) this step is
// skipped: it would start wrangler again from within wrangler.
if (import.meta.url === `file://${process.argv[1]}` && process.env.PA_SKIP_BUILD !== "1") {
  const { raw, gzip } = workerBundleSize();
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  const verdict = gzip <= WORKER_GZIP_BUDGET ? "within" : "OVER";
  console.log(`build: worker bundle ${kb(raw)} raw, ${kb(gzip)} gzip — ${verdict} the ${kb(WORKER_GZIP_BUDGET)} gzip budget`);
  if (gzip > WORKER_GZIP_BUDGET) process.exitCode = 1;
}
