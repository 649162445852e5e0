/**
 * @module The text of a data response, written as a sequence of pieces (one per batch of rows) so that it can be
 * streamed: the CSV's header then its records; the JSON envelope, its rows, then `total`, `count` and links,
 * which are known only once every row has been counted.
 */
import { csvLines, csvRecord } from "./csv";

/** A row as stored: an observation or a record of a reference table. */
export type Row = Record<string, unknown>;

/** One batch holding `rows`, for code that takes a sequence of batches. */
export async function* once<T>(rows: T[]): AsyncGenerator<T[]> {
  yield rows;
}

/** The CSV of `batches` under `columns`: header first, then each batch's records. */
export async function* csvBody(columns: readonly string[], batches: AsyncIterable<Row[]>, bom: boolean): AsyncGenerator<string> {
  yield `${bom ? "\uFEFF" : ""}${csvRecord(columns)}\r\n`;
  for await (const rows of batches) yield csvLines(columns, rows);
}

/** `{...head, "rows": [...every batch], ...tail()}`; `tail` is called after the last batch. */
export async function* jsonBody(head: object, batches: AsyncIterable<unknown[]>, tail: () => object): AsyncGenerator<string> {
  yield `${JSON.stringify(head).slice(0, -1)},"rows":[`;
  let first = true;
  for await (const rows of batches) {
    if (rows.length === 0) continue;
    yield `${first ? "" : ","}${rows.map((r) => JSON.stringify(r)).join(",")}`;
    first = false;
  }
  yield `],${JSON.stringify(tail()).slice(1)}`;
}
