/**
 * @module The contract every dataset converter follows: read raw files, return each version's rows. Everything
 * else about a dataset is data, not code: its metadata is `data/<id>/dataset.json`, each version's description is
 * `data/<id>/<version>/version.json`, and `npm run convert` seals a new version's metadata into its `meta.json`.
 */
import type { DatasetMeta, VersionMeta } from "../../schemas";
import type { RawReader } from "../lib/raw";

/** A row as written to a version's `data.csv`: column → value (`undefined` = empty cell). */
export type DataRow = Record<string, string | number | undefined>;

/** The rows of one version. Older versions stay listed so that the conversion reproduces them byte for byte. */
export interface ConvertedVersion {
  version: string;
  rows: DataRow[];
}

/** A converter: a pure function of the raw files. */
export interface Converter {
  /** The dataset id: its metadata is `data/<id>/dataset.json`. */
  id: string;
  /** Raw files it reads, relative to the raw folder (for docs and for the provenance test). */
  rawFiles: string[];
  /**
   * The versions' rows from the raw files. `meta` is the dataset's `dataset.json`, for a converter whose conversion
   * depends on what is published (e.g. the unit a measure's values are expressed in); most ignore it.
   */
  convert(raw: RawReader, meta: DatasetMeta): ConvertedVersion[];
}

/**
 * A whole dataset in memory, as `datasetFiles` (scripts/lib/dataset-files.ts) writes it to disk: metadata and versions with their rows. Test
 * fixtures and synthetic benchmark data are written this way; converters return only rows (see {@link Converter}).
 */
export interface ConvertedDataset {
  meta: DatasetMeta;
  versions: { meta: VersionMeta; rows: DataRow[] }[];
}
