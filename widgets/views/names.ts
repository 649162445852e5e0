/**
 * @module The names table (region code → zh/en names) the build generates from the data; it serves both the
 * figure model and the region index. In the built views it holds only the codes that are neither provinces nor
 * countries (`CN` and a few aggregates): the province part (~1.4 kB gzip) and the world part (~5 kB gzip) are
 * chunks of their own, added by {@link namesFor} when data has such codes.
 */
import type { NameTable } from "../../figure/names";
import names from "../../figure/names-table.json";
import { isWorldCode } from "./world-code";

/** The names table (region code → zh/en names), generated from the data by the build. */
export const NAMES: NameTable = { ...(names as NameTable) };

const missing = (codes: readonly (string | undefined)[], test: (code: string) => boolean) =>
  codes.some((c) => c !== undefined && test(c) && !NAMES[c]);

/** Makes sure the names of `codes` are in {@link NAMES}: loads the province or world part when one of them needs it. */
export async function namesFor(codes: readonly (string | undefined)[]): Promise<void> {
  const [provinces, world] = await Promise.all([
    missing(codes, (c) => c.startsWith("CN-")) ? import("./province-names").then((m) => m.PROVINCE_NAMES) : undefined,
    missing(codes, isWorldCode) ? import("./world-names").then((m) => m.WORLD_NAMES) : undefined,
  ]);
  Object.assign(NAMES, provinces, world);
}
