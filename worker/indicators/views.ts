/**
 * @module Named views: one URL per question of the seed essay, each a fixed query of one indicator.
 * `GET /v1/indicators/views/{id}` computes it; the response links the full indicator query it stands for.
 */
import type { IndicatorView } from "../../schemas/indicator";

/** The named views. Their queries pin exact dataset versions, so their results are immutable. */
export const VIEWS: readonly IndicatorView[] = [
  {
    id: "gdp-per-capita-inequality",
    title: {
      zh: "省际人均 GDP 差距（泰尔指数，按四大区域分解）",
      en: "Inter-provincial inequality of GDP per capita (Theil T by NBS region)",
    },
    question: {
      zh: "各省人均地区生产总值的差距有多大？其中多少来自东、中、西、东北四大区域之间？",
      en: "How unequal is GDP per person across provinces, and how much of it lies between the East, Central, West and Northeast?",
    },
    description: {
      zh: "人口加权的泰尔 T 指数：各省 GDP ÷ 年末常住人口，以人口为权重，按国家统计局四大区域精确分解为区域间与区域内差距。人均值以年末人口计算，与统计局以年平均人口计算的人均 GDP 略有差别。",
      en: "Population-weighted Theil T: each province's GDP divided by its year-end resident population, weighted by population, split exactly into between-region and within-region parts by the NBS four regions. Per-capita values use year-end population, so they differ slightly from NBS per-capita GDP (which uses the annual average).",
    },
    indicator: "theil-t",
    query:
      "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&by=regions@1.0.0:group&scale=10000",
  },
  {
    id: "internet-urban-rural-gap",
    title: { zh: "城乡互联网普及率差距", en: "Urban–rural gap in internet penetration" },
    question: {
      zh: "城乡之间的数字鸿沟随时间如何变化？",
      en: "How has the urban–rural digital divide changed over time?",
    },
    description: {
      zh: "CNNIC 城镇互联网普及率减农村互联网普及率（百分点），只计两者都有报告的期间。",
      en: "CNNIC urban internet penetration minus rural internet penetration (percentage points), for the report periods that give both.",
    },
    indicator: "urban-rural-gap",
    query: "urban=internet-users@1.0.0:urban_penetration_pct&rural=internet-users@1.0.0:rural_penetration_pct",
  },
];

/** Looks a view up by id. */
export const findView = (id: string): IndicatorView | undefined => VIEWS.find((v) => v.id === id);
