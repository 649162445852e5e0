/**
 * @module What the converters of the raw files added on 2026-12-04 (`china/added-2026-12/`) share: the folder,
 * their first release, and the reader of the NBS data-portal layout (one value per row, with the portal's own
 * record quoted beside it).
 */
import type { VersionMeta } from "../../schemas";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { type RawReader, rawNumber } from "../lib/raw";

/** The raw folder of these files, as converters name them. */
export const ADDED = "china/added-2026-12";

/** First release of the datasets converted from `china/added-2026-12/`. */
export const DECEMBER_RELEASE: VersionMeta = {
  version: "1.0.0",
  published: "2026-12-04",
  changes: { zh: "首次发布。", en: "First release." },
};

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
