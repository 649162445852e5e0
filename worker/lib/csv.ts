/**
 * @module CSV output (RFC 4180, UTF-8, CRLF). Cells that a spreadsheet would run as a formula are neutralised.
 */
import { stringify } from "csv-stringify/browser/esm/sync";

/**
 * Cells starting with = + - @ tab or CR are read as formulas by spreadsheets (OWASP "CSV injection").
 * Numbers are written as numbers; only text cells are prefixed with an apostrophe.
 */
export function neutralise(cell: unknown): string {
  if (cell === undefined || cell === null) return "";
  if (typeof cell === "number") return String(cell);
  const text = String(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Serialises rows under `columns` (header first). `bom` prepends U+FEFF so Excel reads UTF-8 Chinese text. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[], bom = false): string {
  const body = stringify(
    rows.map((row) => columns.map((c) => neutralise(row[c]))),
    { header: true, columns: [...columns], record_delimiter: "\r\n" },
  );
  return bom ? `\uFEFF${body}` : body;
}
