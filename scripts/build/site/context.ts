/**
 * @module Everything the page generators read, gathered once per build: the catalog and its rows, region
 * names from the reference tables, which widget elements the bundle defines, and the bundle's SRI hash.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import type { EmbedScript } from "../../../figure/embed/snippet";
import type { Catalog, CatalogEntry, LocalizedText } from "../../../schemas";
import { ROOT } from "../../lib/paths";
import type { LoadedDataset, Row } from "../../lib/read-data";
import { widgetElements } from "../widget-elements";
import type { IndicatorData } from "./indicator-data";

export type { EmbedScript };

/** Inputs of page generation. */
export interface SiteContext {
  catalog: Catalog;
  /** Rows of one version of a dataset (empty when unknown). */
  rows(id: string, version: string): Row[];
  /** A region's name, or its code when no reference table names it. */
  regionName(code: string, lang: "zh" | "en"): string;
  /** Region codes that stand for groups of countries (World Bank aggregates). */
  aggregates: ReadonlySet<string>;
  /** Custom element tags the widget bundle defines (`pa-chart`, …). */
  widgetTags: ReadonlySet<string>;
  embed: EmbedScript;
  /** The indicator registry and worked examples (empty when the API has no indicators). */
  indicators: IndicatorData;
  assetsDir: string;
  /** A loaded dataset (metadata and every version's rows), for figures drawn at build time. */
  dataset?(id: string): LoadedDataset | undefined;
}

/** The tags the widget bundle registers: those of the element table (widgets/elements.ts). */
export function definedWidgetTags(root = ROOT): Set<string> {
  return new Set(widgetElements(root).map((e) => e.tag));
}

/**
 * The script a snippet loads and its SRI hash. The widgets build writes `widgets/manifest.json` with a versioned,
 * immutable classic loader (`0.1.0/loader.js`, which picks the modern module or the legacy build for old
 * Chromium cores) and the hash of every file: snippets pin that loader, whose bytes never change (the aliases
 * move with each release, so an SRI hash on them would break). Without a manifest the hash is computed here
 * from `widgets/v1-loader.js`.
 */
export function embedScript(assetsDir: string): EmbedScript {
  const manifestFile = join(assetsDir, "widgets/manifest.json");
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { loader?: string; files?: { path: string; integrity: string }[] };
    const loader = manifest.files?.find((f) => f.path === manifest.loader);
    if (loader?.integrity.startsWith("sha384-")) return { path: `/widgets/${loader.path}`, integrity: loader.integrity };
  }
  const digest = createHash("sha384")
    .update(readFileSync(join(assetsDir, "widgets/v1-loader.js")))
    .digest("base64");
  return { path: "/widgets/v1-loader.js", integrity: `sha384-${digest}` };
}

const zhRegionNames = new Intl.DisplayNames(["zh-Hans"], { type: "region" });

/** A Chinese country name from its ISO 3166-1 alpha-2 code (CLDR data in Node's ICU), if it has one. */
function chineseCountryName(alpha2: unknown): string | undefined {
  if (typeof alpha2 !== "string" || !/^[A-Z]{2}$/.test(alpha2)) return undefined;
  const name = zhRegionNames.of(alpha2);
  return name && name !== alpha2 ? name : undefined;
}

/**
 * Region names and aggregate codes from the reference tables: provinces (`name_zh`, `name_en`) and countries
 * (`short_name_en`, ISO alpha-2 for the Chinese name; `kind: aggregate` for World Bank groupings).
 */
function regionTables(datasets: readonly LoadedDataset[]): { names: Map<string, LocalizedText>; aggregates: Set<string> } {
  const names = new Map<string, LocalizedText>();
  const aggregates = new Set<string>();
  for (const d of datasets) {
    if (d.meta.kind !== "reference") continue;
    const latest = [...d.versions].sort((a, b) => semver.rcompare(a.meta.version, b.meta.version))[0];
    for (const row of latest?.rows ?? []) {
      if (typeof row.region !== "string") continue;
      const en = row.short_name_en ?? row.name_en;
      const zh = row.name_zh_short ?? row.name_zh ?? chineseCountryName(row.iso_alpha2) ?? en;
      if (typeof zh === "string" && typeof en === "string") names.set(row.region, { zh, en });
      if (row.kind === "aggregate") aggregates.add(row.region);
    }
  }
  names.set("CN", names.get("CN") ?? { zh: "全国", en: "China" });
  names.set("CHN", { zh: "中国", en: names.get("CHN")?.en ?? "China" });
  if (names.has("WLD")) names.set("WLD", { zh: "世界", en: names.get("WLD")?.en ?? "World" });
  return { names, aggregates };
}

/** Gathers the context from the build's catalog and loaded datasets. */
export function siteContext(
  catalog: Catalog,
  datasets: readonly LoadedDataset[],
  assetsDir: string,
  indicators: IndicatorData = { indicators: [], views: [], examples: new Map(), viewResults: new Map() },
): SiteContext {
  const { names, aggregates } = regionTables(datasets);
  const byKey = new Map(datasets.flatMap((d) => d.versions.map((v) => [`${d.meta.id}@${v.meta.version}`, v.rows] as const)));
  return {
    catalog,
    rows: (id, version) => byKey.get(`${id}@${version}`) ?? [],
    regionName: (code, lang) => names.get(code)?.[lang] ?? code,
    aggregates,
    widgetTags: definedWidgetTags(),
    embed: embedScript(assetsDir),
    indicators,
    assetsDir,
    dataset: (id) => datasets.find((d) => d.meta.id === id),
  };
}

/** The newest version of a catalog entry. */
export function latestOf(entry: CatalogEntry) {
  const latest = entry.versions[0];
  if (!latest) throw new Error(`${entry.id} has no published version`);
  return latest;
}
