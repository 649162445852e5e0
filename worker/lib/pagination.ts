/**
 * @module Cursor pagination. A cursor is opaque to clients: base64url of the next offset and a tag of the
 * version and filters it belongs to, so that a cursor used with other filters is a 400, not a wrong page.
 * Offsets are stable because a next link always names the exact version (versions never change).
 */
import { fnv1a } from "./etag";
import { HttpProblem } from "./problem";

/** The tag that binds a cursor to one version's rows under one set of filters. */
export const cursorTag = (versionHash: string, filters: string) => fnv1a(`${versionHash}|${filters}`);

/** Encodes an offset and a tag as an opaque cursor. */
export function encodeCursor(offset: number, tag: string): string {
  return btoa(`${offset}.${tag}`).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** Decodes a cursor for rows tagged `tag`; anything else is a 400 naming `cursor`. */
export function decodeCursor(cursor: string, tag: string): number {
  let text = "";
  try {
    text = atob(cursor.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    // fall through to the problem below
  }
  const match = /^(\d{1,9})\.([0-9a-f]{8})$/.exec(text);
  if (!match || match[2] !== tag) {
    throw new HttpProblem(
      "invalid-parameter",
      `Parameter "cursor": not a cursor of this result; follow the next link of a page with the same filters.`,
      {
        param: "cursor",
      },
    );
  }
  return Number(match[1]);
}

/** One page of `total` rows. `next` is the offset of the following page, if there is one. */
export interface Page {
  offset: number;
  end: number;
  next?: number;
}

/** The page that starts at `offset` and holds at most `limit` rows. */
export function pageOf(total: number, offset: number, limit: number): Page {
  const start = Math.min(offset, total);
  const end = Math.min(start + limit, total);
  return end < total ? { offset: start, end, next: end } : { offset: start, end };
}
