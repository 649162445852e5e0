/**
 * @module What the world datasets' converters share: turning Datahub WDI indicator files into tidy rows
 * (region = WB code, period = year, one measure per indicator). Titles, units, definitions, licence and sources
 * are metadata in each dataset's `data/<id>/dataset.json`.
 */
import type { RawReader } from "../lib/raw";
import { readDatahub } from "../lib/wdi";
import type { DataRow } from "./converter";

/** One Datahub indicator published as one measure. */
export interface DatahubMeasureSpec {
  /** Folder name under `intl/wdi_datahub/` (the WB code in lower case). */
  indicator: string;
  measure: string;
}

/** Raw files a list of Datahub specs reads (for a converter's `rawFiles`). */
export function datahubFiles(specs: readonly DatahubMeasureSpec[]): string[] {
  return specs.flatMap((s) => [`intl/wdi_datahub/${s.indicator}/data.csv`, `intl/wdi_datahub/${s.indicator}/datapackage.json`]);
}

/** The rows of several Datahub indicators, one measure each. */
export function datahubRows(raw: RawReader, specs: readonly DatahubMeasureSpec[]): DataRow[] {
  return specs.flatMap((spec) =>
    readDatahub(raw, spec.indicator).cells.map((c) => ({ region: c.code, period: c.year, measure: spec.measure, value: c.value })),
  );
}
