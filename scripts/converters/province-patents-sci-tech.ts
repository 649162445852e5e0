/**
 * @module `province-patents-sci-tech`: NBS provincial patents (applications, grants, invention patents), technology
 * market turnover, local fiscal science & technology expenditure and local general public budget expenditure,
 * 31 provinces × 2011–2024. Source: `china/added-2026-12/province_patents_sci_tech_nbs.csv` (eight NBS data-portal
 * exports whose indicator labels were inferred — the exports carry no "指标：" line).
 */
import type { DatasetMeta, Measure, Source } from "../../schemas";
import { ADDED, DECEMBER_RELEASE, readPortalFile } from "./added-2026-12";
import { type Converter, type DataRow, NBS, NBS_LICENCE } from "./converter";

const FILE = `${ADDED}/province_patents_sci_tech_nbs.csv`;

const INFERRED_PATENTS = {
  zh: "标签为推断：导出文件无“指标”行；北京2019年四项专利数与北京市知识产权局2019年统计页完全一致，但未见国家统计局的确切指标名。",
  en: "Label inferred: the export has no indicator line; Beijing's four 2019 patent counts equal the Beijing IP Office's 2019 statistics exactly, but the exact NBS indicator name was not seen.",
};
const INFERRED_FISCAL = {
  zh: "标签为推断：北京数值与同一仓库中带标签的北京单省导出一致（如2023年）。",
  en: "Label inferred: Beijing's values equal the labelled rows of the same repository's one-province export (e.g. 2023).",
};

/** The published measures, each with the raw unit text its rows must carry. */
const MEASURES: ReadonlyArray<readonly [measure: Measure, rawUnit: string]> = [
  [
    {
      id: "patent_applications",
      title: { zh: "国内专利申请受理量（标签推断）", en: "Domestic patent applications (label inferred)" },
      unit: { zh: "件", en: "applications" },
      definition: { zh: `全年。${INFERRED_PATENTS.zh}`, en: `Full year. ${INFERRED_PATENTS.en}` },
      decimals: 0,
    },
    "applications (件)",
  ],
  [
    {
      id: "invention_patent_applications",
      title: { zh: "国内发明专利申请受理量（标签推断）", en: "Domestic invention patent applications (label inferred)" },
      unit: { zh: "件", en: "applications" },
      definition: { zh: `全年。${INFERRED_PATENTS.zh}`, en: `Full year. ${INFERRED_PATENTS.en}` },
      decimals: 0,
    },
    "applications (件)",
  ],
  [
    {
      id: "patents_granted",
      title: { zh: "国内专利申请授权量（标签推断）", en: "Domestic patents granted (label inferred)" },
      unit: { zh: "件", en: "patents" },
      definition: {
        zh: `全年。${INFERRED_PATENTS.zh}授权滞后于申请：天津2021年授权97910件多于申请90471件。`,
        en: `Full year. ${INFERRED_PATENTS.en} Grants lag applications: Tianjin 2021 has 97,910 granted against 90,471 applied.`,
      },
      decimals: 0,
    },
    "patents (件)",
  ],
  [
    {
      id: "invention_patents_granted",
      title: { zh: "国内发明专利申请授权量（标签推断）", en: "Domestic invention patents granted (label inferred)" },
      unit: { zh: "件", en: "patents" },
      definition: { zh: `全年。${INFERRED_PATENTS.zh}`, en: `Full year. ${INFERRED_PATENTS.en}` },
      decimals: 0,
    },
    "patents (件)",
  ],
  [
    {
      id: "technology_market_turnover",
      title: {
        zh: "技术市场成交额（标签推断，未独立核实）",
        en: "Technology market turnover (label inferred, not independently verified)",
      },
      unit: { zh: "亿元", en: "100 million yuan" },
      definition: {
        zh: "全年。标签仅依据该仓库自己的字段对照（provincial_panel_full.csv 的列序与 数据清单对照表.md），量级相符（北京2023年8536.94亿元），但未独立核实。来源中有跳变（如青海2018年79.36、2019年9.10），可能是口径或登记变化。西藏2011—2016年空缺。",
        en: "Full year. The label rests only on the repository's own mapping (the column order of provincial_panel_full.csv and its 数据清单对照表.md); magnitudes fit (Beijing 2023: 8,536.94 亿 yuan) but it is not independently verified. The source has jumps (e.g. Qinghai 79.36 in 2018, 9.10 in 2019), likely a definition or registration change. Tibet 2011–2016 is blank.",
      },
      decimals: 2,
    },
    "100 million yuan (亿元)",
  ],
  [
    {
      id: "local_fiscal_expenditure_science_technology",
      title: { zh: "地方财政科学技术支出（标签推断）", en: "Local fiscal expenditure on science and technology (label inferred)" },
      unit: { zh: "亿元", en: "100 million yuan" },
      definition: {
        zh: `全年，2011—2023年（2024年导出中尚无）。${INFERRED_FISCAL.zh}`,
        en: `Full year, 2011–2023 (2024 not yet in the export). ${INFERRED_FISCAL.en}`,
      },
      decimals: 2,
    },
    "100 million yuan (亿元)",
  ],
  [
    {
      id: "local_general_public_budget_expenditure",
      title: { zh: "地方财政一般公共预算支出（标签推断）", en: "Local general public budget expenditure (label inferred)" },
      unit: { zh: "亿元", en: "100 million yuan" },
      definition: { zh: `全年。${INFERRED_FISCAL.zh}`, en: `Full year. ${INFERRED_FISCAL.en}` },
      decimals: 2,
    },
    "100 million yuan (亿元)",
  ],
];

/** The export file of each measure in `1376524890/tec_expenditure` (SOURCES.md). */
const EXPORTS: ReadonlyArray<readonly [file: string, what: string]> = [
  ["data/分省年度数据_1.csv", "地方财政科学技术支出"],
  ["data/分省年度数据_2.csv", "技术市场成交额 (label from the repository's own mapping only)"],
  ["data/分省年度数据_3.csv", "国内专利申请受理量"],
  ["data/分省年度数据_4.csv", "地方财政一般公共预算支出"],
  ["data/分省年度数据_5.csv", "国内专利申请授权量"],
  ["data/分省年度数据_7.csv", "国内发明专利申请受理量"],
  ["data/分省年度数据_8.csv", "国内发明专利申请授权量"],
];

const sources: Source[] = EXPORTS.map(([path, what]) => ({
  publisher: NBS,
  title: `国家统计局 分省年度数据 (data-portal export, 数据库：分省年度数据, 时间：2011年-2025年, 数据来源：国家统计局): ${what} [label inferred]; patent counts originate from CNIPA`,
  repository: "1376524890/tec_expenditure",
  path,
  commit: "19963721bad7fdc4bc5e5b5b0699fc70a904f69c",
  rawFile: FILE,
  kind: "official",
}));

/** The dataset's metadata, kept apart from the rows (the `truth` branch moves it into a data file). */
const META: DatasetMeta = {
  id: "province-patents-sci-tech",
  title: { zh: "分省专利、技术市场与地方财政科技支出", en: "Patents, technology market and fiscal science spending by province (NBS)" },
  description: {
    zh: "国家统计局分省年度数据导出：31个省级行政区国内专利申请受理量与授权量（含发明专利）、技术市场成交额、地方财政科学技术支出和地方财政一般公共预算支出，2011—2024年（财政科技支出至2023年）。导出文件没有指标名，各指标标签为推断。",
    en: "NBS provincial annual data exports for the 31 provincial-level divisions: domestic patent applications and grants (total and invention), technology market turnover, local fiscal science & technology expenditure and local general public budget expenditure, 2011–2024 (fiscal S&T to 2023). The exports carry no indicator names: every label is inferred.",
  },
  themes: ["digital-economy", "industrial-structure"],
  kind: "observations",
  measures: MEASURES.map(([m]) => m),
  licence: NBS_LICENCE,
  sources,
  caveats: [
    {
      zh: "指标标签均为推断：导出文件没有“指标：”行。四项专利指标由北京2019年数值与北京市知识产权局统计页（226113/129930/131716/53127件）完全一致确认；两项财政指标由同仓库带标签的北京单省导出确认；技术市场成交额只依据该仓库自己的字段对照，未独立核实。",
      en: "Every indicator label is inferred: the exports have no '指标：' line. The four patent measures are identified by Beijing's 2019 values equalling the Beijing IP Office's statistics page (226,113 / 129,930 / 131,716 / 53,127); the two fiscal measures by the same repository's labelled one-province Beijing export; technology market turnover only by the repository's own mapping, not independently verified.",
    },
    {
      zh: "技术市场成交额有来源本身的跳变（如青海2018年79.36亿元、2019年9.10亿元），可能是口径或登记变化，慎用。",
      en: "Technology market turnover has jumps that are in the source (e.g. Qinghai 79.36 亿 yuan in 2018, 9.10 in 2019), likely a definition or registration change; use with care.",
    },
    {
      zh: "专利数最初来自国家知识产权局。授权滞后于申请，个别年份授权多于申请（天津2021年）。",
      en: "Patent counts originate from CNIPA. Grants lag applications, so in a few years grants exceed applications (Tianjin 2021).",
    },
    {
      zh: "财政科技支出2024年尚未进入导出。核对：发明专利不超过专利总数；财政科技支出不超过一般公共预算支出。数据库数值可能被修订；仓库未声明许可。",
      en: "Fiscal S&T 2024 is not yet in the export. Checks: invention ≤ total for applications and grants; fiscal S&T ≤ total expenditure everywhere. Portal values may be revised; the repository states no licence.",
    },
  ],
  keywords: ["专利", "patents", "技术市场", "科学技术支出", "R&D", "innovation", "province"],
};

/** Converter of the NBS provincial patent and fiscal science exports. */
export const provincePatentsSciTech: Converter = {
  id: META.id,
  rawFiles: [FILE],
  convert(raw) {
    const units = Object.fromEntries(MEASURES.map(([m, unit]) => [m.id, unit]));
    const rows: DataRow[] = readPortalFile(raw, FILE, units).map((c) => ({
      region: c.region,
      period: c.year,
      measure: c.indicator,
      value: c.value,
    }));
    return { meta: META, versions: [{ meta: DECEMBER_RELEASE, rows }] };
  },
};
