/**
 * @module Strong ETags derived from content hashes computed at build time, never by hashing bodies per request.
 */

/** 32-bit FNV-1a of a string, as 8 hex digits: cheap, stable, enough to tell representations apart. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/**
 * The strong ETag of one representation: the content hash of the data it comes from, plus a digest of
 * everything else that shapes the bytes (format, canonical query, language).
 */
export function strongEtag(contentHash: string, ...shape: string[]): string {
  return `"${contentHash.replace(/^sha256-/, "").slice(0, 32)}-${fnv1a(shape.join("|"))}"`;
}

/** True when an `If-None-Match` header matches `etag` (RFC 9110 §13.1.2, weak comparison). */
export function matchesIfNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}
