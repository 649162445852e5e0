/**
 * @module The Chinese part of the names table (provinces and NBS groups, `CN-…`), a chunk of its own in the
 * build (scripts/build/widgets.ts), loaded only for data with province codes (names.ts): a national series
 * needs none of it.
 */
import type { NameTable } from "../../figure/names";
import names from "../../figure/names-table.json";

/** Names of provinces and groups of provinces, by code. */
export const PROVINCE_NAMES: NameTable = Object.fromEntries(Object.entries(names as NameTable).filter(([code]) => code.startsWith("CN-")));
