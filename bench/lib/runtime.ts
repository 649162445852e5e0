/**
 * @module Serves the bundled worker in workerd through Miniflare's API — the same runtime as production, without
 * `wrangler dev`'s development proxy (about 3× slower, see TOOLCHAIN.md). The configuration comes from
 * wrangler.toml (assets, run_worker_first routes, bindings), so the benchmark follows whatever the branch has.
 */
import { Miniflare, type MiniflareOptions } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { ROOT } from "./paths";
import { descendants } from "./proc";

/** A running workerd with the worker, and how to reach it. */
export interface WorkerServer {
  mf: Miniflare;
  /** Base URL on loopback. */
  url: URL;
  /** Pid of the workerd process (for memory sampling), when found. */
  pid: number | undefined;
  dispose(): Promise<void>;
}

/** What a benchmark may change about the production configuration. */
export interface ServeOptions {
  /** The bundle to run (from `dryRunBundle`). */
  scriptPath: string;
  /** Serve this directory as static assets instead of `.assets` (a copy with benchmark-only files). */
  assetsDir?: string;
  /** Loopback port; 0 or omitted picks a free one. */
  port?: number;
  /** Extra or replaced Miniflare worker options (e.g. an R2 bucket, a bench-only binding). */
  extra?: Partial<MiniflareOptions>;
}

/**
 * The worker options wrangler itself would give Miniflare for wrangler.toml. Rate-limit bindings are raised to a
 * limit no benchmark reaches: the benchmarks measure the work of serving, and a single loopback client would
 * otherwise be throttled within a second (the limiter itself is tested by the API's tests).
 */
export function wranglerWorkerOptions(assetsDir?: string): Record<string, unknown> {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(`${ROOT}/wrangler.toml`, undefined, {
    overrides: assetsDir ? { assets: { directory: assetsDir } } : {},
  });
  const options = workerOptions as unknown as Record<string, unknown>;
  const limits = options.ratelimits as Record<string, { simple: { limit: number; period: number } }> | undefined;
  for (const binding of Object.values(limits ?? {})) binding.simple = { ...binding.simple, limit: 1_000_000_000 };
  // The MCP and charts workers (mcp/, charts/) are not served here: without their bindings, /mcp and /v1/charts
  // answer 404 and the API starts.
  const services = options.serviceBindings as Record<string, unknown> | undefined;
  if (services) {
    delete services.MCP;
    delete services.CHARTS;
  }
  return options;
}

/** Starts workerd with the bundled worker on loopback; resolves when it answers. */
export async function serveWorker(options: ServeOptions): Promise<WorkerServer> {
  const before = new Set(descendants(process.pid, "workerd"));
  const mf = new Miniflare({
    ...wranglerWorkerOptions(options.assetsDir),
    modules: true,
    scriptPath: options.scriptPath,
    host: "127.0.0.1",
    port: options.port ?? 0,
    // Miniflare's entry worker would otherwise re-wrap every response to log it.
    logRequests: false,
    ...options.extra,
  } as MiniflareOptions);
  const url = await mf.ready;
  const pid = descendants(process.pid, "workerd").find((p) => !before.has(p));
  return { mf, url, pid, dispose: () => mf.dispose() };
}
