/**
 * @module Serves a build-time download file (`_downloads/<id>/<version>/<name>`) from the static assets as it
 * is: the runtime streams the bytes, the worker spends no CPU on them. One byte range (`bytes=a-b`, `a-`, `-n`)
 * is answered with 206 (Parquet readers such as DuckDB read the footer first), other ranges with the whole file; a matching `If-None-Match` is
 * a 304 before any read.
 */
import { byteRange } from "./byte-range";
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
  const file = await assets.fetch(new Request(`https://assets.local/_downloads/${key}`));
  if (file.status === 404) return undefined;
  if (!file.ok) throw new Error(`assets: ${key} answered ${file.status}`);
  headers.set("content-type", r.contentType);
  const header = request.headers.get("range");
  if (!header) return new Response(file.body, { status: 200, headers });
  // The assets binding answers whole files: a range is cut here (files are at most 25 MiB, the assets limit).
  const bytes = new Uint8Array(await file.arrayBuffer());
  const range = byteRange(header, bytes.length);
  // A range that cannot be satisfied, or several, is ignored as RFC 9110 §14.2 allows: the whole file, not an error.
  if (!range) return new Response(bytes, { status: 200, headers });
  headers.set("content-range", `bytes ${range.start}-${range.end}/${bytes.length}`);
  return new Response(bytes.slice(range.start, range.end + 1), { status: 206, headers });
}
