/**
 * @module The catalog the build writes and the API serves: each dataset's metadata with its published versions,
 * their content hashes and coverage.
 */
import * as v from "valibot";
import { DatasetMeta } from "./dataset-meta";
import { VersionMeta } from "./version-meta";

/** What a version covers: how many rows, which regions, periods and measures. */
export const Coverage = v.strictObject({
  rows: v.pipe(v.number(), v.integer(), v.minValue(0)),
  regions: v.array(v.string()),
  periods: v.array(v.string()),
  measures: v.array(v.string()),
});
/** What a version covers. */
export type Coverage = v.InferOutput<typeof Coverage>;

const Sha256 = v.pipe(v.string(), v.regex(/^sha256-[0-9a-f]{64}$/));

/** A download file of a version, as the API serves it: size in bytes and `sha256-<hex>` of those bytes. */
export const VersionFile = v.strictObject({
  bytes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  hash: Sha256,
});
/** A download file of a version. */
export type VersionFile = v.InferOutput<typeof VersionFile>;

/**
 * The whole-version files the build writes: `csv` is the sealed `data.csv` (its hash is the version's `hash`),
 * `parquet` is built from it deterministically.
 */
export const VersionFiles = v.strictObject({ csv: VersionFile, parquet: VersionFile });
/** The whole-version files of a version. */
export type VersionFiles = v.InferOutput<typeof VersionFiles>;

/** A published version: its metadata, content hash (`sha256-<hex>` of its `data.csv`), coverage and download files. */
export const PublishedVersion = v.strictObject({
  ...VersionMeta.entries,
  hash: Sha256,
  coverage: Coverage,
  /** Absent where the build wrote no download files (test fixtures). */
  files: v.optional(VersionFiles),
});
/** A published version. */
export type PublishedVersion = v.InferOutput<typeof PublishedVersion>;

/** A dataset in the catalog; `versions` are sorted newest first. */
export const CatalogEntry = v.strictObject({
  ...DatasetMeta.entries,
  versions: v.pipe(v.array(PublishedVersion), v.minLength(1)),
});
/** A dataset in the catalog. */
export type CatalogEntry = v.InferOutput<typeof CatalogEntry>;

/** The whole catalog. */
export const Catalog = v.strictObject({
  generated: v.string(),
  datasets: v.array(CatalogEntry),
});
/** The whole catalog. */
export type Catalog = v.InferOutput<typeof Catalog>;
