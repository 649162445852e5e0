/**
 * @module The block index of one version (`<id>/<version>/index.json`), written by the build. A version's rows
 * are stored as one or more blocks; the index says what each block holds so that a request reads only the
 * blocks its filters can match. Pure: shared by the build (which writes it) and the worker (which reads it).
 */
import type { Selection } from "../lib/filter";

/** One block: a contiguous slice of the version's rows in stored order. */
export interface BlockInfo {
  /** Key below the version folder, e.g. `blocks/0.json`. */
  key: string;
  rows: number;
  /** Distinct region codes in the block (empty when rows have no region). */
  regions: string[];
  /** Distinct measures in the block (empty for reference tables). */
  measures: string[];
  /** First and last month covered by the block's periods (absent for reference tables). */
  from?: number;
  to?: number;
}

/** The block index of one version. */
export interface VersionManifest {
  /** How the rows were split: whole regions per block, whole years per block, or not at all. */
  partition: "none" | "region" | "period";
  rows: number;
  /** The CSV this API serves for the whole version (`data.csv` without parameters), hashed at build time. */
  csv: { hash: string; bytes: number };
  blocks: BlockInfo[];
}

/** The blocks a selection can match, in stored order. */
export function selectBlocks(manifest: VersionManifest, s: Selection): BlockInfo[] {
  return manifest.blocks.filter((b) => {
    if (s.regions && b.regions.length > 0 && !b.regions.some((r) => s.regions?.has(r))) return false;
    if (s.measures && b.measures.length > 0 && !b.measures.some((m) => s.measures?.has(m))) return false;
    if (s.from !== undefined && b.to !== undefined && b.to < s.from) return false;
    if (s.to !== undefined && b.from !== undefined && b.from > s.to) return false;
    return true;
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
