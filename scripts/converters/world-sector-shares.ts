/**
 * @module `world-sector-shares`: agriculture (forestry, fishing) and industry (including construction) value
 * added as % of GDP, economies and WB aggregates, 1960–2025 (WDI, 2026-07 vintage). The services share is a
 * separate dataset (`world-services-share`) because only an older vintage of it was found.
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubMeasures, WDI_CAVEAT, WDI_LICENCE } from "./world-bank";

const VALUE_ADDED_ZH = "增加值是生产者、行业或机构部门对经济的贡献，等于总产出减去中间消耗。以占国内生产总值的百分比表示。";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "nv.agr.totl.zs",
    measure: "agriculture_share_pct",
    title: "农林渔业增加值（占 GDP 的百分比）",
    unit: { zh: "占 GDP 的百分比", en: "% of GDP" },
    definitionZh: `农林渔业对应 ISIC 第4版第01—03类，包括种植业、畜牧业、林木采伐以及从农场或自然生境获取植物、动物和动物产品。${VALUE_ADDED_ZH}注：对按基本价格计算增加值（VAB）的国家，分母为要素成本增加值总额。`,
    vintage: "july2026",
  },
  {
    indicator: "nv.ind.totl.zs",
    measure: "industry_share_pct",
    title: "工业（含建筑业）增加值（占 GDP 的百分比）",
    unit: { zh: "占 GDP 的百分比", en: "% of GDP" },
    definitionZh: `工业（含建筑业）对应 ISIC 第4版第05—43类，包括采矿业、制造业、建筑业以及电力、水和燃气业。${VALUE_ADDED_ZH}`,
    vintage: "july2026",
  },
];

/** Converter of the WDI sector shares of GDP (agriculture, industry). */
export const worldSectorShares: Converter = {
  id: "world-sector-shares",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const { measures, rows, sources } = datahubMeasures(raw, SPECS);
    return {
      meta: {
        id: "world-sector-shares",
        title: { zh: "世界各国农业和工业增加值占 GDP 比重", en: "Agriculture and industry shares of GDP in the world's economies" },
        description: {
          zh: "世界银行世界发展指标（WDI，2026年7月版）：农林渔业增加值和工业（含建筑业）增加值占 GDP 的百分比，含各经济体与世行汇总，1960—2025年。服务业占比见 world-services-share（旧版本，不可与本数据集相加）。",
          en: "World Bank World Development Indicators (July 2026 vintage): agriculture, forestry and fishing, and industry (including construction), value added as % of GDP, for economies and WB aggregates, 1960–2025. The services share is in world-services-share (an older vintage that must not be added to these).",
        },
        themes: ["industrial-structure"],
        kind: "observations",
        measures,
        licence: WDI_LICENCE,
        sources,
        caveats: [
          WDI_CAVEAT,
          {
            zh: "世界银行会修订部门结构数据，例如中国第五次全国经济普查后的修订。不要把本数据集与 world-services-share（较旧版本）的同年数值相加以求三次产业合计。",
            en: "The WB revises sector shares, e.g. China's after its 5th economic census. Do not add these values to world-services-share (an older vintage) for the same year to get a three-sector total.",
          },
          {
            zh: "对按基本价格计算增加值（VAB）的国家，农业份额的分母为要素成本增加值总额，而非 GDP。",
            en: "For countries reporting value added at basic prices (VAB), the agriculture share uses gross value added at factor cost as the denominator, not GDP.",
          },
        ],
        keywords: ["value added", "增加值", "产业结构", "agriculture", "industry", "WDI"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
