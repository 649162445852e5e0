/**
 * @module Named views: one URL per question of the seed essay, each a fixed query of one indicator.
 * `GET /v1/indicators/views/{id}` computes it; the response links the full indicator query it stands for.
 * One list, definitions with their texts: the build writes it into `_data/indicators.json`, from which the worker
 * reads and runs views; this module is not part of the worker bundle.
 */
import type { IndicatorView } from "../../schemas/indicator";

/** What the worker needs of a view: its id and the indicator query it stands for. */
export type ViewDefinition = Pick<IndicatorView, "id" | "indicator" | "query">;

/** What the registry says about a view. */
export type ViewText = Pick<IndicatorView, "title" | "question" | "description">;

/** A view as written here: its definition with its texts (the registry entry without links). */
export type ViewEntry = ViewDefinition & ViewText;

/** Software business revenue by province (30 provinces: the NBS table has no values for Tibet). */
const SOFTWARE = "province-software-it-services@1.0.0:software_business_revenue";
/** Year-end resident population by province. */
const POPULATION = "province-population@1.0.0:population";
/** The 30 provinces with software figures: per-person values need both inputs, and Tibet has no software figures. */
const WITHOUT_TIBET =
  "CN-AH,CN-BJ,CN-CQ,CN-FJ,CN-GD,CN-GS,CN-GX,CN-GZ,CN-HA,CN-HB,CN-HE,CN-HI,CN-HL,CN-HN,CN-JL,CN-JS,CN-JX,CN-LN,CN-NM,CN-NX,CN-QH,CN-SC,CN-SD,CN-SH,CN-SN,CN-SX,CN-TJ,CN-XJ,CN-YN,CN-ZJ";

/** The named views, with their texts. Their queries pin exact dataset versions, so their results are immutable. */
export const VIEWS: readonly ViewEntry[] = [
  {
    id: "gdp-per-capita-inequality",
    indicator: "theil-t",
    query:
      "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&by=regions@1.0.0:group&scale=10000",
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
  },
  {
    id: "internet-urban-rural-gap",
    indicator: "urban-rural-gap",
    query: "urban=internet-users@1.0.0:urban_penetration_pct&rural=internet-users@1.0.0:rural_penetration_pct",
    title: { zh: "城乡互联网普及率差距", en: "Urban–rural gap in internet penetration" },
    question: {
      zh: "城乡之间的数字鸿沟随时间如何变化？",
      en: "How has the urban–rural digital divide changed over time?",
    },
    description: {
      zh: "CNNIC 城镇互联网普及率减农村互联网普及率（百分点），只计两者都有报告的期间。",
      en: "CNNIC urban internet penetration minus rural internet penetration (percentage points), for the report periods that give both.",
    },
  },
  {
    id: "digital-economy-growth",
    indicator: "growth-yoy",
    query: "value=digital-economy@1.0.0:size",
    title: { zh: "数字经济规模的增长", en: "Growth of the digital economy" },
    question: { zh: "数字经济规模每年增长多快？", en: "How fast does the digital economy grow each year?" },
    description: {
      zh: "中国信通院等机构估计的数字经济规模（万亿元，现价）的名义同比增长率。2018、2020 年数值来自网信研究院蓝皮书，均为研究估计（status estimate）。",
      en: "Nominal year-on-year growth of the digital economy's size (trillion yuan, current prices) as estimated by CAICT and others. 2018 and 2020 come from the Cyberspace Studies blue books; all values are research estimates (status estimate).",
    },
  },
  {
    id: "digital-economy-share-of-gdp",
    indicator: "change-yoy",
    query: "value=digital-economy@1.0.0:share_of_gdp_pct",
    title: { zh: "数字经济占 GDP 比重及其变化", en: "The digital economy's share of GDP and its change" },
    question: {
      zh: "数字经济占 GDP 的比重有多大，每年提高多少？",
      en: "How large a share of GDP is the digital economy, and how much does it rise each year?",
    },
    description: {
      zh: "发布方公布的数字经济占 GDP 比重（components.current，%）及其同比变化（百分点）。比重按修订前 GDP 计算，不用 national-gdp 的修订后 GDP 重算（见数据集注意事项）。",
      en: "The published share of the digital economy in GDP (components.current, %) and its year-on-year change in percentage points. The shares use GDP before the 5th-census revision and are not recomputed with the revised GDP in national-gdp (see the dataset's caveats).",
    },
  },
  {
    id: "industry-structure-level",
    indicator: "structure-level",
    query: "primary=national-gdp@1.0.0:primary&secondary=national-gdp@1.0.0:secondary&tertiary=national-gdp@1.0.0:tertiary",
    title: { zh: "三次产业结构层次系数", en: "Three-industry structure level index" },
    question: { zh: "中国的产业结构在向服务业升级吗？", en: "Is China's industrial structure moving up towards services?" },
    description: {
      zh: "全国第一、二、三产业增加值占比的加权和 1·s₁ + 2·s₂ + 3·s₃（1–3），国家统计局第五次经济普查修订后数据。",
      en: "The weighted sum 1·s₁ + 2·s₂ + 3·s₃ (1–3) of the national primary, secondary and tertiary shares of value added, NBS data revised after the 5th economic census.",
    },
  },
  {
    id: "urban-rural-income-ratio",
    indicator: "urban-rural-ratio",
    query:
      "urban=national-household-income@1.0.0:disposable_income_mean_urban&rural=national-household-income@1.0.0:disposable_income_mean_rural",
    title: { zh: "城乡居民人均可支配收入比", en: "Urban–rural income ratio" },
    question: {
      zh: "城镇居民的人均可支配收入是农村居民的几倍？",
      en: "How many times the rural per-capita disposable income is the urban one?",
    },
    description: {
      zh: "国家统计局城乡一体化住户调查（2013 年起）的城镇与农村居民人均可支配收入之比（农村 = 1）。",
      en: "Urban over rural per-capita disposable income from the NBS integrated household survey (since 2013); rural = 1.",
    },
  },
  {
    id: "rd-intensity-gini",
    indicator: "gini",
    query: "value=province-rd-expenditure@1.0.0:rd_intensity_pct",
    title: { zh: "省际 R&D 经费投入强度差距（基尼系数）", en: "Inequality of R&D intensity across provinces (Gini)" },
    question: {
      zh: "各省研发投入强度（R&D 经费占地区生产总值比重）相差多大？差距在缩小吗？",
      en: "How unequal is R&D intensity (R&D over gross regional product) across provinces, and is the gap narrowing?",
    },
    description: {
      zh: "各省 R&D 经费投入强度（当年公报所印，%）的基尼系数，每省一个单位、不加权。只比较31省齐全的年份（2020、2024年）：2022年（26省）和2023年（转载只列7省）缺省份，自动略去并给出警告。2020年与2024年的强度分母分别为当时的地区生产总值（2024年为第五次经济普查修订后口径）。2020年数值来自转载页面（secondary）。",
      en: "Gini coefficient of provincial R&D intensity (as printed in each year's bulletin, %), each province one unit, unweighted. Only years with all 31 provinces are compared (2020, 2024): 2022 (26 provinces) and 2023 (the reposts list 7) lack provinces and are left out with a warning. 2020 and 2024 intensities use the GRP of their own time (2024 after the 5th economic census revision). 2020 values come from a repost (secondary).",
    },
  },
  {
    id: "rd-intensity-theil",
    indicator: "theil-t",
    query: "value=province-rd-expenditure@1.0.0:rd_intensity_pct&by=regions@1.0.0:group",
    title: {
      zh: "省际 R&D 经费投入强度差距（泰尔指数，按四大区域分解）",
      en: "Inequality of R&D intensity across provinces (Theil T by NBS region)",
    },
    question: {
      zh: "研发投入强度的省际差距有多少来自东、中、西、东北四大区域之间，多少来自区域内部？",
      en: "How much of the provincial gap in R&D intensity lies between the East, Central, West and Northeast, and how much within them?",
    },
    description: {
      zh: "各省 R&D 经费投入强度（%）的泰尔 T 指数，每省一个单位、不加权，按国家统计局四大区域精确分解为区域间与区域内差距。只比较31省齐全的年份（2020、2024年），缺省份的年份略去并给出警告。",
      en: "Theil T of provincial R&D intensity (%), each province one unit, unweighted, split exactly into between-region and within-region parts by the NBS four regions. Only years with all 31 provinces are compared (2020, 2024); years lacking provinces are left out with a warning.",
    },
  },
  {
    id: "software-revenue-per-capita-gini",
    indicator: "gini",
    query: `value=${SOFTWARE}/${POPULATION}&weight=${POPULATION}&region=${WITHOUT_TIBET}&period=2016..2024`,
    title: {
      zh: "省际人均软件业务收入差距（基尼系数）",
      en: "Inequality of software revenue per person across provinces (Gini)",
    },
    question: {
      zh: "软件和信息技术服务业的收入按人口看在各省之间分布得有多不均？",
      en: "How unequally is software and IT services revenue spread across provinces, per person?",
    },
    description: {
      zh: "各省软件业务收入（万元）÷ 年末常住人口（万人）= 元/人，以人口为权重的基尼系数，2016—2024年。西藏无软件数据，故为30个省份。软件业务收入按企业注册地计，集中于北京、广东等总部所在地。内蒙古2021年数值在来源中有跳变（见数据集注意事项）。",
      en: "Software business revenue (10,000 yuan) ÷ year-end resident population (10,000 persons) = yuan per person, population-weighted Gini, 2016–2024. Tibet has no software figures, so 30 provinces. Revenue is counted where the enterprise is registered, which concentrates it in headquarters provinces such as Beijing and Guangdong. Inner Mongolia's 2021 value jumps in the source (see the dataset's caveats).",
    },
  },
  {
    id: "software-revenue-per-capita-theil",
    indicator: "theil-t",
    query: `value=${SOFTWARE}/${POPULATION}&weight=${POPULATION}&by=regions@1.0.0:group&region=${WITHOUT_TIBET}&period=2016..2024`,
    title: {
      zh: "省际人均软件业务收入差距（泰尔指数，按四大区域分解）",
      en: "Inequality of software revenue per person across provinces (Theil T by NBS region)",
    },
    question: {
      zh: "人均软件业务收入的差距有多少来自四大区域之间，多少来自区域内部？",
      en: "How much of the gap in software revenue per person lies between the four regions, and how much within them?",
    },
    description: {
      zh: "人口加权的泰尔 T 指数：各省软件业务收入 ÷ 年末常住人口（元/人），按国家统计局四大区域精确分解，2016—2024年，30个省份（西藏无数据）。",
      en: "Population-weighted Theil T of software business revenue per person (yuan), split exactly by the NBS four regions, 2016–2024, 30 provinces (no figures for Tibet).",
    },
  },
  {
    id: "software-concentration-hhi",
    indicator: "hhi",
    query: `shares=${SOFTWARE}&from=values`,
    title: { zh: "软件产业的省际集中度（HHI）", en: "Concentration of the software industry across provinces (HHI)" },
    question: {
      zh: "软件和信息技术服务业是否越来越集中在少数省份？",
      en: "Is the software and IT services industry concentrating in a few provinces?",
    },
    description: {
      zh: "各省软件业务收入占30省合计的份额（%）的平方和（0–10000），2016—2024年。这是地理集中度，不是企业市场集中度；竞争主管机构的分类门槛只作参照。",
      en: "Sum of squared provincial shares (%) of the 30-province total of software business revenue (0–10,000), 2016–2024. A geographic concentration, not a market concentration of firms; the competition authorities' class thresholds are a reference only.",
    },
  },
  {
    id: "software-concentration-cr3",
    indicator: "cr-n",
    query: `shares=${SOFTWARE}&from=values&n=3`,
    title: { zh: "软件产业前三省份份额（CR3）", en: "Share of the three largest software provinces (CR3)" },
    question: {
      zh: "软件业务收入最多的三个省份占全国多大份额？",
      en: "What share of software revenue do the three largest provinces hold?",
    },
    description: {
      zh: "软件业务收入最多的三个省份占30省合计的份额（%），2016—2024年；explain=1 列出各年各省份额。",
      en: "Combined share (%) of the three provinces with the most software business revenue in the 30-province total, 2016–2024; explain=1 lists every province's share per year.",
    },
  },
  {
    id: "software-revenue-growth",
    indicator: "growth-yoy",
    query: `value=${SOFTWARE}`,
    title: { zh: "各省软件业务收入增长", en: "Growth of software revenue by province" },
    question: {
      zh: "各省软件和信息技术服务业收入每年增长多快？中西部在追赶吗？",
      en: "How fast does software and IT services revenue grow in each province? Are central and western provinces catching up?",
    },
    description: {
      zh: "各省软件业务收入（现价）的名义同比增长率，2017—2024年，30个省份；用 region= 或 group= 选取省份或区域。",
      en: "Nominal year-on-year growth of provincial software business revenue (current prices), 2017–2024, 30 provinces; pick provinces or regions with region= or group=.",
    },
  },
];
