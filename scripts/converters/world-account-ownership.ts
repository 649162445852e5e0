/**
 * @module `world-account-ownership`: share of adults (15+) with an account at a financial institution or a
 * mobile-money provider (WB Global Findex via WDI FX.OWN.TOTL.ZS, repackaged by Gapminder/open-numbers),
 * survey rounds 2011–2024, 159 economies, no aggregates.
 */
import { GAPMINDER_GEO_FILE, readGapminderPoints } from "../lib/gapminder";
import type { Converter, DataRow } from "./converter";
import { WDI_LICENCE, WORLD_BANK } from "./world-bank";

const FILE = "intl/gapminder_wdi_ddf--datapoints--fx_own_totl_zs--by--geo--time.csv";

/** Converter of the Gapminder copy of the Findex account-ownership series. */
export const worldAccountOwnership: Converter = {
  id: "world-account-ownership",
  rawFiles: [FILE, GAPMINDER_GEO_FILE],
  convert(raw) {
    const rows: DataRow[] = readGapminderPoints(raw, FILE, "fx_own_totl_zs").map((p) => ({
      region: p.code,
      period: p.year,
      measure: "account_ownership_pct",
      value: p.value,
    }));
    return {
      meta: {
        id: "world-account-ownership",
        title: { zh: "世界各国账户拥有率（全球普惠金融指数）", en: "Account ownership in the world's economies (Global Findex)" },
        description: {
          zh: "世界银行全球普惠金融数据库（Global Findex，经 WDI 指标 FX.OWN.TOTL.ZS）：15岁及以上人口中在金融机构或移动货币服务商拥有账户的比例。调查轮次为2011、2014、2017、2021（部分国家2022）和2024年，159个经济体，无汇总；经 Gapminder/open-numbers 重新打包。",
          en: "World Bank Global Findex Database (via WDI indicator FX.OWN.TOTL.ZS): share of the population aged 15+ with an account at a financial institution or with a mobile-money service provider. Survey rounds 2011, 2014, 2017, 2021 (some countries 2022) and 2024; 159 economies, no aggregates; repackaged by Gapminder/open-numbers.",
        },
        themes: ["common-prosperity", "digital-divide"],
        kind: "observations",
        measures: [
          {
            id: "account_ownership_pct",
            title: {
              zh: "账户拥有率（占15岁及以上人口的百分比）",
              en: "Account ownership (% of population aged 15+)",
            },
            unit: { zh: "占15岁及以上人口的百分比", en: "% of population ages 15+" },
            definition: {
              zh: "15岁及以上人口中，在金融机构拥有账户或使用移动货币服务的比例（WDI 指标 FX.OWN.TOTL.ZS，来自全球普惠金融调查）。",
              en: "Share of the population aged 15+ with an account at a financial institution or with a mobile-money service provider (WB indicator FX.OWN.TOTL.ZS, from the Global Findex surveys).",
            },
          },
        ],
        licence: {
          ...WDI_LICENCE,
          attribution: {
            zh: "来源：世界银行，世界发展指标（WDI），全球普惠金融数据库，经 Gapminder/open-numbers",
            en: "World Bank, World Development Indicators (Global Findex Database), via Gapminder/open-numbers",
          },
        },
        sources: [
          {
            publisher: WORLD_BANK,
            title: "WDI FX.OWN.TOTL.ZS (Global Findex) repackaged by Gapminder/open-numbers (values rounded to 5 decimals; packaging MIT)",
            repository: "open-numbers/ddf--open_numbers--world_development_indicators",
            path: "datapoints/ddf--datapoints--fx_own_totl_zs--by--geo--time.csv",
            commit: "01a34e8b54d76160a61b0325d74254e22db06b93",
            rawFile: FILE,
            kind: "compilation",
          },
          {
            publisher: { zh: "Gapminder", en: "Gapminder" },
            title: "ddf--entities--geo--country.csv (geo id → ISO alpha-3 crosswalk)",
            repository: "open-numbers/ddf--gapminder--geo_entity_domain",
            path: "ddf--entities--geo--country.csv",
            commit: "75f6ce05fcb488dba6cfc692fb60580754304be1",
            rawFile: GAPMINDER_GEO_FILE,
            kind: "compilation",
          },
        ],
        caveats: [
          {
            zh: "仅有调查年份：2011、2014、2017、2021（部分国家为2022）和2024年（Findex 2025轮）。年份之间不应插值。",
            en: "Survey years only: 2011, 2014, 2017, 2021 (2022 for some countries) and 2024 (the Findex 2025 round). Do not interpolate between rounds.",
          },
          {
            zh: "原始文件由一次存储文件读取逐字转录（长度与存储值一致，格式和排序已检查），不是经 git 校验的副本。",
            en: "The raw file was transcribed verbatim from one stored-file read (length matches the stored value; format and sort order checked); it is a faithful transcript, not a git-verified copy.",
          },
          {
            zh: "无世界或收入组汇总（原始文件未找到）。Gapminder geo 代码 kos 映射为 XKX（科索沃）。",
            en: "No World or income-group aggregates (none were found as a raw file). The Gapminder geo id kos is mapped to XKX (Kosovo).",
          },
        ],
        keywords: ["Findex", "financial inclusion", "普惠金融", "account ownership", "mobile money", "WDI"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
