/**
 * @module The contract every dataset converter follows: read raw files, return metadata and versions.
 */
import type { DatasetMeta, VersionMeta } from "../../schemas";
import type { RawReader } from "../lib/raw";

/** A row as written to a version's `data.csv`: column → value (`undefined` = empty cell). */
export type DataRow = Record<string, string | number | undefined>;

/** One version a converter publishes. Older versions stay listed so the conversion reproduces them. */
export interface ConvertedVersion {
  meta: VersionMeta;
  rows: DataRow[];
}

/** The result of converting one dataset. */
export interface ConvertedDataset {
  meta: DatasetMeta;
  versions: ConvertedVersion[];
}

/** A converter: a pure function of the raw files. */
export interface Converter {
  id: string;
  /** Raw files it reads, relative to the raw folder (for docs and for the provenance test). */
  rawFiles: string[];
  convert(raw: RawReader): ConvertedDataset;
}

/** NBS attribution, shared by every dataset from the National Bureau of Statistics. */
export const NBS_LICENCE = {
  id: "attribution-required",
  title: "Official statistics; reuse with attribution (no open licence stated)",
  attribution: { zh: "来源：国家统计局", en: "Source: National Bureau of Statistics of China" },
} as const;

/** The NBS as a publisher. */
export const NBS = { zh: "国家统计局", en: "National Bureau of Statistics of China (NBS)" } as const;
