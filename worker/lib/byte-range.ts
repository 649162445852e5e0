/**
 * @module The `Range` header of a download (RFC 9110 §14.1.2), reduced to what the API honours: one byte range.
 */

/**
 * The one byte range of a `Range` header (`bytes=a-b`, `bytes=a-`, `bytes=-n`) within a file of `size` bytes,
 * as inclusive offsets; `undefined` when the header asks for something else or nothing that exists.
 */
export function byteRange(header: string, size: number): { start: number; end: number } | undefined {
  const match = /^bytes=(\d{0,15})-(\d{0,15})$/.exec(header.trim());
  if (!match || (!match[1] && !match[2])) return undefined;
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  return start <= end && start < size && !(match[2] && !match[1] && Number(match[2]) === 0) ? { start, end } : undefined;
}
