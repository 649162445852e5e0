/**
 * @module `world-income-distribution`: Gini index and income shares of the lowest/highest 10% and 20% (WDI from
 * the World Bank Poverty and Inequality Platform), survey years 1963–2025, 171 economies, no aggregates.
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubMeasures, WDI_LICENCE } from "./world-bank";

const SHARE_ZH =
  "收入或消费在按十等分或五等分划分的人口组中所占的百分比份额（视各国调查而定，为收入或消费口径）。五等分份额因四舍五入相加可能不等于100。";
const SHARE_UNIT = { zh: "占总收入（或消费）的百分比", en: "% of income or consumption" };

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "si.pov.gini",
    measure: "gini_index",
    title: "基尼指数",
    unit: { zh: "指数（0—100）", en: "index (0–100)" },
    definitionZh:
      "衡量一个经济体内个人或住户之间收入（部分国家为消费支出）分配偏离完全平等分配的程度：洛伦兹曲线与绝对平等线之间的面积占该线以下最大面积的百分比。0 表示完全平等，100 表示完全不平等。",
    vintage: "may2026",
    decimals: 1,
  },
  {
    indicator: "si.dst.frst.10",
    measure: "income_share_lowest_10_pct",
    title: "最低10%人口的收入份额",
    unit: SHARE_UNIT,
    definitionZh: SHARE_ZH,
    vintage: "may2026",
    decimals: 1,
  },
  {
    indicator: "si.dst.frst.20",
    measure: "income_share_lowest_20_pct",
    title: "最低20%人口的收入份额",
    unit: SHARE_UNIT,
    definitionZh: SHARE_ZH,
    vintage: "may2026",
    decimals: 1,
  },
  {
    indicator: "si.dst.05th.20",
    measure: "income_share_highest_20_pct",
    title: "最高20%人口的收入份额",
    unit: SHARE_UNIT,
    definitionZh: SHARE_ZH,
    vintage: "may2026",
    decimals: 1,
  },
  {
    indicator: "si.dst.10th.10",
    measure: "income_share_highest_10_pct",
    title: "最高10%人口的收入份额",
    unit: SHARE_UNIT,
    definitionZh: SHARE_ZH,
    vintage: "may2026",
    decimals: 1,
  },
];

/** Converter of the WDI inequality indicators. */
export const worldIncomeDistribution: Converter = {
  id: "world-income-distribution",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const { measures, rows, sources } = datahubMeasures(raw, SPECS);
    return {
      meta: {
        id: "world-income-distribution",
        title: { zh: "世界各国收入分配：基尼指数与收入份额", en: "Income distribution in the world: Gini index and income shares" },
        description: {
          zh: "世界银行世界发展指标（WDI，来自世界银行贫困与不平等平台）：基尼指数（0—100），以及最低10%、最低20%、最高20%、最高10%人口的收入（或消费）份额。基于住户调查，仅有调查年份，171个经济体，1963—2025年，无汇总。",
          en: "World Bank World Development Indicators (from the WB Poverty and Inequality Platform): Gini index (0–100) and the income (or consumption) shares of the lowest 10%, lowest 20%, highest 20% and highest 10%. Survey-based: survey years only, 171 economies, 1963–2025, no aggregates.",
        },
        themes: ["common-prosperity"],
        kind: "observations",
        measures,
        licence: WDI_LICENCE,
        sources,
        caveats: [
          {
            zh: "基于住户调查，数据稀疏，各国调查年份不同；部分国家按收入、部分按消费计算，跨国比较需谨慎。",
            en: "Survey-based, sparse series; survey years differ by country, and some countries measure income while others measure consumption. Compare across countries with care.",
          },
          {
            zh: "中国的基尼指数由世界银行根据国家统计局分组数据推算，不同时期混合了收入和消费口径，请查阅世界银行脚注。它是0—100的指数，与国家统计局公布的0—1基尼系数（如 national-gini 数据集）口径和数值均不同。",
            en: "China's Gini is derived by the WB from NBS grouped data and mixes income and consumption welfare concepts over time; check the WB footnotes. It is an index from 0 to 100 and differs in definition and value from the NBS Gini coefficient (0–1) published by the NBS.",
          },
          {
            zh: "本版本为2026年5月1日的世界银行 API 数据（Datahub 自动更新）。",
            en: "This version is the WB API as of 2026-05-01 (Datahub automated update).",
          },
          {
            zh: "地区代码为世界银行三字母代码（见 countries 数据集）；本数据集无汇总。",
            en: "Regions are World Bank 3-letter codes (see the countries dataset); this dataset has no aggregates.",
          },
        ],
        keywords: ["Gini", "基尼系数", "income share", "收入分配", "PIP", "WDI"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
