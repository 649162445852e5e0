/**
 * @module The names table (region code → zh/en names) the build generates from the data; it serves both the
 * figure model and the region index. In the built views chunk it holds the Chinese codes only: the world part
 * (~5 kB gzip) is its own chunk, added by {@link namesFor} when data has world codes.
 */
import type { NameTable } from "../../figure/names";
import names from "../../figure/names-table.json";
import { isWorldCode } from "./world-code";

/** The names table (region code → zh/en names), generated from the data by the build. */
export const NAMES: NameTable = { ...(names as NameTable) };

/** Makes sure the names of `codes` are in {@link NAMES}: loads the world part when one of them is a world code. */
export async function namesFor(codes: readonly (string | undefined)[]): Promise<void> {
  if (!codes.some((c) => c !== undefined && isWorldCode(c) && !NAMES[c])) return;
  const { WORLD_NAMES } = await import("./world-names");
  Object.assign(NAMES, WORLD_NAMES);
}
