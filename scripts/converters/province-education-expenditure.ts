/**
 * @module `province-education-expenditure`: local fiscal expenditure on education (地方财政教育支出), 31 provinces ×
 * 2009–2018. Source: `china/added-2026-12/province_education_expenditure_nbs_secondary.csv` — a student project's
 * copy of the NBS data-portal series, not the portal's own export: every row is flagged `secondary`.
 */
import type { DatasetMeta } from "../../schemas";
import { ADDED, DECEMBER_RELEASE, readPortalFile } from "./added-2026-12";
import { type Converter, type DataRow, NBS, NBS_LICENCE } from "./converter";

const FILE = `${ADDED}/province_education_expenditure_nbs_secondary.csv`;

/**
 * The note of a value equal to the same province's value in the adjacent year. SOURCES.md names the one case
 * (Tianjin 2010 and 2011, both 229.56): a year may have been duplicated when the copy was keyed or saved.
 */
const DUPLICATE_NOTE =
  "possible copy error: equal to the adjacent year's value in this secondary copy (one year may be duplicated); treat with suspicion until checked against the NBS";

/** The dataset's metadata, kept apart from the rows (the `truth` branch moves it into a data file). */
const META: DatasetMeta = {
  id: "province-education-expenditure",
  title: { zh: "分省地方财政教育支出（二手副本）", en: "Local fiscal expenditure on education by province (secondary copy)" },
  description: {
    zh: "地方一般公共预算支出中的教育支出（财政支出功能分类“教育”类），31个省级行政区，2009—2018年，亿元。原始发布者为国家统计局分省年度数据（据财政部决算汇编）；本数据读自一个学生项目保存的副本，不是数据库导出，全部行标记 secondary。与分省人口相除可得人均教育支出。",
    en: "Education expenditure within local general public budget expenditure (the fiscal-function class 'education'), 31 provincial-level divisions, 2009–2018, in 100 million yuan. Original publisher: NBS provincial annual data (compiled from Ministry of Finance final accounts); read here from a student project's copy, not a portal export, so every row is flagged secondary. Divided by province-population it gives education spending per person.",
  },
  themes: ["public-services", "common-prosperity"],
  kind: "observations",
  measures: [
    {
      id: "local_fiscal_expenditure_education",
      title: { zh: "地方财政教育支出", en: "Local fiscal expenditure on education" },
      unit: { zh: "亿元", en: "100 million yuan" },
      definition: {
        zh: "全年；地方一般公共预算支出中功能分类为“教育”的支出。不是教育部“一般公共预算教育经费”，也不是教育经费统计公报的“国家财政性教育经费”，二者更大且定义不同，不要混用。",
        en: "Full year; local general public budget expenditure classified under the function 'education'. Not the MoE's 一般公共预算教育经费 nor the 国家财政性教育经费 of the education-funding bulletins, which are larger and defined differently; do not mix them.",
      },
      decimals: 2,
    },
  ],
  licence: NBS_LICENCE,
  sources: [
    {
      publisher: NBS,
      title:
        "国家统计局 分省年度数据 → 财政 → 地方财政教育支出(亿元) (data.stats.gov.cn), as copied in a 2019–20 student web project (中国各省财政教育支出与特殊教育发展情况): program/Financial_education.csv, labelled 地方财政教育支出(亿元) in program/app.py and sourced to 国家数据 in program/templates/index.html; not the portal's own export (no 数据库/指标 header, no 数据来源 footer); file sha256 eeff13dd064fef3108f34d4d76ddcb7f0f97cc1cdb3b2598e0043b33258ffc54, unchanged at HEAD 9f53bfaa2f06f1a03beb6cf85efd4ea0390dff84",
      repository: "Wenpur/python_interaction",
      path: "program/Financial_education.csv",
      commit: "b4d86d11e9960211aac9724b3dd0d16a895dca66",
      rawFile: FILE,
      kind: "official-repost",
    },
  ],
  caveats: [
    {
      zh: "二手副本：学生项目重新录入或另存的文件，不是国家统计局数据库导出。只有北京2016—2018年能与独立的数据库导出逐值核对（3/3一致）。使用前应从国家统计局数据库或《中国统计年鉴》“各地区一般公共预算支出”表重新导出核对。全部行标记 secondary。",
      en: "Secondary copy: a student project's re-keyed or re-saved file, not an NBS portal export. Only Beijing 2016–2018 could be checked value by value against an independent portal export (3 of 3 equal). Re-export from data.stats.gov.cn or the China Statistical Yearbook table 各地区一般公共预算支出 before relying on it. Every row is flagged secondary.",
    },
    {
      zh: "天津2010年和2011年同为229.56，可能是抄录错误（重复了一年）；这两行另有注记，核实前应存疑。天津2016年至2017年的下降（502.49→434.59）来源如此。",
      en: "Tianjin 2010 and 2011 are both 229.56, possibly a copy error (one year duplicated); both rows carry a note and should be treated with suspicion until checked. Tianjin's fall from 2016 to 2017 (502.49 → 434.59) is in the source.",
    },
    {
      zh: "这是财政支出功能分类的“教育”类，不是教育部“一般公共预算教育经费”或“国家财政性教育经费”（如2018年全国一般公共预算教育经费31992.73亿元），二者口径不同、数值更大，不要混用。",
      en: "This is the fiscal-function class 'education', not the MoE's 一般公共预算教育经费 or 国家财政性教育经费 (e.g. 2018 national 一般公共预算教育经费 31,992.73 亿 yuan), which are defined differently and larger; do not mix them.",
    },
    {
      zh: "各省合计（2018年30438.26亿元）低于同一项目给出的全国数（32169.47亿元），差额1731.21亿元与中央本级支出相符。教育支出占地方一般公共预算支出的比例在9.9%（青海2013年）至22.2%（山东2012年）之间。",
      en: "The provincial sum (30,438.26 亿 yuan in 2018) is below the national figure the same project gives (32,169.47), a gap of 1,731.21 consistent with central own-level spending. Education's share of local general public budget expenditure ranges from 9.9 % (Qinghai 2013) to 22.2 % (Shandong 2012).",
    },
    {
      zh: "人均值：除以 province-population 的年末常住人口（万人）即得元/人，两者重叠年份为2015—2018年。数据库数值可能被修订；仓库未声明许可。",
      en: "Per person: divide by province-population's year-end resident population (10,000 persons) for yuan per person; the two overlap in 2015–2018. Portal values may be revised; the repository states no licence.",
    },
  ],
  keywords: ["教育支出", "education expenditure", "公共服务", "public services", "财政", "province"],
};

/** Converter of the secondary copy of provincial education expenditure. */
export const provinceEducationExpenditure: Converter = {
  id: META.id,
  rawFiles: [FILE],
  convert(raw) {
    const cells = readPortalFile(raw, FILE, { local_fiscal_expenditure_education: "100 million yuan (亿元)" });
    const valueAt = new Map(cells.map((c) => [`${c.region}|${c.year}`, c.value]));
    const duplicated = (region: string, year: number, value: number) =>
      valueAt.get(`${region}|${year - 1}`) === value || valueAt.get(`${region}|${year + 1}`) === value;
    const rows: DataRow[] = cells.map((c) => ({
      region: c.region,
      period: c.year,
      measure: "local_fiscal_expenditure_education",
      value: c.value,
      status: "secondary",
      note: duplicated(c.region, Number(c.year), c.value) ? DUPLICATE_NOTE : undefined,
    }));
    return { meta: META, versions: [{ meta: DECEMBER_RELEASE, rows }] };
  },
};
