/**
 * @module Splits a version's rows into blocks for the worker's block index. Small versions are one block;
 * larger ones are cut into contiguous runs of whole regions (when the version has several regions) or whole
 * years (one region), so that a filtered request reads only the blocks it needs.
 */
import { periodSpan } from "../../schemas";
import type { BlockInfo, VersionManifest } from "../../worker/storage/manifest";
import type { Row } from "../lib/read-data";

/** Rows per block the build aims for; a version at or below it is one block. */
export const BLOCK_ROWS = 500;
/** Most blocks per version: bounds the reads of an unfiltered request. */
export const MAX_BLOCKS = 32;

/** A planned block: its rows and what the index says about them. */
export interface PlannedBlock {
  info: BlockInfo;
  rows: Row[];
}

function describe(key: string, rows: Row[]): BlockInfo {
  const regions = new Set<string>();
  const measures = new Set<string>();
  let from: number | undefined;
  let to: number | undefined;
  for (const row of rows) {
    if (row.region !== undefined) regions.add(String(row.region));
    if (row.measure !== undefined) measures.add(String(row.measure));
    const span = row.period === undefined ? undefined : periodSpan(String(row.period));
    if (span) {
      from = from === undefined ? span.first : Math.min(from, span.first);
      to = to === undefined ? span.last : Math.max(to, span.last);
    }
  }
  return {
    key,
    rows: rows.length,
    regions: [...regions].sort(),
    measures: [...measures].sort(),
    ...(from === undefined ? {} : { from, to }),
  };
}

/** Groups consecutive rows that share `keyOf` (rows are in canonical order, so a region's rows are contiguous). */
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

/** Packs runs into blocks of about `target` rows without splitting a run. */
function pack(groups: Row[][], target: number): Row[][] {
  const blocks: Row[][] = [];
  for (const group of groups) {
    const current = blocks.at(-1);
    if (current && current.length + group.length <= target) current.push(...group);
    else blocks.push([...group]);
  }
  return blocks;
}

/** Plans the blocks of one version. */
export function planBlocks(rows: Row[], target = BLOCK_ROWS): { partition: VersionManifest["partition"]; blocks: PlannedBlock[] } {
  const size = Math.max(target, Math.ceil(rows.length / MAX_BLOCKS));
  if (rows.length <= size) return { partition: "none", blocks: [{ info: describe("blocks/0.json", rows), rows }] };
  const regions = new Set(rows.map((r) => r.region));
  let partition: VersionManifest["partition"];
  let groups: Row[][];
  if (regions.size > 1) {
    partition = "region";
    groups = runs(rows, (r) => String(r.region));
  } else {
    // One region: group by year, in year order; rows keep their stored order within a year.
    partition = "period";
    const byYear = new Map<string, Row[]>();
    for (const row of rows) {
      const year = String(row.period).slice(0, 4);
      byYear.set(year, [...(byYear.get(year) ?? []), row]);
    }
    groups = [...byYear.keys()].sort().map((y) => byYear.get(y) ?? []);
  }
  const blocks = pack(groups, size).map((slice, i) => ({ info: describe(`blocks/${i}.json`, slice), rows: slice }));
  return { partition, blocks };
}
