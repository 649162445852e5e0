/**
 * @module `world-services-share`: services value added as % of GDP (WDI NV.SRV.TOTL.ZS, an older vintage
 * repackaged by Gapminder/open-numbers), 205 economies, no aggregates, 1960–2022. Kept apart from
 * `world-sector-shares` (2026 vintage) so that the two vintages are never added up by accident.
 */
import { GAPMINDER_GEO_FILE, readGapminderPoints } from "../lib/gapminder";
import type { Converter, DataRow } from "./converter";
import { WDI_LICENCE, WORLD_BANK } from "./world-bank";

const FILE = "intl/gapminder_wdi_ddf--datapoints--nv_srv_totl_zs--by--geo--time.csv";

/** Converter of the Gapminder copy of the WDI services share. */
export const worldServicesShare: Converter = {
  id: "world-services-share",
  rawFiles: [FILE, GAPMINDER_GEO_FILE],
  convert(raw) {
    const rows: DataRow[] = readGapminderPoints(raw, FILE, "nv_srv_totl_zs").map((p) => ({
      region: p.code,
      period: p.year,
      measure: "services_share_pct",
      value: p.value,
    }));
    return {
      meta: {
        id: "world-services-share",
        title: { zh: "世界各国服务业增加值占 GDP 比重（旧版本）", en: "Services share of GDP in the world's economies (older vintage)" },
        description: {
          zh: "世界银行世界发展指标 NV.SRV.TOTL.ZS：服务业增加值占 GDP 的百分比，经 Gapminder/open-numbers 重新打包的较旧版本（最新年份2022），205个经济体，1960—2022年，无汇总。",
          en: "World Bank WDI NV.SRV.TOTL.ZS: services value added as % of GDP, an older vintage repackaged by Gapminder/open-numbers (latest year 2022), 205 economies, 1960–2022, no aggregates.",
        },
        themes: ["industrial-structure"],
        kind: "observations",
        measures: [
          {
            id: "services_share_pct",
            title: { zh: "服务业增加值（占 GDP 的百分比）", en: "Services, value added (% of GDP)" },
            unit: { zh: "占 GDP 的百分比", en: "% of GDP" },
            definition: {
              zh: "服务业（ISIC 第50—99类）增加值占 GDP 的百分比（WDI 指标 NV.SRV.TOTL.ZS）。",
              en: "Services (ISIC divisions 50–99) value added as % of GDP (WB indicator NV.SRV.TOTL.ZS).",
            },
          },
        ],
        licence: {
          ...WDI_LICENCE,
          attribution: {
            zh: "来源：世界银行，世界发展指标（WDI），经 Gapminder/open-numbers",
            en: "World Bank, World Development Indicators, via Gapminder/open-numbers",
          },
        },
        sources: [
          {
            publisher: WORLD_BANK,
            title:
              "WDI NV.SRV.TOTL.ZS repackaged by Gapminder/open-numbers (WDI vintage of about 2023–24; values rounded to 5 decimals; packaging MIT)",
            repository: "open-numbers/ddf--open_numbers--world_development_indicators",
            path: "datapoints/ddf--datapoints--nv_srv_totl_zs--by--geo--time.csv",
            commit: "0a0c5b5e59936efbd6e2f0b3ef33a74af1ed93f2",
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
            zh: "这是比 world-sector-shares 更旧的 WDI 版本（最新年份2022）。不要与 world-sector-shares 的农业、工业份额同年相加：中国的部门份额在后来的版本中已修订（此处中国2022年服务业为52.78%）。",
            en: "This is an older WDI vintage than world-sector-shares (latest year 2022). Do not add it to the agriculture and industry shares of world-sector-shares for the same year: China's shares were revised in later vintages (China 2022 services here: 52.78%).",
          },
          {
            zh: "原始文件由存储文件阅读器分页转录（逐页长度和总长度与存储值一致，格式和排序均已检查），不是经 git 校验的副本。",
            en: "The raw file was transcribed page by page through a stored-file reader (page and total lengths match the stored values; format and sort order checked); it is a faithful transcript, not a git-verified copy.",
          },
          {
            zh: "Gapminder geo 代码按其实体表映射为 ISO alpha-3；例外：kos = XKX（科索沃）、chanisl = CHI（海峡群岛）、gbm = IMN、nld_curacao = CUW。无世行汇总。",
            en: "Gapminder geo ids are mapped to ISO alpha-3 with its entity list; exceptions: kos = XKX (Kosovo), chanisl = CHI (Channel Islands), gbm = IMN, nld_curacao = CUW. No WB aggregates.",
          },
        ],
        keywords: ["services", "服务业", "value added", "产业结构", "WDI", "Gapminder"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
