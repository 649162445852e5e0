/**
 * @module The on-disk form of a dataset: `data/<id>/dataset.json`, and per version `<version>/version.json`,
 * `<version>/meta.json` (the sealed metadata snapshot) and `<version>/data.csv`. Serialisation is canonical (sorted
 * rows, fixed column order, two-space JSON) so that a conversion reproduces the committed bytes exactly.
 */
import { createHash } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { comparePeriods, OBSERVATION_FIELDS, snapshotOf, type VersionSnapshot } from "../../schemas";
import type { ConvertedDataset, DataRow } from "../converters/converter";

/** Column order of a version's `data.csv`, from its (or its dataset's) kind and reference fields. */
export function columnsOf(dataset: Pick<VersionSnapshot, "kind" | "fields">): string[] {
  return dataset.kind === "observations" ? [...OBSERVATION_FIELDS] : (dataset.fields ?? []).map((f) => f.name);
}

const text = (value: unknown) => (value === undefined ? "" : String(value));

/** Canonical row order: region, measure, category, then period in time order. */
function compareRows(a: DataRow, b: DataRow): number {
  const by = (key: string) => text(a[key]).localeCompare(text(b[key]), "en");
  return by("region") || by("measure") || by("category") || comparePeriods(text(a.period), text(b.period));
}

/** Serialises rows to the canonical CSV (header row, `\n` line ends, quotes only where needed). */
export function toCanonicalCsv(columns: string[], rows: DataRow[]): string {
  const sorted = [...rows].sort(compareRows);
  return stringify(
    sorted.map((row) => columns.map((c) => text(row[c]))),
    { header: true, columns, record_delimiter: "\n" },
  );
}

/** `sha256-<hex>` of a file's bytes: the content hash that identifies a published version. */
export function contentHash(bytes: string | Uint8Array): string {
  return `sha256-${createHash("sha256").update(bytes).digest("hex")}`;
}

/** The canonical text of a JSON file in `data/` (two-space indent, final newline). */
export const jsonFile = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of a dataset held in memory (fixtures, synthetic data), as relative path → content; every version seals the same metadata. */
export function datasetFiles(dataset: ConvertedDataset): Map<string, string> {
  const files = new Map<string, string>();
  const id = dataset.meta.id;
  files.set(`${id}/dataset.json`, jsonFile(dataset.meta));
  const columns = columnsOf(dataset.meta);
  for (const version of dataset.versions) {
    const dir = `${id}/${version.meta.version}`;
    files.set(`${dir}/version.json`, jsonFile(version.meta));
    files.set(`${dir}/meta.json`, jsonFile(snapshotOf(dataset.meta)));
    files.set(`${dir}/data.csv`, toCanonicalCsv(columns, version.rows));
  }
  return files;
}
