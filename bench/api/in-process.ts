/**
 * @module The worker's Hono app running in this Node process with the real bindings of a Miniflare workerd.
 * Node's V8 and workerd's V8 JIT the same JavaScript; running the app here gives microsecond timers (workerd
 * rounds `performance.now()` to whole milliseconds), so per-request medians and p99 are measurable.
 */
import { join } from "node:path";
import type { Miniflare } from "miniflare";
import { ROOT } from "../lib/paths";

/** The part of a Hono app the benchmark calls. */
export interface FetchApp {
  fetch(request: Request, env: unknown, ctx: unknown): Response | Promise<Response>;
}

/** An ExecutionContext for in-process calls: background work is awaited by nobody, as after a response. */
export const executionContext = { waitUntil: (_: Promise<unknown>) => {}, passThroughOnException: () => {}, props: {} };

/**
 * Miniflare's binding proxies use their own `Request` class: a fetch with Node's global `Request` is rejected.
 * Hand them URL + init instead; nothing else about the call changes.
 */
function adaptFetchers(env: Record<string, unknown>): Record<string, unknown> {
  const adapted: Record<string, unknown> = {};
  for (const [name, binding] of Object.entries(env)) {
    const fetcher = binding as { fetch?: (input: unknown, init?: unknown) => Promise<Response> };
    if (name === "ASSETS" && typeof fetcher.fetch === "function") {
      const call = fetcher.fetch.bind(fetcher);
      adapted[name] = {
        fetch: (input: Request | string, init?: RequestInit) =>
          typeof input === "string"
            ? call(input, init)
            : call(input.url, { method: input.method, headers: Object.fromEntries(input.headers) }),
      };
    } else adapted[name] = binding;
  }
  return adapted;
}

/**
 * Computed responses go through the Workers Cache API in production. Here every lookup misses and nothing is
 * stored, so each iteration measures the full computation — the worst case a request can cost.
 */
function installMissingCache(): void {
  const g = globalThis as { caches?: unknown };
  if (g.caches) return;
  const cache = { match: async () => undefined, put: async () => {}, delete: async () => false };
  g.caches = { default: cache, open: async () => cache };
}

/** Loads the app (from source, through tsx) and the env of the running Miniflare. */
export async function loadApp(mf: Miniflare): Promise<{ app: FetchApp; env: Record<string, unknown> }> {
  installMissingCache();
  // A computed specifier: the worker is type-checked by its own tsconfig, not pulled into the Node project.
  const modulePath = join(ROOT, "worker/app.ts");
  const { app } = (await import(modulePath)) as { app: FetchApp };
  return { app, env: adaptFetchers(await mf.getBindings()) };
}
