/**
 * @module Writes one version as Apache Parquet with hyparquet-writer (pure JS, pinned): typed columns, the
 * repetitive dimensions (region, period, measure, category, status) dictionary-encoded, and the dataset, version
 * and the sha256 of the sealed `data.csv` it was made from in the file's key–value metadata. Built from the rows
 * of `data/<id>/<version>/data.csv` as the build loads them, so the file is a deterministic function of the
 * sealed CSV and the pinned writer (a test builds it twice and compares the bytes).
 */
import type { ColumnSource } from "hyparquet-writer";
import { parquetWriteBuffer } from "hyparquet-writer";
import { OBSERVATION_FIELDS } from "../../schemas";
import type { LoadedDataset, LoadedVersion, Row } from "../lib/read-data";

/** The writer named in the file's `created_by` (its version is pinned in package.json). */
export const PARQUET_WRITER = "hyparquet-writer 0.17.0";

/** Observation columns whose few distinct values repeat on every row: always dictionary-encoded. */
const DICTIONARY = new Set(["region", "period", "measure", "category", "status"]);

const text = (rows: Row[], name: string) => rows.map((r) => (r[name] === undefined || r[name] === "" ? null : String(r[name])));

function observationColumns(rows: Row[]): ColumnSource[] {
  return OBSERVATION_FIELDS.map((name): ColumnSource => {
    if (name === "value") return { name, type: "DOUBLE", nullable: false, data: rows.map((r) => Number(r.value)) };
    const required = name === "region" || name === "period" || name === "measure";
    return {
      name,
      type: "STRING",
      nullable: !required,
      data: text(rows, name),
      ...(DICTIONARY.has(name) ? { encoding: "RLE_DICTIONARY" as const } : {}),
    };
  });
}

function referenceColumns(dataset: LoadedDataset, rows: Row[]): ColumnSource[] {
  return (dataset.meta.fields ?? []).map((f): ColumnSource => {
    // As in the JSON rows, an empty text cell of a reference table is "", not null.
    if (f.type === "string") return { name: f.name, type: "STRING", nullable: false, data: rows.map((r) => String(r[f.name] ?? "")) };
    // Integers are DOUBLE too: exact up to 2^53, and read back as plain numbers by every reader.
    return { name: f.name, type: "DOUBLE", nullable: false, data: rows.map((r) => Number(r[f.name])) };
  });
}

/** The key–value metadata of a version's file: what it is, where it comes from, and under which licence. */
export function parquetMetadata(dataset: LoadedDataset, version: LoadedVersion): { key: string; value: string }[] {
  const meta = dataset.meta;
  const entries: Record<string, string> = {
    "prosperity-atlas.dataset": meta.id,
    "prosperity-atlas.version": version.meta.version,
    "prosperity-atlas.published": version.meta.published,
    "prosperity-atlas.csv-sha256": version.hash,
    "prosperity-atlas.title": JSON.stringify(meta.title),
    "prosperity-atlas.licence": meta.licence.id,
    "prosperity-atlas.attribution": JSON.stringify(meta.licence.attribution),
    "prosperity-atlas.measures": JSON.stringify(meta.measures.map((m) => ({ id: m.id, unit: m.unit }))),
  };
  return Object.entries(entries).map(([key, value]) => ({ key, value }));
}

/** The Parquet bytes of one version, rows in the sealed CSV's order. */
export function toParquet(dataset: LoadedDataset, version: LoadedVersion): Uint8Array {
  const rows = version.rows;
  const columnData = dataset.meta.kind === "observations" ? observationColumns(rows) : referenceColumns(dataset, rows);
  const buffer = parquetWriteBuffer({
    columnData,
    kvMetadata: parquetMetadata(dataset, version),
    createdBy: `prosperity-atlas build (${PARQUET_WRITER})`,
  });
  return new Uint8Array(buffer);
}
