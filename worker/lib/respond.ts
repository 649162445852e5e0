/**
 * @module Conditional, cacheable responses: every GET carries a strong ETag (from build-time content hashes) and
 * answers a matching If-None-Match with 304 before any data is read; computed bodies can be kept in the
 * Workers Cache API, keyed by everything that shapes them. Every GET route answers through {@link represent}.
 * Framework-free: a Hono `Context` is an {@link Exchange}, and so is anything with a request header reader.
 */
import { matchesIfNoneMatch } from "./etag";

/** What {@link represent} needs of the request being answered (a Hono `Context` has it). */
export interface Exchange {
  readonly req: { header(name: string): string | undefined };
  /** Where the runtime offers one: work to finish after the response (a getter that may throw where there is none). */
  readonly executionCtx: { waitUntil(promise: Promise<unknown>): void };
}

/** The header saying a body came from the Workers Cache API (`hit`); absent when it was computed. */
export const EDGE_CACHE_HEADER = "x-edge-cache";

/** How to build one representation. */
export interface Representation {
  etag: string;
  cacheControl: string;
  contentType: string;
  /** Further headers (Vary, Content-Location, Link…), sent on 200 and 304 alike. */
  headers?: Record<string, string>;
  /** The body, computed only when needed; it may add headers that only the computation knows (a next link). */
  body: () => Computed | Promise<Computed>;
  /** A URL naming this exact representation: when set, the body is kept in `caches.default`. */
  edgeCacheKey?: string;
}

/** A computed body, optionally with headers to add. */
export type Computed = BodyInit | { body: BodyInit; headers: Record<string, string> };

/** The default cache of the Workers Cache API, or undefined where there is none (Node, tests of pure code). */
function edgeCache(): Cache | undefined {
  const storage = (globalThis as { caches?: CacheStorage & { default?: Cache } }).caches;
  return storage?.default;
}

/** Schedules work after the response, where the runtime offers it. */
function waitUntil(c: Exchange, promise: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(promise);
  } catch {
    // No execution context (app.request in tests): let it run unobserved.
    promise.catch(() => {});
  }
}

/** 304 when If-None-Match matches; else the cached or freshly computed body with its validators. */
export async function represent(c: Exchange, r: Representation): Promise<Response> {
  const headers = new Headers({ etag: r.etag, "cache-control": r.cacheControl, ...r.headers });
  if (matchesIfNoneMatch(c.req.header("if-none-match"), r.etag)) return new Response(null, { status: 304, headers });
  headers.set("content-type", r.contentType);
  const cache = r.edgeCacheKey ? edgeCache() : undefined;
  const key = r.edgeCacheKey ? new Request(r.edgeCacheKey) : undefined;
  if (cache && key) {
    const hit = await cache.match(key).catch(() => undefined);
    if (hit) {
      // The cached copy carries every header of the original, including those the computation added.
      const response = new Response(hit.body, { status: 200, headers: hit.headers });
      response.headers.set(EDGE_CACHE_HEADER, "hit");
      return response;
    }
  }
  const computed = await r.body();
  const withHeaders = typeof computed === "object" && computed !== null && "headers" in computed && "body" in computed;
  if (withHeaders) for (const [k, v] of Object.entries(computed.headers)) headers.append(k, v);
  const response = new Response(withHeaders ? computed.body : computed, { status: 200, headers });
  if (cache && key) waitUntil(c, cache.put(key, response.clone()));
  return response;
}
