/**
 * @module Where the benchmarks read and write. Everything they generate lives in `.bench/` (git-ignored) or in
 * the OS temp directory — never in `data/` or `.assets/`.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
/** Scratch space of the benchmarks: bundles, copied asset trees, results. */
export const BENCH_OUT = join(ROOT, ".bench");
/** One JSON file of figures per part, plus the combined run. */
export const RESULTS_DIR = join(BENCH_OUT, "results");
/** The built static assets the worker serves. */
export const ASSETS_DIR = join(ROOT, ".assets");
