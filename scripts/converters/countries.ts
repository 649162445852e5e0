/**
 * @module `countries`: the World Bank code list — 217 economies and 48 aggregates — with names, WB region,
 * income group and lending category (`intl/wdi_WDICountry.csv`), joined by ISO alpha-3 to Gapminder's geo
 * entity list for ISO alpha-2/numeric codes and the Gapminder geo id.
 */
import { GAPMINDER_GEO_FILE, geoToIso3 } from "../lib/gapminder";
import type { RawRow } from "../lib/raw";
import type { Converter, DataRow } from "./converter";
import { WDI_LICENCE, WORLD_BANK } from "./world-bank";

const WDI_COUNTRY_FILE = "intl/wdi_WDICountry.csv";

/** Converter of the countries reference table. */
export const countries: Converter = {
  id: "countries",
  rawFiles: [WDI_COUNTRY_FILE, GAPMINDER_GEO_FILE],
  convert(raw) {
    const geoOf = new Map([...geoToIso3(raw)].map(([geo, code]) => [code, geo]));
    const gapminder = new Map<string, RawRow>();
    for (const r of raw.csv(GAPMINDER_GEO_FILE)) if (r.country) gapminder.set(r.country, r);
    const rows: DataRow[] = raw.csv(WDI_COUNTRY_FILE).map((r, i) => {
      const code = r["Country Code"] ?? "";
      if (!/^[A-Z0-9]{3}$/.test(code)) throw new Error(`wdi_WDICountry.csv row ${i + 2}: bad code "${code}"`);
      // The WB leaves Region empty for exactly its aggregates (World, regions, income and lending groups …).
      const aggregate = (r.Region ?? "") === "";
      const geo = aggregate ? undefined : geoOf.get(code);
      const g = geo === undefined ? undefined : gapminder.get(geo);
      return {
        region: code,
        kind: aggregate ? "aggregate" : "economy",
        name_en: r["Table Name"],
        short_name_en: r["Short Name"],
        long_name_en: r["Long Name"],
        wb_region: r.Region,
        income_group: r["Income Group"],
        lending_category: r["Lending category"],
        wb_alpha2: r["2-alpha code"],
        iso_alpha2: g?.iso3166_1_alpha2,
        iso_numeric: g?.iso3166_1_numeric,
        gapminder_geo: geo,
        special_notes: r["Special Notes"],
      };
    });
    const field = (name: string, zh: string, en: string) => ({ name, type: "string" as const, title: { zh, en } });
    return {
      meta: {
        id: "countries",
        title: { zh: "世界各经济体与汇总代码参考表", en: "Economies and aggregates of the world (World Bank codes)" },
        description: {
          zh: "世界银行世界发展指标（WDI）的经济体代码表：217个经济体和48个汇总（世界、地区、收入组、贷款类别等）的三字母代码、英文名称、世行地区、收入组（2026财年分类）和贷款类别；并按 ISO alpha-3 关联 Gapminder 地理实体表，补充 ISO 3166-1 二字母码、数字码和 Gapminder geo 代码。世界数据集中的地区代码均以此表为准。",
          en: "The World Bank WDI code list: 217 economies and 48 aggregates (World, regions, income groups, lending groups …) with their 3-letter codes, English names, WB region, income group (FY2026 classification) and lending category, joined by ISO alpha-3 to Gapminder's geo entity list for ISO 3166-1 alpha-2 and numeric codes and the Gapminder geo id. Region codes in the world datasets are the codes of this table.",
        },
        themes: ["reference"],
        kind: "reference",
        measures: [],
        fields: [
          field("region", "世界银行代码（ISO 3166-1 alpha-3 或世行汇总代码）", "World Bank code (ISO 3166-1 alpha-3 or WB aggregate code)"),
          field("kind", "类型：economy（经济体）或 aggregate（汇总）", "Kind: economy or aggregate"),
          field("name_en", "名称（WDI Table Name）", "Name (WDI Table Name)"),
          field("short_name_en", "简称（WDI Short Name）", "Short name (WDI Short Name)"),
          field("long_name_en", "全称（WDI Long Name）", "Long name (WDI Long Name)"),
          field("wb_region", "世界银行地区（汇总为空）", "WB region (empty for aggregates)"),
          field("income_group", "收入组（2026财年分类）", "Income group (FY2026 classification)"),
          field("lending_category", "贷款类别（IBRD、IDA、Blend）", "Lending category (IBRD, IDA, Blend)"),
          field("wb_alpha2", "世界银行二字符代码（汇总有专用码）", "WB 2-character code (aggregates have WB-only codes)"),
          field("iso_alpha2", "ISO 3166-1 二字母码（Gapminder）", "ISO 3166-1 alpha-2 (Gapminder)"),
          field("iso_numeric", "ISO 3166-1 数字码（Gapminder，无前导零）", "ISO 3166-1 numeric (Gapminder, no leading zeros)"),
          field("gapminder_geo", "Gapminder geo 代码", "Gapminder geo id"),
          field("special_notes", "世界银行说明", "WB special notes"),
        ],
        licence: {
          ...WDI_LICENCE,
          attribution: {
            zh: "来源：世界银行，世界发展指标（WDI）；Gapminder（ISO 代码对照）",
            en: "World Bank, World Development Indicators; Gapminder (ISO code crosswalk)",
          },
        },
        sources: [
          {
            publisher: WORLD_BANK,
            title: "WDICountry.csv, member of the WDI bulk CSV download (income groups: FY2026 classification, July 2025)",
            repository: "Roman-Manzhelii/IndexEconomicalFreedom",
            path: "WDICountry.csv",
            commit: "89ccb6364198915e834c3cda6d3e560c638b14f6",
            rawFile: WDI_COUNTRY_FILE,
            kind: "official",
          },
          {
            publisher: { zh: "Gapminder", en: "Gapminder" },
            title: "ddf--entities--geo--country.csv (geo entity domain; CC BY 4.0)",
            repository: "open-numbers/ddf--gapminder--geo_entity_domain",
            path: "ddf--entities--geo--country.csv",
            commit: "75f6ce05fcb488dba6cfc692fb60580754304be1",
            rawFile: GAPMINDER_GEO_FILE,
            kind: "compilation",
          },
        ],
        caveats: [
          {
            zh: "收入组为2026财年分类（2025年7月），按2024年人均GNI（Atlas 法）划分；埃塞俄比亚和委内瑞拉在该版本中未分类（收入组为空）。本表不含历年分类。",
            en: "Income groups are the FY2026 classification (July 2025), based on 2024 Atlas GNI per capita; Ethiopia and Venezuela are unclassified in this release (empty income group). Past years' classifications are not included.",
          },
          {
            zh: "世行地区名称按文件原样保留：阿富汗和巴基斯坦自2025年7月1日起归入“Middle East & North Africa”地区（对应汇总 MEA，名称为 Middle East, North Africa, Afghanistan & Pakistan），不再属于南亚（SAS）。",
            en: "WB regions are as written in the file: since 1 July 2025 Afghanistan and Pakistan are in 'Middle East & North Africa' (aggregate MEA, 'Middle East, North Africa, Afghanistan & Pakistan'), no longer in South Asia (SAS).",
          },
          {
            zh: "ISO 二字母码、数字码和 Gapminder geo 代码来自 Gapminder 实体表，仅对经济体按 ISO alpha-3 关联（XKX = kos、CHI = chanisl 除外）；Gapminder 表无 ISO 码的（如科索沃、海峡群岛）为空。",
            en: "ISO alpha-2, numeric and Gapminder geo ids come from the Gapminder entity list, joined to economies by ISO alpha-3 (plus XKX = kos, CHI = chanisl); they are empty where Gapminder has no ISO code (e.g. Kosovo, Channel Islands).",
          },
          {
            zh: "没有可用的原始中文国名，本表只有英文名称。",
            en: "No raw source of Chinese country names was available; names are English only.",
          },
        ],
        keywords: ["ISO 3166-1", "World Bank", "世界银行", "income group", "收入组", "country codes"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
