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
  {
    id: "digital-economy-growth",
    title: { zh: "数字经济规模的增长", en: "Growth of the digital economy" },
    question: { zh: "数字经济规模每年增长多快？", en: "How fast does the digital economy grow each year?" },
    description: {
      zh: "中国信通院等机构估计的数字经济规模（万亿元，现价）的名义同比增长率。2018、2020 年数值来自网信研究院蓝皮书，均为研究估计（status estimate）。",
      en: "Nominal year-on-year growth of the digital economy's size (trillion yuan, current prices) as estimated by CAICT and others. 2018 and 2020 come from the Cyberspace Studies blue books; all values are research estimates (status estimate).",
    },
    indicator: "growth-yoy",
    query: "value=digital-economy@1.0.0:size",
  },
  {
    id: "digital-economy-share-of-gdp",
    title: { zh: "数字经济占 GDP 比重及其变化", en: "The digital economy's share of GDP and its change" },
    question: {
      zh: "数字经济占 GDP 的比重有多大，每年提高多少？",
      en: "How large a share of GDP is the digital economy, and how much does it rise each year?",
    },
    description: {
      zh: "发布方公布的数字经济占 GDP 比重（components.current，%）及其同比变化（百分点）。比重按修订前 GDP 计算，不用 national-gdp 的修订后 GDP 重算（见数据集注意事项）。",
      en: "The published share of the digital economy in GDP (components.current, %) and its year-on-year change in percentage points. The shares use GDP before the 5th-census revision and are not recomputed with the revised GDP in national-gdp (see the dataset's caveats).",
    },
    indicator: "change-yoy",
    query: "value=digital-economy@1.0.0:share_of_gdp_pct",
  },
  {
    id: "industry-structure-level",
    title: { zh: "三次产业结构层次系数", en: "Three-industry structure level index" },
    question: { zh: "中国的产业结构在向服务业升级吗？", en: "Is China's industrial structure moving up towards services?" },
    description: {
      zh: "全国第一、二、三产业增加值占比的加权和 1·s₁ + 2·s₂ + 3·s₃（1–3），国家统计局第五次经济普查修订后数据。",
      en: "The weighted sum 1·s₁ + 2·s₂ + 3·s₃ (1–3) of the national primary, secondary and tertiary shares of value added, NBS data revised after the 5th economic census.",
    },
    indicator: "structure-level",
    query: "primary=national-gdp@1.0.0:primary&secondary=national-gdp@1.0.0:secondary&tertiary=national-gdp@1.0.0:tertiary",
  },
  {
    id: "urban-rural-income-ratio",
    title: { zh: "城乡居民人均可支配收入比", en: "Urban–rural income ratio" },
    question: {
      zh: "城镇居民的人均可支配收入是农村居民的几倍？",
      en: "How many times the rural per-capita disposable income is the urban one?",
    },
    description: {
      zh: "国家统计局城乡一体化住户调查（2013 年起）的城镇与农村居民人均可支配收入之比（农村 = 1）。",
      en: "Urban over rural per-capita disposable income from the NBS integrated household survey (since 2013); rural = 1.",
    },
    indicator: "urban-rural-ratio",
    query:
      "urban=national-household-income@1.0.0:disposable_income_mean_urban&rural=national-household-income@1.0.0:disposable_income_mean_rural",
  },
];

/** Looks a view up by id. */
export const findView = (id: string): IndicatorView | undefined => VIEWS.find((v) => v.id === id);
