/**
 * @module The province codes every provincial converter checks its rows against, read from the same reference
 * file as the `regions` dataset, so that a mistyped or legacy code in a raw file stops the conversion.
 */
import type { RawReader } from "./raw";

/** The ISO 3166-2 codes of the 31 provinces in `china/provinces_reference.csv`. */
export function provinceCodes(raw: RawReader): ReadonlySet<string> {
  return new Set(raw.csv("china/provinces_reference.csv").map((r) => r.iso_3166_2 ?? ""));
}

/** Returns `code` if it is one of the 31 provinces, else throws naming the file and row. */
export function checkedProvince(codes: ReadonlySet<string>, code: string | undefined, where: string): string {
  if (!code || !codes.has(code)) throw new Error(`${where}: "${code}" is not a province code of provinces_reference.csv`);
  return code;
}
