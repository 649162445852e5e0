/**
 * @module Readers of World Bank WDI raw files in the two formats the shared folder holds: the Datahub long CSV
 * with its `datapackage.json`, and the WB API bulk download (wide, four preamble lines) with its indicator
 * metadata. They return the cells as published; nothing is recomputed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { RawReader } from "./raw";

/** One published cell of a WDI indicator: economy (or aggregate) code, year and value. */
export interface WdiCell {
  code: string;
  name: string;
  year: string;
  value: number;
}

/**
 * Converts a WDI numeric cell to a number, or `undefined` for an empty cell. The WB writes very small values in
 * E notation (`6.38E-05`), so that is accepted; anything else (a footnote mark, a range) throws.
 */
export function wdiNumber(cell: string | undefined, where: string): number | undefined {
  const text = (cell ?? "").trim();
  if (text === "") return undefined;
  if (!/^-?\d+(?:\.\d+)?(?:E[+-]?\d+)?$/i.test(text)) throw new Error(`${where}: "${text}" is not a number`);
  return Number(text);
}

/** What a Datahub `datapackage.json` says about its indicator. */
export interface DatahubIndicator {
  /** The WB indicator title, e.g. "Mobile cellular subscriptions (per 100 people)". */
  title: string;
  /** The WB definition (the package's `readme`). */
  definition: string;
  cells: WdiCell[];
}

const DATAHUB_COLUMNS = ["Country Name", "Country Code", "Year", "Value"];

/** Reads `intl/wdi_datahub/<indicator>/{data.csv,datapackage.json}`; checks columns and the CC BY 4.0 licence. */
export function readDatahub(raw: RawReader, indicator: string): DatahubIndicator {
  const folder = `intl/wdi_datahub/${indicator}`;
  const pkg = JSON.parse(readFileSync(join(raw.dir, folder, "datapackage.json"), "utf8")) as {
    title?: string;
    readme?: string;
    licenses?: { name?: string }[];
  };
  if (!pkg.licenses?.some((l) => l.name === "CC-BY-4.0")) throw new Error(`${folder}/datapackage.json: licence is not CC-BY-4.0`);
  if (!pkg.title || !pkg.readme) throw new Error(`${folder}/datapackage.json: no title or readme`);
  const rows = raw.csv(`${folder}/data.csv`);
  const header = Object.keys(rows[0] ?? {});
  if (header.join(",") !== DATAHUB_COLUMNS.join(",")) throw new Error(`${folder}/data.csv: unexpected columns ${header.join(",")}`);
  const cells = rows.map((r, i) => {
    const value = wdiNumber(r.Value, `${folder}/data.csv row ${i + 2} Value`);
    if (value === undefined) throw new Error(`${folder}/data.csv row ${i + 2}: empty value`);
    return { code: r["Country Code"] ?? "", name: r["Country Name"] ?? "", year: r.Year ?? "", value };
  });
  return { title: pkg.title, definition: pkg.readme.trim(), cells };
}

/** A WB API bulk-download file: its "Last Updated Date" and the non-empty cells. */
export interface ApiIndicator {
  code: string;
  title: string;
  lastUpdated: string;
  cells: WdiCell[];
}

/**
 * Reads a WB API bulk CSV (`API_<code>_DS2_en_csv_v2_*.csv`): a BOM, `"Data Source"` and `"Last Updated Date"`
 * lines, then a wide table with one column per year. Empty cells are years without data and are skipped.
 */
export function readApiWide(raw: RawReader, path: string): ApiIndicator {
  const text = readFileSync(join(raw.dir, path), "utf8");
  const preamble = parse(text, { bom: true, relax_column_count: true, to_line: 3, skip_empty_lines: true }) as string[][];
  const lastUpdated = preamble.find((line) => line[0] === "Last Updated Date")?.[1];
  if (!lastUpdated || !/^\d{4}-\d{2}-\d{2}$/.test(lastUpdated)) throw new Error(`${path}: no "Last Updated Date"`);
  const rows = parse(text, { bom: true, columns: true, from_line: 5, skip_empty_lines: true }) as Record<string, string>[];
  const codes = new Set(rows.map((r) => r["Indicator Code"]));
  const titles = new Set(rows.map((r) => r["Indicator Name"]));
  const [code] = codes;
  const [title] = titles;
  if (codes.size !== 1 || titles.size !== 1 || !code || !title) throw new Error(`${path}: expected exactly one indicator`);
  const cells: WdiCell[] = [];
  rows.forEach((r, i) => {
    for (const [column, cell] of Object.entries(r)) {
      if (!/^\d{4}$/.test(column)) continue;
      const value = wdiNumber(cell, `${path} row ${i + 6} ${column}`);
      if (value !== undefined) cells.push({ code: r["Country Code"] ?? "", name: r["Country Name"] ?? "", year: column, value });
    }
  });
  return { code, title, lastUpdated, cells };
}

/** The indicator metadata file of a WB API download: definition and source organisation. */
export interface ApiIndicatorMeta {
  definition: string;
  organisation: string;
}

/** Reads `Metadata_Indicator_API_<code>_….csv` (one indicator row). */
export function readApiMetadata(raw: RawReader, path: string): ApiIndicatorMeta {
  const [row, ...rest] = raw.csv(path);
  if (!row || rest.length > 0) throw new Error(`${path}: expected one indicator row`);
  const definition = row.SOURCE_NOTE?.trim();
  const organisation = row.SOURCE_ORGANIZATION?.trim();
  if (!definition || !organisation) throw new Error(`${path}: no SOURCE_NOTE or SOURCE_ORGANIZATION`);
  return { definition, organisation };
}
