/**
 * @module The stored form of a block of rows: columns, not row objects. A JSON array of small integers and
 * numbers parses several times faster than the same rows as objects, and it lets a filter test a dictionary
 * entry once instead of every row. Pure: the build writes this format (scripts/build/blocks.ts) and the worker
 * reads it here; nothing else knows the layout.
 */
import { periodSpan } from "../../schemas/period";
import type { Selection } from "../lib/filter";

/** Numbers; `null` where a row has no value. */
export interface NumberColumn {
  name: string;
  num: (number | null)[];
}

/**
 * Strings as a dictionary and, per row, an index into it (`-1`: no value). Sorted columns (region, measure)
 * repeat long runs, so they may be stored as `runs`: `[index, count, index, count, …]` instead of `idx`.
 */
export interface DictColumn {
  name: string;
  dict: string[];
  idx?: number[];
  runs?: number[];
  /** For the period column: each entry's first and last month (`-1`, `-1` when it is not a period). */
  spans?: number[];
}

/** Any other JSON values; `null` where a row has no value. */
export interface RawColumn {
  name: string;
  raw: unknown[];
}

/** One stored column. */
export type StoredColumn = NumberColumn | DictColumn | RawColumn;

/** A block file (`blocks/<n>.json`): `n` rows as columns, in row key order. */
export interface StoredBlock {
  /** Layout version of the block file. */
  v: 2;
  n: number;
  columns: StoredColumn[];
}

/** A column ready to read: dictionary indexes expanded. */
interface ReadyColumn {
  name: string;
  /** Per row: dictionary index (`-1`: absent), for dictionary columns. */
  idx?: Int32Array;
  dict?: string[];
  /** Per row: the value (`null`: absent), for number and raw columns. */
  values?: unknown[];
  /** Per dictionary entry of a period column: first and last month (`-1`, `-1` when not a period). */
  spans?: ArrayLike<number>;
}

/** A block prepared for filtering, kept beside its parsed form. */
interface ReadyBlock {
  n: number;
  columns: ReadyColumn[];
  byName: Map<string, ReadyColumn>;
}

function expand(column: DictColumn, n: number): Int32Array {
  const out = new Int32Array(n);
  if (column.idx) out.set(column.idx);
  else if (column.runs) {
    let at = 0;
    for (let i = 0; i < column.runs.length; i += 2) {
      const value = column.runs[i] as number;
      const count = column.runs[i + 1] as number;
      out.fill(value, at, at + count);
      at += count;
    }
  }
  return out;
}

const ready = new WeakMap<StoredBlock, ReadyBlock>();

/** The block's columns with their indexes expanded, computed once per parsed block. */
function prepare(block: StoredBlock): ReadyBlock {
  let r = ready.get(block);
  if (!r) {
    const columns = block.columns.map((c): ReadyColumn => {
      if ("dict" in c)
        return {
          name: c.name,
          dict: c.dict,
          idx: expand(c, block.n),
          ...(c.runs ? { runs: c.runs } : {}),
          ...(c.spans ? { spans: c.spans } : {}),
        };
      return { name: c.name, values: "num" in c ? c.num : c.raw };
    });
    r = { n: block.n, columns, byName: new Map(columns.map((c) => [c.name, c])) };
    ready.set(block, r);
  }
  return r;
}

/** Row `i` as an object, with absent values left out (as the rows were read from the CSV). */
function rowAt(block: ReadyBlock, i: number): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const c of block.columns) {
    if (c.idx) {
      const k = c.idx[i] as number;
      if (k >= 0) row[c.name] = c.dict?.[k];
    } else {
      const value = c.values?.[i];
      if (value !== null && value !== undefined) row[c.name] = value;
    }
  }
  return row;
}

/** Every row of a block, in stored order. */
export function blockRows<T = Record<string, unknown>>(block: StoredBlock): T[] {
  const r = prepare(block);
  const rows: T[] = new Array(r.n);
  for (let i = 0; i < r.n; i++) rows[i] = rowAt(r, i) as T;
  return rows;
}

/**
 * Per dictionary entry of a string column, whether it passes `test` (1) or not (0). The filtered columns
 * (region, measure, category, period) are always dictionaries: the build refuses other values in them.
 */
function gate(column: ReadyColumn | undefined, test: (value: string, k: number) => boolean): Uint8Array {
  const dict = column?.dict ?? [];
  const pass = new Uint8Array(dict.length);
  for (let k = 0; k < dict.length; k++) if (test(dict[k] as string, k)) pass[k] = 1;
  return pass;
}

/** Month spans of a period dictionary: stored by the build, else parsed once per block (not per row and request). */
function spansOf(column: ReadyColumn): ArrayLike<number> {
  if (!column.spans) {
    const dict = column.dict ?? [];
    const spans = new Int32Array(dict.length * 2).fill(-1);
    dict.forEach((period, k) => {
      const span = periodSpan(period);
      if (span) spans.set([span.first, span.last], 2 * k);
    });
    column.spans = spans;
  }
  return column.spans;
}

/**
 * The rows of a block that satisfy `selection`, in stored order: exactly what `filterRows(blockRows(block),
 * selection)` returns, but tested per dictionary entry, and only matching rows become objects.
 */
export function selectRows<T = Record<string, unknown>>(block: StoredBlock, s: Selection): T[] {
  const r = prepare(block);
  const tests: Test[] = [];
  const add = (name: string, test: (value: string, k: number) => boolean, absent: boolean) => {
    const column = r.byName.get(name);
    tests.push({ column, pass: gate(column, test), absent });
  };
  // Absent values follow `matches`: a missing region or measure is compared as the string "undefined".
  if (s.regions) add("region", (v) => s.regions?.has(v) ?? true, s.regions.has("undefined"));
  if (s.measures) add("measure", (v) => s.measures?.has(v) ?? true, s.measures.has("undefined"));
  if (s.categories) add("category", (v) => s.categories?.has(v) ?? true, false);
  if (s.from !== undefined || s.to !== undefined) {
    const from = s.from ?? Number.NEGATIVE_INFINITY;
    const to = s.to ?? Number.POSITIVE_INFINITY;
    const column = r.byName.get("period");
    const spans = column?.dict ? spansOf(column) : undefined;
    add(
      "period",
      (_, k) =>
        spans !== undefined && (spans[2 * k] as number) >= 0 && (spans[2 * k] as number) >= from && (spans[2 * k + 1] as number) <= to,
      false,
    );
  }
  const out: T[] = [];
  rows: for (let i = 0; i < r.n; i++) {
    for (const t of tests) {
      const k = t.column?.idx?.[i] ?? -1;
      if (k < 0 ? !t.absent : t.pass[k] !== 1) continue rows;
    }
    out.push(rowAt(r, i) as T);
  }
  return out;
}

/** One part of a selection, compiled against a block's column. */
interface Test {
  column: ReadyColumn | undefined;
  pass: Uint8Array;
  absent: boolean;
}
