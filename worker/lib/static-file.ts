/**
 * @module Serves a build-time download file (`_downloads/<id>/<version>/<name>`) from the static assets as it
 * is: the runtime streams the bytes, the worker spends no CPU on them. Byte ranges pass through (Parquet
 * readers such as DuckDB read the footer first), and a matching `If-None-Match` is a 304 before any read.
 */
import { matchesIfNoneMatch } from "./etag";

/** What to say about a download file besides its bytes. */
export interface FileResponse {
  etag: string;
  cacheControl: string;
  contentType: string;
  headers?: Record<string, string>;
}

/** The file's response, or `undefined` when the build wrote no such file (then the caller computes the body). */
export async function serveFile(assets: Fetcher, request: Request, key: string, r: FileResponse): Promise<Response | undefined> {
  const headers = new Headers({ etag: r.etag, "cache-control": r.cacheControl, "accept-ranges": "bytes", ...r.headers });
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), r.etag)) return new Response(null, { status: 304, headers });
  const range = request.headers.get("range");
  const file = await assets.fetch(new Request(`https://assets.local/_downloads/${key}`, range ? { headers: { range } } : {}));
  if (file.status === 404) return undefined;
  if (!file.ok) throw new Error(`assets: ${key} answered ${file.status}`);
  headers.set("content-type", r.contentType);
  for (const name of ["content-length", "content-range"]) {
    const value = file.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(file.body, { status: file.status, headers });
}
