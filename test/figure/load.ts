/**
 * @module Test helper: a published dataset version from data/ as a figure input (rows as the API returns them).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { FigureInput } from "../../figure";
import namesTable from "../../figure/names-table.json";
import { DATA_DIR } from "../../scripts/lib/paths";

/** The names table the build generates. */
export const NAMES = namesTable as FigureInput["names"];

/** Rows and metadata of `id@version` from data/. */
export function load(id: string, version: string): Pick<FigureInput, "data" | "meta" | "names"> {
  const meta = JSON.parse(readFileSync(join(DATA_DIR, id, "dataset.json"), "utf8"));
  const rows = (parse(readFileSync(join(DATA_DIR, id, version, "data.csv")), { columns: true }) as Record<string, string>[]).map((r) => ({
    region: r.region as string,
    period: r.period as string,
    measure: r.measure as string,
    category: r.category || undefined,
    value: Number(r.value),
    status: r.status || undefined,
  }));
  return {
    data: { dataset: id, version, title: meta.title, attribution: meta.licence.attribution, measures: meta.measures, rows },
    meta: { sources: meta.sources, licence: meta.licence, defaults: meta.defaults, caveats: meta.caveats },
    names: NAMES,
  };
}
