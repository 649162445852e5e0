/**
 * @module Reads raw source CSV files as rows of strings, exactly as published (no type coercion).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

/** A raw row: column name → the cell's text. */
export type RawRow = Readonly<Record<string, string>>;

/** Reads raw files below one folder; paths are relative to it (`china/cnnic_internet_users.csv`). */
export class RawReader {
  constructor(readonly dir: string) {}

  /** Parses a CSV file with a header row into rows of strings. Throws on a malformed file. */
  csv(path: string): RawRow[] {
    const text = readFileSync(join(this.dir, path), "utf8");
    return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as RawRow[];
  }
}

/**
 * Converts a raw numeric cell to a number, or `undefined` for an empty cell. Throws on anything that is not a
 * plain decimal number, so that a footnote mark or a range in a raw cell stops the conversion instead of
 * silently becoming NaN.
 */
export function rawNumber(cell: string | undefined, where: string): number | undefined {
  const text = (cell ?? "").trim();
  if (text === "") return undefined;
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) throw new Error(`${where}: "${text}" is not a plain number`);
  return Number(text);
}
