/**
 * @module The front of a self-hosted deployment: Cloudflare's routing between the worker and its static assets,
 * reproduced. Paths in `run_worker_first` (wrangler.toml, passed in as `WORKER_FIRST`) go to the API worker;
 * everything else is an asset if one exists, else goes to the worker, as on Cloudflare.
 */
import { patternOf } from "./headers-rules";

interface Env {
  API: Fetcher;
  ASSETS: Fetcher;
  /** JSON array of `run_worker_first` patterns from wrangler.toml. */
  WORKER_FIRST: string;
}

let workerFirst: RegExp[] | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    workerFirst ??= (JSON.parse(env.WORKER_FIRST) as string[]).map(patternOf);
    const { pathname } = new URL(request.url);
    // Assets answer GET and HEAD; other methods, and the worker-first paths, go to the worker.
    const readOnly = request.method === "GET" || request.method === "HEAD";
    if (!readOnly || workerFirst.some((p) => p.test(pathname))) return env.API.fetch(request);
    const asset = await env.ASSETS.fetch(request.clone());
    return asset.status === 404 ? env.API.fetch(request) : asset;
  },
};
