/**
 * @module `world-public-services`: hospital beds and physicians per 1,000 people, primary pupil–teacher ratio,
 * current health expenditure and government education expenditure as % of GDP (WDI), economies and WB
 * aggregates. Three indicators come from the Datahub copies, two from unmodified WB API bulk downloads.
 */
import type { Measure, Source } from "../../schemas";
import { readApiMetadata, readApiWide } from "../lib/wdi";
import type { Converter, DataRow } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubMeasures, WDI_CAVEAT, WDI_LICENCE, WORLD_BANK } from "./world-bank";

const DATAHUB: DatahubMeasureSpec[] = [
  {
    indicator: "sh.med.beds.zs",
    measure: "hospital_beds_per_1000",
    title: "医院床位（每千人）",
    unit: { zh: "每千人床位数", en: "beds per 1,000 people" },
    definitionZh: "公立、私立、综合和专科医院及康复中心的住院床位；多数情况下包括急性和慢性病床位。",
    vintage: "july2026",
  },
  {
    indicator: "se.prm.enrl.tc.zs",
    measure: "pupil_teacher_ratio_primary",
    title: "小学生师比",
    unit: { zh: "每名教师对应学生数", en: "pupils per teacher" },
    definitionZh: "小学平均每名教师对应的学生数。",
    vintage: "july2026",
  },
  {
    indicator: "se.xpd.totl.gd.zs",
    measure: "education_expenditure_pct_gdp",
    title: "政府教育支出总额（占 GDP 的百分比）",
    unit: { zh: "占 GDP 的百分比", en: "% of GDP" },
    definitionZh:
      "广义政府（通常指地方、区域和中央政府）教育支出（经常性、资本性和转移支出）占 GDP 的百分比，包括由国际来源转移资助的支出。",
    vintage: "july2026",
  },
];

/** The WB API bulk downloads (repository wangkhem123/the-height-of-progress, copies verified by git blob hash). */
const API_REPOSITORY = "wangkhem123/the-height-of-progress";
const API_COMMIT = "be15f1ca194a0dc51f0fb54b80dcac0517060635";
const API = [
  {
    file: "intl/wdi_api_SH.MED.PHYS.ZS.csv",
    metadata: "intl/wdi_api_SH.MED.PHYS.ZS_metadata_indicator.csv",
    path: "data/raw/API_SH.MED.PHYS.ZS_DS2_en_csv_v2_35671.csv",
    measure: "physicians_per_1000",
    titleZh: "医生（每千人）",
    unit: { zh: "每千人医生数", en: "physicians per 1,000 people" },
    definitionZh: "医生包括全科和专科医师。",
  },
  {
    file: "intl/wdi_api_SH.XPD.CHEX.GD.ZS.csv",
    metadata: "intl/wdi_api_SH.XPD.CHEX.GD.ZS_metadata_indicator.csv",
    path: "data/raw/API_SH.XPD.CHEX.GD.ZS_DS2_en_csv_v2_33342.csv",
    measure: "health_expenditure_pct_gdp",
    titleZh: "经常性卫生支出（占 GDP 的百分比）",
    unit: { zh: "占 GDP 的百分比", en: "% of GDP" },
    definitionZh:
      "经常性卫生支出占 GDP 的百分比，包括当年消费的卫生保健货物和服务；不包括建筑物、机器设备、信息技术和疫苗储备等资本性卫生支出。",
  },
] as const;

/** Converter of the WDI public-services indicators. */
export const worldPublicServices: Converter = {
  id: "world-public-services",
  rawFiles: [...datahubFiles(DATAHUB), ...API.flatMap((a) => [a.file, a.metadata])],
  convert(raw) {
    const { measures, rows, sources } = datahubMeasures(raw, DATAHUB);
    const apiMeasures: Measure[] = [];
    const apiRows: DataRow[] = [];
    const apiSources: Source[] = [];
    for (const a of API) {
      const indicator = readApiWide(raw, a.file);
      const meta = readApiMetadata(raw, a.metadata);
      apiMeasures.push({
        id: a.measure,
        title: { zh: a.titleZh, en: indicator.title },
        unit: a.unit,
        definition: { zh: a.definitionZh, en: `${meta.definition} (WB indicator ${indicator.code}; source: ${meta.organisation})` },
      });
      for (const c of indicator.cells) apiRows.push({ region: c.code, period: c.year, measure: a.measure, value: c.value });
      apiSources.push({
        publisher: WORLD_BANK,
        title: `WDI ${indicator.code} "${indicator.title}", WB API bulk download, Last Updated Date ${indicator.lastUpdated} (underlying source: ${meta.organisation.replace(/\s+/g, " ")})`,
        url: `https://api.worldbank.org/v2/en/indicator/${indicator.code}?downloadformat=csv`,
        repository: API_REPOSITORY,
        path: a.path,
        commit: API_COMMIT,
        rawFile: a.file,
        kind: "official",
      });
    }
    return {
      meta: {
        id: "world-public-services",
        title: { zh: "世界各国医疗和教育公共服务", en: "Health and education services in the world's economies" },
        description: {
          zh: "世界银行世界发展指标（WDI）：每千人医院床位、每千人医生数、小学生师比、经常性卫生支出占 GDP 比重、政府教育支出占 GDP 比重，含各经济体与世行汇总。用于与中国分省卫生资源对照。",
          en: "World Bank World Development Indicators: hospital beds and physicians per 1,000 people, primary pupil–teacher ratio, current health expenditure (% of GDP) and government expenditure on education (% of GDP), for economies and WB aggregates. For comparison with China's provincial health resources.",
        },
        themes: ["public-services"],
        kind: "observations",
        measures: [...measures, ...apiMeasures],
        licence: WDI_LICENCE,
        sources: [...sources, ...apiSources],
        caveats: [
          WDI_CAVEAT,
          {
            zh: "小学生师比在此副本中2019年以后无数据（世界2018年为23.45）；世界银行网站可能已有更新，近年数据应视为过时。",
            en: "The primary pupil–teacher ratio has no values after 2019 in this copy (World 2018: 23.45); the WB site may have newer values, so treat recent years as stale.",
          },
          {
            zh: "中国的政府教育支出在此版本中仅有1990年代和2023年（3.90）数值，2000—2022年缺失；不要插值。",
            en: "Government education expenditure for China has only 1990s values and 2023 (3.90) in this vintage; 2000–2022 are missing. Do not interpolate.",
          },
          {
            zh: "中国每千人医生数从2021年的2.517跃升至2022年的3.112；在将其视为趋势之前，请查阅世界银行/世卫组织脚注是否有定义变化。",
            en: "China's physicians per 1,000 jump from 2.517 (2021) to 3.112 (2022); check the WB/WHO footnotes for a definition change before reading the break as a trend.",
          },
          {
            zh: "医生数和经常性卫生支出取自世界银行 API 批量下载（最后更新2026-07-13，底层来源为世卫组织等）；其余三项取自 Datahub 副本（2026-07-01）。两者为不同日期的 WDI 版本。",
            en: "Physicians and current health expenditure come from WB API bulk downloads (Last Updated Date 2026-07-13; underlying sources WHO and others); the other three from the Datahub copies (2026-07-01). They are WDI vintages of different dates.",
          },
        ],
        keywords: ["hospital beds", "physicians", "医生", "床位", "pupil-teacher ratio", "生师比", "health expenditure", "教育支出", "WDI"],
      },
      versions: [
        {
          meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } },
          rows: [...rows, ...apiRows],
        },
      ],
    };
  },
};
