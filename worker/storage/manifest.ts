/**
 * @module The block index of one version (`<id>/<version>/index.json`), written by the build. A version's rows,
 * in their canonical order (region, measure, category, period), are cut into blocks of at most a fixed number
 * of bytes; each block is a contiguous run, so it covers a range of (region, measure) series — whole series
 * where they fit, a period range of one series where a series alone is larger than a block. The index stores
 * each block's first and last series as ordinals into sorted dictionaries, and its month span: its size grows
 * with the number of blocks, not with the number of series. Pure: shared by the build (which writes it) and
 * the worker (which reads it).
 */
import type { Selection } from "../lib/filter";

/** One block as the worker uses it (decoded from the stored index). */
export interface BlockInfo {
  /** Key below the version folder, e.g. `blocks/0.json`. */
  key: string;
  rows: number;
  /** Bytes of the block file. */
  bytes: number;
  /** First and last series of the block: [region ordinal, measure ordinal] in the index's dictionaries. */
  first: readonly [number, number];
  last: readonly [number, number];
  /** First and last month covered by the block's periods (absent when no row has a period). */
  from?: number;
  to?: number;
}

/** The stored index: per-block facts as parallel arrays (compact, and fast to parse). */
export interface StoredManifest {
  /** Layout version of the index and its blocks. */
  format: 2;
  /** How the rows were cut: `none` (one block) or `series` (byte-bounded runs of region × measure series). */
  partition: "none" | "series";
  rows: number;
  /** The CSV this API serves for the whole version (`data.csv` without parameters), hashed at build time. */
  csv: { hash: string; bytes: number };
  /** Upper bound of a block file's bytes the build used. */
  blockBytes: number;
  /** Distinct regions and measures in canonical (stored) order; `""` stands for a row without one. */
  regions: string[];
  measures: string[];
  blocks: {
    rows: number[];
    bytes: number[];
    /** Per block: region ordinal, measure ordinal of its first row, then of its last row (4 numbers a block). */
    series: number[];
    /** Per block: first and last month, `-1` for none (2 numbers a block). */
    months: number[];
  };
}

/** The block index of one version, decoded. */
export interface VersionManifest extends Omit<StoredManifest, "blocks"> {
  blocks: BlockInfo[];
}

/** Decodes a stored index. */
export function decodeManifest(stored: StoredManifest): VersionManifest {
  const { blocks, ...rest } = stored;
  const list: BlockInfo[] = blocks.rows.map((rows, i) => {
    const s = blocks.series;
    const from = blocks.months[2 * i] as number;
    return {
      key: `blocks/${i}.json`,
      rows,
      bytes: blocks.bytes[i] as number,
      first: [s[4 * i] as number, s[4 * i + 1] as number],
      last: [s[4 * i + 2] as number, s[4 * i + 3] as number],
      ...(from < 0 ? {} : { from, to: blocks.months[2 * i + 1] as number }),
    };
  });
  return { ...rest, blocks: list };
}

/** Encodes decoded block facts for storage (the build's side of {@link decodeManifest}). */
export function encodeManifest(manifest: VersionManifest): StoredManifest {
  const { blocks, ...rest } = manifest;
  return {
    ...rest,
    blocks: {
      rows: blocks.map((b) => b.rows),
      bytes: blocks.map((b) => b.bytes),
      series: blocks.flatMap((b) => [...b.first, ...b.last]),
      months: blocks.flatMap((b) => (b.from === undefined ? [-1, -1] : [b.from, b.to ?? b.from])),
    },
  };
}

/** Ordinals of the dictionary entries a filter set names, sorted; `undefined` means no filter. */
function ordinals(dict: readonly string[], wanted: ReadonlySet<string> | undefined): number[] | undefined {
  if (!wanted) return undefined;
  const out: number[] = [];
  dict.forEach((value, i) => {
    // A row without a value is matched as the string "undefined" (see `matches`).
    if (wanted.has(value === "" ? "undefined" : value)) out.push(i);
  });
  return out;
}

/** Whether a series (region r, measure m) lies between a block's first and last series. */
const inRange = (r: number, m: number, b: BlockInfo) =>
  (r > b.first[0] || (r === b.first[0] && m >= b.first[1])) && (r < b.last[0] || (r === b.last[0] && m <= b.last[1]));

/** Whether any measure of `measures` can occur in region `r` within the block's range. */
function regionMatches(r: number, measures: number[] | undefined, b: BlockInfo): boolean {
  if (r < b.first[0] || r > b.last[0]) return false;
  if (!measures) return true;
  return measures.some((m) => inRange(r, m, b));
}

/**
 * The blocks a selection can match, in stored order. Exact for region and measure when the rows are sorted
 * by them (the build guarantees it); categories are not indexed, so every block of a series is kept for them.
 */
export function selectBlocks(manifest: VersionManifest, s: Selection): BlockInfo[] {
  const regions = ordinals(manifest.regions, s.regions);
  const measures = ordinals(manifest.measures, s.measures);
  return manifest.blocks.filter((b) => {
    if (s.from !== undefined && b.to !== undefined && b.to < s.from) return false;
    if (s.to !== undefined && b.from !== undefined && b.from > s.to) return false;
    if (regions) return regions.some((r) => regionMatches(r, measures, b));
    if (!measures) return true;
    // Any region of the block's range: a middle region holds every measure; the first and last only part.
    for (let r = b.first[0]; r <= b.last[0]; r++) if (regionMatches(r, measures, b)) return true;
    return false;
  });
}

/** Store key of a version's block index. */
export const manifestKey = (id: string, version: string) => `${id}/${version}/index.json`;
/** Store key of one block of a version. */
export const blockKey = (id: string, version: string, block: BlockInfo) => `${id}/${version}/${block.key}`;

/** Store key of a version's Frictionless descriptor, written at build time (its builder stays out of the worker). */
export const datapackageKey = (id: string, version: string) => `${id}/${version}/datapackage.json`;
/** Stands for the absolute URL of the exact version in a stored descriptor; the worker puts in its own origin. */
export const DATAPACKAGE_BASE = "{{base}}";
