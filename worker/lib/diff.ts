/**
 * @module Differences between two versions' rows: which observations were added, removed or changed.
 * An observation is identified by its key columns (region, period, measure, category for observations; the
 * first field for reference tables); any other column that differs makes it "changed".
 */

/** A row as stored. */
export type AnyRow = Readonly<Record<string, unknown>>;

/** One changed observation: its key, and the columns that differ with their old and new values. */
export interface Change {
  key: Record<string, unknown>;
  from: Record<string, unknown>;
  to: Record<string, unknown>;
}

/** The differences from one version to another, each list in the newer version's stored order. */
export interface RowDiff {
  added: AnyRow[];
  removed: AnyRow[];
  changed: Change[];
  unchanged: number;
}

/** The identifying columns of an observation row. */
export const OBSERVATION_KEY = ["region", "period", "measure", "category"] as const;

const keyString = (row: AnyRow, keys: readonly string[]) => keys.map((k) => String(row[k] ?? "")).join("\u0000");

/** Compares `before` with `after` by `keys`; the value columns compared are all columns of either row. */
export function diffRows(before: readonly AnyRow[], after: readonly AnyRow[], keys: readonly string[]): RowDiff {
  const old = new Map(before.map((row) => [keyString(row, keys), row]));
  const diff: RowDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const row of after) {
    const k = keyString(row, keys);
    seen.add(k);
    const prior = old.get(k);
    if (!prior) {
      diff.added.push(row);
      continue;
    }
    const from: Record<string, unknown> = {};
    const to: Record<string, unknown> = {};
    for (const column of new Set([...Object.keys(prior), ...Object.keys(row)])) {
      if (keys.includes(column) || prior[column] === row[column]) continue;
      from[column] = prior[column] ?? null;
      to[column] = row[column] ?? null;
    }
    if (Object.keys(from).length === 0) diff.unchanged++;
    else diff.changed.push({ key: Object.fromEntries(keys.filter((c) => row[c] !== undefined).map((c) => [c, row[c]])), from, to });
  }
  for (const row of before) if (!seen.has(keyString(row, keys))) diff.removed.push(row);
  return diff;
}
