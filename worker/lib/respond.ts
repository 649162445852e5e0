/**
 * @module Conditional responses: every GET carries an ETag and answers a matching If-None-Match with 304.
 */
import { matchesIfNoneMatch } from "./etag";

/** Headers of a cacheable representation. */
export interface RepresentationHeaders {
  etag: string;
  cacheControl: string;
  contentType: string;
  extra?: Record<string, string>;
}

/** Returns 304 when the request's If-None-Match matches, else the body with its validators. */
export function conditional(request: Request, body: () => BodyInit, h: RepresentationHeaders): Response {
  const headers = new Headers({ etag: h.etag, "cache-control": h.cacheControl, ...h.extra });
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), h.etag)) return new Response(null, { status: 304, headers });
  headers.set("content-type", h.contentType);
  return new Response(body(), { status: 200, headers });
}
