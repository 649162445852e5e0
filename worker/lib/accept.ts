/**
 * @module Parses `Accept` and `Accept-Language` (RFC 9110 §12.4.2): media or language ranges with their parameters,
 * ordered by quality (stable for equal q). Small on purpose: Hono's `parseAccept` costs ~0.7 KB gzip of the
 * worker's 40 KB budget. A malformed `q` counts as 0 (not acceptable), as before.
 */

/** One range of an Accept header. */
export interface AcceptRange {
  type: string;
  params: Record<string, string>;
  q: number;
}

/** The ranges of `header` (first 1,000 characters), best first; ranges with q=0 are kept (they exclude). */
export function parseAccept(header: string): AcceptRange[] {
  return header
    .slice(0, 1000)
    .split(",")
    .map((part, i) => {
      const [type = "", ...rest] = part.split(";");
      const params: Record<string, string> = {};
      for (const p of rest) {
        const eq = p.indexOf("=");
        if (eq > 0)
          params[p.slice(0, eq).trim().toLowerCase()] = p
            .slice(eq + 1)
            .trim()
            .replace(/^"|"$/g, "");
      }
      const q = params.q === undefined ? 1 : Number(params.q);
      return { type: type.trim().toLowerCase(), params, q: q >= 0 && q <= 1 ? q : 0, i };
    })
    .filter((r) => r.type)
    .sort((a, b) => b.q - a.q || a.i - b.i);
}
