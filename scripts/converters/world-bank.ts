/**
 * @module What the world datasets share: the World Bank's licence and attribution, and a builder that turns
 * Datahub WDI indicator files into measures, tidy rows (region = WB code, period = year) and sources.
 */
import type { LocalizedText, Measure, Source } from "../../schemas";
import type { RawReader } from "../lib/raw";
import { readDatahub } from "../lib/wdi";
import type { DataRow } from "./converter";

/** The World Bank as a publisher. */
export const WORLD_BANK = { zh: "世界银行", en: "World Bank" } as const;

/** CC BY 4.0 with the attribution the WB requires (intl/SOURCES.md: "World Bank, World Development Indicators"). */
export const WDI_LICENCE = {
  id: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: { zh: "来源：世界银行，世界发展指标（WDI）", en: "World Bank, World Development Indicators" },
} as const;

/** The Datahub repository the `intl/wdi_datahub` folders were copied from. */
export const DATAHUB_REPOSITORY = "datasets/world-development-indicators";

/** File commits and vintages of the Datahub copies, as `intl/SOURCES.md` lists them. */
export const DATAHUB_VINTAGES = {
  /** "Automated data update", 2026-07-01: most indicators. */
  july2026: { commit: "4ebec5a2273f531ba238a34dbe440394dc5a6c4b", date: "2026-07-01" },
  /** 2026-05-01: the Gini index and income shares. */
  may2026: { commit: "6b2145a46a8033433e071207ae4bdd332d02a73c", date: "2026-05-01" },
} as const;

/** One Datahub indicator published as one measure. The English title and definition come from the raw files. */
export interface DatahubMeasureSpec {
  /** Folder name under `intl/wdi_datahub/` (the WB code in lower case). */
  indicator: string;
  measure: string;
  title: string;
  unit: LocalizedText;
  /** A Chinese rendering of the WB definition (the English one is read from `datapackage.json`). */
  definitionZh: string;
  vintage: keyof typeof DATAHUB_VINTAGES;
  decimals?: number;
}

/** Raw files a list of Datahub specs reads (for a converter's `rawFiles`). */
export function datahubFiles(specs: readonly DatahubMeasureSpec[]): string[] {
  return specs.flatMap((s) => [`intl/wdi_datahub/${s.indicator}/data.csv`, `intl/wdi_datahub/${s.indicator}/datapackage.json`]);
}

/** The source entry of a Datahub indicator file. */
export function datahubSource(spec: DatahubMeasureSpec, wbTitle: string): Source {
  const code = spec.indicator.toUpperCase();
  const vintage = DATAHUB_VINTAGES[spec.vintage];
  return {
    publisher: WORLD_BANK,
    title: `WDI ${code} "${wbTitle}", World Bank API as of ${vintage.date} (Datahub core dataset, automated update)`,
    url: `https://api.worldbank.org/v2/en/indicator/${code}?downloadformat=csv`,
    repository: DATAHUB_REPOSITORY,
    path: `indicators/${spec.indicator}/data.csv`,
    commit: vintage.commit,
    rawFile: `intl/wdi_datahub/${spec.indicator}/data.csv`,
    kind: "official-repost",
  };
}

/** Measures, rows and sources of several Datahub indicators, one measure each. */
export function datahubMeasures(
  raw: RawReader,
  specs: readonly DatahubMeasureSpec[],
): { measures: Measure[]; rows: DataRow[]; sources: Source[] } {
  const measures: Measure[] = [];
  const rows: DataRow[] = [];
  const sources: Source[] = [];
  for (const spec of specs) {
    const indicator = readDatahub(raw, spec.indicator);
    measures.push({
      id: spec.measure,
      title: { zh: spec.title, en: indicator.title },
      unit: spec.unit,
      definition: { zh: spec.definitionZh, en: `${indicator.definition} (WB indicator ${spec.indicator.toUpperCase()})` },
      ...(spec.decimals === undefined ? {} : { decimals: spec.decimals }),
    });
    for (const c of indicator.cells) rows.push({ region: c.code, period: c.year, measure: spec.measure, value: c.value });
    sources.push(datahubSource(spec, indicator.title));
  }
  return { measures, rows, sources };
}

/** The caveat every WDI-based dataset carries: codes, aggregates and revisions. */
export const WDI_CAVEAT: LocalizedText = {
  zh: "地区代码为世界银行三字母代码（ISO 3166-1 alpha-3 及 XKX 等世行代码），包括世界、地区和收入组等汇总（如 WLD、EAS、HIC），其含义见 countries 数据集。世界银行会修订历史数据，请勿混用不同版本（vintage）的同年数值。",
  en: "Regions are World Bank 3-letter codes (ISO 3166-1 alpha-3 plus WB codes such as XKX) and include WB aggregates (World, regions, income groups: WLD, EAS, HIC …), described in the countries dataset. The WB revises past values: do not mix vintages for the same year without saying so.",
};
