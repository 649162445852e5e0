/**
 * @module Build step: the names table of every region code the data uses, in zh and en — provinces from the
 * `regions` dataset, economies and World Bank aggregates from the `countries` dataset (Chinese names of
 * economies from the platform's CLDR region names via their ISO alpha-2 code; of aggregates from
 * scripts/lib/wb-aggregate-names-zh.ts), and China's groupings from schemas/region-codes.ts. Written to
 * `.assets/names.json`; the widgets' shared views inline its codes that are neither provinces nor countries, and load those parts as chunks of their own (scripts/build/widgets.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { NameTable, RegionName } from "../../figure/names";
import { DOCUMENTED_REGIONS } from "../../schemas/region-codes";
import { DATA_DIR, ROOT } from "../lib/paths";
import { WB_AGGREGATE_NAMES_ZH } from "../lib/wb-aggregate-names-zh";

/** The rows of the latest version of a reference dataset. */
function latestRows(id: string, dataDir: string): Record<string, string>[] {
  const versions = readdirSync(join(dataDir, id))
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const latest = versions.at(-1);
  if (!latest) return [];
  return parse(readFileSync(join(dataDir, id, latest, "data.csv")), { columns: true }) as Record<string, string>[];
}

/** Short English names for tight places: "Inner Mongolia" stays, long WDI names drop their parenthesis. */
const shortEn = (name: string) => name.replace(/\s*\(.*\)$/, "").replace(/, The$/, "");

/** Builds the names table from data/. */
export function buildNames(dataDir = DATA_DIR): NameTable {
  const names: Record<string, RegionName> = {};
  const zhRegion = new Intl.DisplayNames(["zh-Hans"], { type: "region", fallback: "none" });
  for (const r of latestRows("regions", dataDir))
    names[r.region as string] = {
      zh: r.name_zh as string,
      en: r.name_en as string,
      zhShort: r.name_zh_short,
      enShort: r.name_en,
      kind: "province",
      group: r.group,
    };
  for (const r of latestRows("countries", dataDir)) {
    const code = r.region as string;
    const en = r.name_en as string;
    const zh = r.kind === "aggregate" ? WB_AGGREGATE_NAMES_ZH[code] : r.iso_alpha2 ? zhRegion.of(r.iso_alpha2) : undefined;
    const zhName = zh ?? (code === "XKX" ? zhRegion.of("XK") : code === "CHI" ? "海峡群岛" : undefined);
    if (!zhName) continue;
    names[code] = { zh: zhName, en, zhShort: zhName.replace(/特别行政区$/, ""), enShort: shortEn(r.short_name_en || en), kind: r.kind };
    // No source publishes Chinese names of the WB aggregates: ours are marked as ours.
    if (r.kind === "aggregate" && WB_AGGREGATE_NAMES_ZH[code]) names[code] = { ...names[code], zhBy: "prosperity-atlas" };
  }
  for (const d of DOCUMENTED_REGIONS) {
    // The documented names carry their publisher in brackets ("东部（国家邮政局）"): the short form drops it.
    names[d.code] = {
      zh: d.name.zh,
      en: d.name.en,
      zhShort: d.name.zh.replace(/（.*）$/, ""),
      enShort: d.name.en.replace(/\s*\(.*\)$/, ""),
      kind: d.family,
    };
  }
  // In China datasets, "CN" is the country: "全国" / "China" read better than the documented long form.
  if (names.CN) names.CN = { ...names.CN, zh: "全国", en: "China", zhShort: "全国", enShort: "China" };
  // Short forms only where they differ: the table ships in the widgets' chunks.
  for (const n of Object.values(names)) {
    if (n.zhShort === n.zh) delete n.zhShort;
    if (n.enShort === n.en) delete n.enShort;
    if (n.kind === "economy") delete n.kind;
  }
  return names;
}

/** Writes the committed names table (unchanged when current). */
export function writeNames(dataDir = DATA_DIR): NameTable {
  const names = buildNames(dataDir);
  const target = join(ROOT, NAMES_FILE);
  const text = namesJson(names);
  if (!existsSync(target) || readFileSync(target, "utf8") !== text) writeFileSync(target, text);
  return names;
}

/** Where the generated table is kept (committed, so that source imports work without a build; a test checks it). */
export const NAMES_FILE = "figure/names-table.json";

/** The table as the committed file holds it: sorted keys, one entry a line. */
export function namesJson(names: NameTable): string {
  const entries = Object.keys(names)
    .sort()
    .map((code) => `  ${JSON.stringify(code)}: ${JSON.stringify(names[code])}`);
  return `{\n${entries.join(",\n")}\n}\n`;
}
