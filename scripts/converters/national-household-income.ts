/**
 * @module `national-household-income`: the NBS integrated household survey for all, urban and rural residents —
 * disposable income (mean, median, real growth, four sources), consumption, quintiles, the Gini coefficient, Engel
 * coefficients, and computers and mobile phones per 100 households — 2015–2024 (urban income also 2025).
 * Source: `china/national_household_income_nbs.csv` (NBS data-portal exports as kept in two GitHub repositories).
 */
import type { LocalizedText, Measure } from "../../schemas";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/national_household_income_nbs.csv";

/** The commit each repository named in `source_repo` was read at (`china/SOURCES.md`). */
const COMMITS: Record<string, string> = {
  "via-cmd/china-life-visualization": "71cf645426753cd0c4bbe8ef0b0fda3f316f2447",
  "kaisalife/Datavisualization": "f0ce1d1a9a2734373a65504d9061f41cad997b66",
};

const GROUPS = {
  all: { zh: "全国居民", en: "all residents" },
  urban: { zh: "城镇居民", en: "urban residents" },
  rural: { zh: "农村居民", en: "rural residents" },
} as const;
type Group = keyof typeof GROUPS;

const YUAN = { zh: "元/人·年", en: "yuan per person per year" };
const PCT = { zh: "%", en: "%" };

interface Concept {
  /** Measure id before the group suffix. */
  stem: string;
  title: (g: LocalizedText) => LocalizedText;
  unit: LocalizedText;
  rawUnit: string;
  definition: LocalizedText;
  decimals: number;
}

const yuanConcept = (stem: string, zh: string, en: string, definition: LocalizedText): Concept => ({
  stem,
  title: (g) => ({ zh: `${g.zh}${zh}`, en: `${en}, ${g.en}` }),
  unit: YUAN,
  rawUnit: "yuan per person per year (元)",
  definition,
  decimals: 0,
});

const QUINTILES = [
  ["quintile1_low_income", "低收入组", "lowest quintile (低收入组)"],
  ["quintile2_lower_middle", "中间偏下收入组", "second quintile (中间偏下收入组)"],
  ["quintile3_middle", "中间收入组", "middle quintile (中间收入组)"],
  ["quintile4_upper_middle", "中间偏上收入组", "fourth quintile (中间偏上收入组)"],
  ["quintile5_high_income", "高收入组", "highest quintile (高收入组)"],
] as const;

const CONCEPTS: Concept[] = [
  yuanConcept("disposable_income_mean", "人均可支配收入", "Per-capita disposable income (mean)", {
    zh: "住户调查：可用于最终消费支出和储蓄的收入，按常住人口平均。",
    en: "Household survey: income available for final consumption and saving, averaged over the resident population.",
  }),
  yuanConcept("disposable_income_median", "人均可支配收入中位数", "Per-capita disposable income (median)", {
    zh: "按人均可支配收入排序处于中间位置的居民的收入。",
    en: "Income of the resident in the middle of the ranking by per-capita disposable income.",
  }),
  {
    stem: "disposable_income_real_growth_pct",
    title: (g) => ({ zh: `${g.zh}人均可支配收入实际增长`, en: `Real growth of per-capita disposable income, ${g.en}` }),
    unit: PCT,
    rawUnit: "percent",
    definition: {
      zh: "比上年增长，扣除价格因素（实际增长）。国家统计局表中其他增速为名义增速，未收录。",
      en: "Change on the previous year after removing price changes (real growth). Other growth rates in the NBS tables are nominal and were not kept.",
    },
    decimals: 1,
  },
  yuanConcept("wage_income", "人均工资性收入", "Per-capita wage income", {
    zh: "可支配收入的来源之一：工资性收入。",
    en: "Source of disposable income: wages and salaries.",
  }),
  yuanConcept("net_business_income", "人均经营净收入", "Per-capita net business income", {
    zh: "可支配收入的来源之一：经营净收入。",
    en: "Source of disposable income: net income from business operations.",
  }),
  yuanConcept("net_property_income", "人均财产净收入", "Per-capita net property income", {
    zh: "可支配收入的来源之一：财产净收入。",
    en: "Source of disposable income: net property income.",
  }),
  yuanConcept("net_transfer_income", "人均转移净收入", "Per-capita net transfer income", {
    zh: "可支配收入的来源之一：转移净收入。",
    en: "Source of disposable income: net transfers.",
  }),
  yuanConcept("consumption_expenditure", "人均消费支出", "Per-capita consumption expenditure", {
    zh: "住户用于日常生活的全部支出，按常住人口平均。",
    en: "All household spending on daily life, averaged over the resident population.",
  }),
  ...QUINTILES.map(([stem, zh, en]) =>
    yuanConcept(stem, `${zh}人均可支配收入`, `Per-capita disposable income, ${en}`, {
      zh: `按人均可支配收入五等份分组的${zh}家庭的人均可支配收入。`,
      en: `Per-capita disposable income of households in the ${en} of households ranked by per-capita disposable income.`,
    }),
  ),
  {
    stem: "engel_coefficient_pct",
    title: (g) => ({ zh: `${g.zh}恩格尔系数`, en: `Engel coefficient, ${g.en}` }),
    unit: PCT,
    rawUnit: "percent",
    definition: { zh: "食品烟酒支出占消费支出的比重。", en: "Food (incl. tobacco and alcohol) as a share of consumption expenditure." },
    decimals: 1,
  },
  {
    stem: "computers_per_100_households",
    title: (g) => ({ zh: `${g.zh}平均每百户年末计算机拥有量`, en: `Computers per 100 households at year end, ${g.en}` }),
    unit: { zh: "台/百户", en: "units per 100 households" },
    rawUnit: "units per 100 households (台)",
    definition: {
      zh: "住户调查：年末每百户拥有的计算机台数（数字接入的代理指标）。",
      en: "Household survey: computers owned per 100 households at year end (a proxy for digital access).",
    },
    decimals: 1,
  },
  {
    stem: "mobile_phones_per_100_households",
    title: (g) => ({ zh: `${g.zh}平均每百户年末移动电话拥有量`, en: `Mobile phones per 100 households at year end, ${g.en}` }),
    unit: { zh: "部/百户", en: "units per 100 households" },
    rawUnit: "units per 100 households (部)",
    definition: {
      zh: "住户调查：年末每百户拥有的移动电话部数。",
      en: "Household survey: mobile phones owned per 100 households at year end.",
    },
    decimals: 1,
  },
];

const GINI: Measure = {
  id: "gini_disposable_income",
  title: { zh: "居民人均可支配收入基尼系数", en: "Gini coefficient of per-capita disposable income" },
  unit: { zh: "系数（0—1）", en: "coefficient (0–1)" },
  definition: {
    zh: "全国居民人均可支配收入的基尼系数（与 national-gini 数据集1.1.0版2015—2024年相同；更长的序列见该数据集）。",
    en: "Gini coefficient of per-capita disposable income of all residents (the same values as national-gini 1.1.0 for 2015–2024; see that dataset for the longer series).",
  },
  decimals: 3,
};

/** Every published measure with the raw unit text it must carry. */
const MEASURES: ReadonlyArray<readonly [measure: Measure, rawUnit: string]> = [
  ...CONCEPTS.flatMap((c) =>
    (Object.keys(GROUPS) as Group[]).map(
      (g) =>
        [
          { id: `${c.stem}_${g}`, title: c.title(GROUPS[g]), unit: c.unit, definition: c.definition, decimals: c.decimals },
          c.rawUnit,
        ] as const,
    ),
  ),
  [GINI, "coefficient (0-1)"],
];

/** Converter of the national household-survey series. */
export const nationalHouseholdIncome: Converter = {
  id: "national-household-income",
  rawFiles: [FILE],
  convert(raw) {
    const unitOf = new Map(MEASURES.map(([m, rawUnit]) => [m.id, rawUnit]));
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `national_household_income_nbs.csv row ${i + 2}`;
      const measure = r.indicator ?? "";
      if (unitOf.get(measure) !== r.unit) throw new Error(`${where}: indicator ${measure} with unit "${r.unit}" is not a declared measure`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const commit = COMMITS[r.source_repo ?? ""];
      if (!commit) throw new Error(`${where}: unknown source repository ${r.source_repo}`);
      return { region: "CN", period: r.year, measure, value, source: `GitHub ${r.source_repo} @ ${commit} : NBS export ${r.source_table}` };
    });
    return [{ version: "1.0.0", rows }];
  },
};
