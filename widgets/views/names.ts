/**
 * @module The names table (region code → zh/en names) the build generates from the data; it ships in the
 * views chunk and serves both the figure model and the region index.
 */
import type { NameTable } from "../../figure/names";
import names from "../../figure/names-table.json";

/** The names table (region code → zh/en names), generated from the data by the build. */
export const NAMES = names as NameTable;
