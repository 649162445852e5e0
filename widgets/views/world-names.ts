/**
 * @module The world part of the names table (countries and their aggregates), a chunk of its own in the build
 * (scripts/build/widgets.ts), loaded only for data with world codes (names.ts).
 */
import type { NameTable } from "../../figure/names";
import names from "../../figure/names-table.json";
import { isWorldCode } from "./world-code";

/** Names of countries and aggregates, by code. */
export const WORLD_NAMES: NameTable = Object.fromEntries(Object.entries(names as NameTable).filter(([code]) => isWorldCode(code)));
