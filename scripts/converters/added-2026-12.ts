/**
 * @module What the converters of the raw files added on 2026-12-04 (`china/added-2026-12/`) share: the folder and
 * the reader of the NBS data-portal layout (one value per row, with the portal's own
 * record quoted beside it).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { type RawReader, rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

/** The raw folder of these files, as converters name them. */
export const ADDED = "china/added-2026-12";

/** One value of a provincial NBS-portal file: province, year, raw indicator and its number. */
export interface PortalCell {
  region: string;
  year: string;
  indicator: string;
  value: number;
}

/**
 * Reads a provincial file in the NBS-portal layout (`iso_3166_2, …, year, indicator, …, value, unit`): checks each
 * row's province code and that its indicator carries the unit the converter declares, and refuses empty values.
 * @param units raw indicator → the raw `unit` text it must carry
 */
export function readPortalFile(raw: RawReader, file: string, units: Readonly<Record<string, string>>): PortalCell[] {
  const codes = provinceCodes(raw);
  const name = file.split("/").at(-1);
  return raw.csv(file).map((r, i) => {
    const where = `${name} row ${i + 2}`;
    const indicator = r.indicator ?? "";
    if (units[indicator] === undefined || units[indicator] !== r.unit) {
      throw new Error(`${where}: indicator ${indicator} in unit "${r.unit}" is not a declared measure`);
    }
    const value = rawNumber(r.value, `${where} value`);
    if (value === undefined) throw new Error(`${where}: empty value`);
    if (!/^\d{4}$/.test(r.year ?? "")) throw new Error(`${where}: year "${r.year}" is not a year`);
    return { region: checkedProvince(codes, r.iso_3166_2, where), year: r.year as string, indicator, value };
  });
}

/** A portal cell as a published row: the raw indicator is the measure id, the year the period. */
export function portalRow(cell: PortalCell): DataRow {
  return { region: cell.region, period: cell.year, measure: cell.indicator, value: cell.value };
}

/**
 * The converter of a portal file published as it is, one version: each raw indicator becomes the measure of the
 * same id (its metadata is `data/<id>/dataset.json`).
 * @param units raw indicator → the raw `unit` text its rows must carry
 */
export function portalConverter(id: string, file: string, units: Readonly<Record<string, string>>): Converter {
  return {
    id,
    rawFiles: [file],
    convert: (raw) => [{ version: "1.0.0", rows: readPortalFile(raw, file, units).map(portalRow) }],
  };
}
