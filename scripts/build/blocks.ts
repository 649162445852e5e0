/**
 * @module Cuts a version's rows into blocks bounded by bytes, and encodes each block in the worker's columnar
 * layout (worker/storage/block.ts). Rows stay in canonical order (region, measure, category, period), so a
 * block is a contiguous run of (region × measure) series: whole series are packed together while they fit,
 * and a series larger than a block is cut into period ranges. The index (worker/storage/manifest.ts) records
 * each block's first and last series and its months, so a filtered request reads only the blocks it needs.
 */
import { periodSpan } from "../../schemas";
import type { DictColumn, StoredBlock, StoredColumn } from "../../worker/storage/block";
import type { BlockInfo, VersionManifest } from "../../worker/storage/manifest";
import type { Row } from "../lib/read-data";

/** Upper bound of a block file's bytes: small enough to parse in about a millisecond in a new isolate. */
export const BLOCK_BYTES = 256 * 1024;

/** A planned block: its rows, its file's text, and what the index says about it. */
export interface PlannedBlock {
  info: BlockInfo;
  rows: Row[];
  text: string;
}

/** The planned blocks of a version, and the dictionaries the index's ordinals point into. */
export interface BlockPlan {
  partition: VersionManifest["partition"];
  regions: string[];
  measures: string[];
  blocks: PlannedBlock[];
}

const text = (value: unknown) => (value === undefined ? "" : String(value));
/** The order `data/` CSVs are sorted in (scripts/lib/dataset-files.ts): the index's ordinals follow it. */
const canonical = (a: string, b: string) => a.localeCompare(b, "en");

/** Runs of equal values as `[value, count, …]`. */
function runsOf(idx: number[]): number[] {
  const runs: number[] = [];
  for (const k of idx) {
    if (runs.length > 0 && runs[runs.length - 2] === k) runs[runs.length - 1] = (runs.at(-1) as number) + 1;
    else runs.push(k, 1);
  }
  return runs;
}

/** Columns the worker filters on: always dictionaries of strings (worker/storage/block.ts relies on it). */
const FILTERED = new Set(["region", "measure", "category", "period"]);

/** Encodes one column: numbers as numbers, strings as a dictionary (with runs where shorter), else raw. */
function encodeColumn(name: string, values: unknown[]): StoredColumn {
  const present = values.filter((v) => v !== undefined);
  if (present.some((v) => v === null)) throw new Error(`column ${name}: null is not a value a row can hold`);
  if (FILTERED.has(name) && present.some((v) => typeof v !== "string"))
    throw new Error(`column ${name}: the API filters on it, so every value must be a string`);
  if (present.every((v) => typeof v === "number")) return { name, num: values.map((v) => (v === undefined ? null : (v as number))) };
  if (present.every((v) => typeof v === "string")) {
    const dict: string[] = [];
    const at = new Map<string, number>();
    const idx = values.map((v) => {
      if (v === undefined) return -1;
      let k = at.get(v as string);
      if (k === undefined) {
        k = dict.push(v as string) - 1;
        at.set(v as string, k);
      }
      return k;
    });
    const runs = runsOf(idx);
    const column: DictColumn = { name, dict };
    // Month spans of the periods, so that a reader never parses a period to filter by time.
    if (name === "period")
      column.spans = dict.flatMap((p) => {
        const span = periodSpan(p);
        return span ? [span.first, span.last] : [-1, -1];
      });
    if (runs.length < idx.length) column.runs = runs;
    else column.idx = idx;
    return column;
  }
  return { name, raw: values.map((v) => (v === undefined ? null : v)) };
}

/** The columnar block of `rows`; columns follow `columns` (the dataset's field order), then any other key. */
export function encodeBlock(rows: Row[], columns: readonly string[] = []): StoredBlock {
  const names = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (row[key] !== undefined) names.add(key);
  const ordered = [...columns.filter((c) => names.has(c)), ...[...names].filter((n) => !columns.includes(n))];
  return {
    v: 2,
    n: rows.length,
    columns: ordered.map((name) =>
      encodeColumn(
        name,
        rows.map((r) => r[name]),
      ),
    ),
  };
}

/** Month span of a block's rows. */
function monthsOf(rows: Row[]): { from?: number; to?: number } {
  let from: number | undefined;
  let to: number | undefined;
  for (const row of rows) {
    const span = row.period === undefined ? undefined : periodSpan(String(row.period));
    if (span) {
      from = from === undefined ? span.first : Math.min(from, span.first);
      to = to === undefined ? span.last : Math.max(to, span.last);
    }
  }
  return from === undefined ? {} : { from, to };
}

/** About the bytes a row adds to a columnar block: each number's text, a small index per string. */
function rowBytes(row: Row): number {
  let n = 0;
  for (const value of Object.values(row)) n += typeof value === "number" ? String(value).length + 1 : 4;
  return n;
}

/** Groups consecutive rows that share `keyOf`. */
function runs(rows: Row[], keyOf: (row: Row) => string): Row[][] {
  const out: Row[][] = [];
  let last: string | undefined;
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== last || out.length === 0) out.push([]);
    out.at(-1)?.push(row);
    last = key;
  }
  return out;
}

/** Plans the blocks of one version, each file at most `maxBytes` (unless one row alone is larger). */
export function planBlocks(rows: Row[], maxBytes = BLOCK_BYTES, columns: readonly string[] = []): BlockPlan {
  const regions = [...new Set(rows.map((r) => text(r.region)))].sort(canonical);
  const measures = [...new Set(rows.map((r) => text(r.measure)))].sort(canonical);
  const regionAt = new Map(regions.map((r, i) => [r, i]));
  const measureAt = new Map(measures.map((m, i) => [m, i]));
  const ordinal = (row: Row): [number, number] => [regionAt.get(text(row.region)) ?? 0, measureAt.get(text(row.measure)) ?? 0];
  // The index's ranges need rows sorted by series; canonical data already is (then nothing moves), other
  // input is sorted stably.
  const before = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];
  const inOrder = rows.every((row, i) => i === 0 || before(ordinal(rows[i - 1] as Row), ordinal(row)) <= 0);
  const sorted = inOrder
    ? rows
    : rows
        .map((row, i) => ({ row, i, key: ordinal(row) }))
        .sort((a, b) => before(a.key, b.key) || a.i - b.i)
        .map((x) => x.row);

  // Pack whole regions while they fit, then whole series; a series larger than a block is cut into
  // consecutive (period) ranges. A block's estimate counts each distinct string once (its dictionary entry).
  const budget = maxBytes * 0.9;
  const slices: Row[][] = [];
  let current: Row[] = [];
  let bytes = 0;
  let seen = new Set<string>();
  const flush = () => {
    if (current.length > 0) slices.push(current);
    current = [];
    bytes = 0;
    seen = new Set();
  };
  const add = (row: Row) => {
    let b = rowBytes(row);
    for (const [key, value] of Object.entries(row)) {
      if (typeof value !== "string" || seen.has(`${key}\u0000${value}`)) continue;
      seen.add(`${key}\u0000${value}`);
      b += value.length + 3;
    }
    if (bytes + b > budget) flush();
    current.push(row);
    bytes += b;
  };
  const size = (list: Row[]) => list.reduce((n, row) => n + rowBytes(row), 0);
  for (const region of runs(sorted, (row) => String(ordinal(row)[0]))) {
    const whole = size(region);
    // A region that fits in a block but not in what is left of this one starts a new block.
    if (bytes > 0 && bytes + whole > budget && whole <= budget) flush();
    for (const series of runs(region, (row) => String(ordinal(row)[1]))) {
      const s = size(series);
      if (bytes > 0 && bytes + s > budget && s <= budget) flush();
      for (const row of series) add(row);
    }
  }
  flush();

  // The estimate aims below the bound; a block whose encoding still exceeds it is halved until it fits.
  const fitted: { rows: Row[]; text: string }[] = [];
  const fitBlock = (slice: Row[]) => {
    const encoded = JSON.stringify(encodeBlock(slice, columns));
    if (Buffer.byteLength(encoded) <= maxBytes || slice.length === 1) fitted.push({ rows: slice, text: encoded });
    else {
      const half = Math.ceil(slice.length / 2);
      fitBlock(slice.slice(0, half));
      fitBlock(slice.slice(half));
    }
  };
  for (const slice of slices.length > 0 ? slices : [[]]) fitBlock(slice);

  const blocks = fitted.map(({ rows: slice, text: encoded }, i): PlannedBlock => {
    const first = slice[0];
    const lastRow = slice.at(-1);
    return {
      rows: slice,
      text: encoded,
      info: {
        key: `blocks/${i}.json`,
        rows: slice.length,
        bytes: Buffer.byteLength(encoded),
        first: first ? ordinal(first) : [0, 0],
        last: lastRow ? ordinal(lastRow) : [0, 0],
        ...monthsOf(slice),
      },
    };
  });
  return { partition: blocks.length > 1 ? "series" : "none", regions, measures, blocks };
}
