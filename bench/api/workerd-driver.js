/**
 * @module Benchmark driver that runs INSIDE workerd: the worker's own app plus one extra route,
 * `GET /v1/__bench?path=…&ms=…`, which calls the app in a loop within one request and reports the mean time
 * per call over batches. workerd's clock has 1 ms resolution, so each batch lasts `ms` milliseconds.
 * Bundled by `wrangler deploy --dry-run` like the worker itself; never deployed. Plain JS so the Node
 * tsconfig does not have to type-check the worker's sources.
 *
 * `GET /v1/__cold?path=…&ms=…` does the same with a fresh data store for every call (new binding objects, so the
 * worker's per-binding memoized store starts empty): what a request costs in a new isolate, incl. reading and
 * parsing its blocks. The batch time includes the local I/O wait, so it is an upper bound of the CPU time.
 *
 * `GET /v1/__raw?path=…` answers a static asset's bytes from memory: the ceiling of the runtime for a body of that
 * size, with no application work at all.
 */
import { app } from "../../worker/app";

/** @type {Map<string, ArrayBuffer>} */
const raw = new Map();

export default {
  /**
   * @param {Request} request
   * @param {unknown} env
   * @param {ExecutionContext} ctx
   */
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname === "/v1/__raw") return rawBytes(url, /** @type {{ ASSETS: Fetcher }} */ (env));
    if (url.pathname !== "/v1/__bench" && url.pathname !== "/v1/__cold") return app.fetch(request, env, ctx);
    const cold = url.pathname === "/v1/__cold";
    const target = new URL(url.searchParams.get("path") ?? "/v1", url.origin).href;
    const ms = Number(url.searchParams.get("ms") ?? 200);
    const batches = Number(url.searchParams.get("batches") ?? 5);
    const call = async () => {
      const response = await app.fetch(new Request(target), cold ? freshBindings(env) : env, ctx);
      await response.arrayBuffer();
      return response.status;
    };
    const status = await call();
    for (let i = 0; i < (cold ? 3 : 200); i++) await call();
    const means = [];
    for (let b = 0; b < batches; b++) {
      const start = Date.now();
      let n = 0;
      while (Date.now() - start < ms) {
        await call();
        n++;
      }
      means.push((Date.now() - start) / n);
    }
    return Response.json({ status, means });
  },
};

/**
 * @param {URL} url
 * @param {{ ASSETS: Fetcher }} env
 */
async function rawBytes(url, env) {
  const path = url.searchParams.get("path") ?? "/";
  let bytes = raw.get(path);
  if (!bytes) {
    bytes = await (await env.ASSETS.fetch(new URL(path, url.origin))).arrayBuffer();
    raw.set(path, bytes);
  }
  return new Response(bytes, { headers: { "content-type": "application/json; charset=utf-8" } });
}

/**
 * A copy of `env` whose data bindings are new objects forwarding to the real ones.
 * @param {any} env
 */
function freshBindings(env) {
  const fresh = { ...env, ASSETS: { fetch: (/** @type {any[]} */ ...a) => env.ASSETS.fetch(...a) } };
  if (env.DATA_BUCKET) fresh.DATA_BUCKET = { get: (/** @type {any[]} */ ...a) => env.DATA_BUCKET.get(...a) };
  return fresh;
}
