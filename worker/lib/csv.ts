/**
 * @module CSV output (RFC 4180: CRLF record ends, fields quoted when they hold a comma, quote, CR or LF, quotes
 * doubled; UTF-8). Cells that a spreadsheet would run as a formula are neutralised. Hand-written because the
 * format is this small and a CSV library was the largest part of the worker bundle.
 */

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

/** Quotes a field when RFC 4180 §2.6 requires it. */
export function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** One CSV record (no line end). */
export const csvRecord = (cells: readonly string[]) => cells.map(quote).join(",");

/** The records of `rows` under `columns`, each ended by CRLF, without a header: one chunk of a streamed CSV. */
export function csvLines(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  let out = "";
  for (const row of rows) out += `${csvRecord(columns.map((c) => neutralise(row[c])))}\r\n`;
  return out;
}

/** Serialises rows under `columns` (header first, CRLF after every record). `bom` prepends U+FEFF for Excel. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[], bom = false): string {
  return `${bom ? "\uFEFF" : ""}${csvRecord(columns)}\r\n${csvLines(columns, rows)}`;
}
