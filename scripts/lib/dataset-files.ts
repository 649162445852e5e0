/**
 * @module The on-disk form of a dataset: `data/<id>/dataset.json`, and per version `<version>/version.json` and
 * `<version>/data.csv`. Serialisation is canonical (sorted rows, fixed column order) so that a conversion
 * reproduces the committed bytes exactly.
 */
import { createHash } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { comparePeriods, OBSERVATION_FIELDS } from "../../schemas";
import type { ConvertedDataset, DataRow } from "../converters/converter";

/** Column order of a dataset's `data.csv`. */
export function columnsOf(dataset: ConvertedDataset["meta"]): string[] {
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

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of one converted dataset, as relative path → content. */
export function datasetFiles(dataset: ConvertedDataset): Map<string, string> {
  const files = new Map<string, string>();
  const id = dataset.meta.id;
  files.set(`${id}/dataset.json`, json(dataset.meta));
  const columns = columnsOf(dataset.meta);
  for (const version of dataset.versions) {
    const dir = `${id}/${version.meta.version}`;
    files.set(`${dir}/version.json`, json(version.meta));
    files.set(`${dir}/data.csv`, toCanonicalCsv(columns, version.rows));
  }
  return files;
}
