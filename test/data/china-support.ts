/**
 * @module Shared by the China dataset tests: the raw folder (absent in users' clones, so those tests are skipped),
 * the committed rows of a dataset version, and a cell-by-cell comparison of published values with raw values.
 */
import { expect } from "vitest";
import { DATA_DIR, findRawDir } from "../../scripts/lib/paths";
import { RawReader, type RawRow } from "../../scripts/lib/raw";
import { loadData, type Row } from "../../scripts/lib/read-data";

const rawDir = findRawDir();
/** The raw reader, or `undefined` where `../shared/data/raw` is absent (use with `describe.runIf`). */
export const raw = rawDir ? new RawReader(rawDir) : undefined;

const committed = loadData(DATA_DIR);

/** Reads a raw China file; only called inside `describe.runIf(raw)`. */
export function rawCsv(file: string): RawRow[] {
  if (!raw) throw new Error("no raw data");
  return raw.csv(`china/${file}`);
}

/** The committed rows of one version of a dataset (empty when the version does not exist). */
export function rowsOf(id: string, version = "1.0.0"): Row[] {
  return committed.datasets.find((d) => d.meta.id === id)?.versions.find((v) => v.meta.version === version)?.rows ?? [];
}

/** The committed metadata of a dataset. */
export function metaOf(id: string) {
  return committed.datasets.find((d) => d.meta.id === id)?.meta;
}

/** The versions a dataset has committed, sorted. */
export function versionsOf(id: string): string[] {
  return (committed.datasets.find((d) => d.meta.id === id)?.versions ?? []).map((v) => v.meta.version).sort();
}

/** The identity of an observation: region, period, measure and category. */
export const keyOf = (row: { region?: unknown; period?: unknown; measure?: unknown; category?: unknown }) =>
  `${row.region}|${row.period}|${row.measure}${row.category === undefined || row.category === "" ? "" : `|${row.category}`}`;

/** A raw cell times 10^k, rounded to shed floating-point noise (the converter moves the decimal point instead). */
export const scaled = (cell: string | undefined, k: number) => Math.round(Number(cell) * 10 ** k * 1e6) / 1e6;

/**
 * Asserts that the published rows are exactly the expected cells: the same set of observations and, for each,
 * the same value. `expected` is built by the test from the raw file with its own mapping.
 */
export function expectCells(rows: Row[], expected: ReadonlyArray<readonly [key: string, value: number]>): void {
  const published = new Map(rows.map((r) => [keyOf(r), r.value]));
  expect(published.size, "duplicate published observations").toBe(rows.length);
  const wanted = new Map(expected);
  expect(wanted.size, "duplicate raw cells").toBe(expected.length);
  expect(published).toEqual(wanted);
}

/** The published row with this identity. */
export function find(rows: Row[], region: string, period: string, measure: string, category?: string): Row | undefined {
  return rows.find((r) => keyOf(r) === keyOf({ region, period, measure, category }));
}

/** The numeric value of a published row, failing the test if it is missing. */
export function cell(rows: Row[], region: string, period: string, measure: string): number {
  const row = find(rows, region, period, measure);
  expect(row, `${region} ${period} ${measure}`).toBeDefined();
  return Number(row?.value);
}
