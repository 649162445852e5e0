/**
 * @module `world-population`: total population (midyear) and urban and rural shares of the population,
 * economies and WB aggregates, 1960–2025 (WDI, 2026-07 vintage).
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubMeasures, WDI_CAVEAT, WDI_LICENCE } from "./world-bank";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "sp.pop.totl",
    measure: "population",
    title: "总人口",
    unit: { zh: "人", en: "persons" },
    definitionZh: "按事实人口定义统计的所有常住居民，不论法律身份或国籍。数值为年中估计。",
    vintage: "july2026",
  },
  {
    indicator: "sp.urb.totl.in.zs",
    measure: "urban_share_pct",
    title: "城镇人口（占总人口的百分比）",
    unit: { zh: "占总人口的百分比", en: "% of total population" },
    definitionZh: "居住在各国统计机构所定义的城镇地区的人口。数据由联合国人口司收集并平滑处理。",
    vintage: "july2026",
  },
  {
    indicator: "sp.rur.totl.zs",
    measure: "rural_share_pct",
    title: "农村人口（占总人口的百分比）",
    unit: { zh: "占总人口的百分比", en: "% of total population" },
    definitionZh: "居住在各国统计机构所定义的农村地区的人口，按总人口减城镇人口计算。",
    vintage: "july2026",
  },
];

/** Converter of the WDI population indicators. */
export const worldPopulation: Converter = {
  id: "world-population",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const { measures, rows, sources } = datahubMeasures(raw, SPECS);
    return {
      meta: {
        id: "world-population",
        title: { zh: "世界各国人口与城镇化", en: "Population and urbanisation in the world's economies" },
        description: {
          zh: "世界银行世界发展指标（WDI）：总人口（年中估计）、城镇人口和农村人口占总人口的百分比，含各经济体与世行汇总，1960—2025年。",
          en: "World Bank World Development Indicators: total population (midyear estimate) and urban and rural population as % of the total, for economies and WB aggregates, 1960–2025.",
        },
        themes: ["common-prosperity", "digital-divide"],
        kind: "observations",
        measures,
        licence: WDI_LICENCE,
        sources,
        caveats: [
          WDI_CAVEAT,
          {
            zh: "城镇和农村按各国统计机构自己的定义划分，跨国不完全可比。",
            en: "Urban and rural follow each national statistical office's own definition and are not fully comparable across countries.",
          },
        ],
        keywords: ["population", "人口", "urbanisation", "城镇化", "WDI"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
