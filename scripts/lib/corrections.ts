/**
 * @module The change list of a correction (`data/<id>/<version>/changes.csv`): every value, flag, note or source
 * that differs from the version it `corrects`, every row added or removed, and every field of the sealed metadata
 * that changed. Written by `npm run convert` / `npm run seal`, checked by the build against the two versions' own
 * files, so the list can neither miss a change nor claim one that is not there.
 */

import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { metadataChanges, OBSERVATION_FIELDS, type VersionSnapshot } from "../../schemas";
import { diffRows } from "../../worker/lib/diff";

/** The columns of `changes.csv`. */
export const CHANGE_COLUMNS = ["change", "region", "period", "measure", "category", "field", "from", "to"] as const;

/** One side of a correction: the exact `data.csv` text and the sealed metadata. */
export interface VersionFiles {
  csv: string;
  snapshot: VersionSnapshot;
}

const rowsOf = (csv: string) => parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const cell = (x: unknown) => (x === undefined || x === null ? "" : typeof x === "string" ? x : JSON.stringify(x));

/** The canonical `changes.csv` of a version correcting `before`. Rows compare as published text (no rounding). */
export function correctionsCsv(before: VersionFiles, after: VersionFiles): string {
  const observations = after.snapshot.kind === "observations";
  const keys = observations ? ["region", "period", "measure", "category"] : (after.snapshot.fields ?? []).slice(0, 1).map((f) => f.name);
  // Empty cells are absent, so that "" and a missing column compare equal.
  const compact = (rows: Record<string, string>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== "")));
  const diff = diffRows(compact(rowsOf(before.csv)), compact(rowsOf(after.csv)), keys);
  const keyCells = (row: Readonly<Record<string, unknown>>) =>
    observations ? OBSERVATION_FIELDS.slice(0, 4).map((k) => cell(row[k])) : [cell(row[keys[0] ?? ""]), "", "", ""];
  const records: string[][] = [];
  for (const m of metadataChanges(before.snapshot, after.snapshot))
    records.push(["metadata", "", "", "", "", m.path, cell(m.from), cell(m.to)]);
  for (const row of diff.removed) records.push(["removed", ...keyCells(row), "value", cell(row.value ?? ""), ""]);
  for (const row of diff.added) records.push(["added", ...keyCells(row), "value", "", cell(row.value ?? "")]);
  for (const c of diff.changed)
    for (const field of Object.keys(c.from).sort())
      records.push(["changed", ...keyCells(c.key), field, cell(c.from[field]), cell(c.to[field])]);
  return stringify(records, { header: true, columns: [...CHANGE_COLUMNS], record_delimiter: "\n" });
}
