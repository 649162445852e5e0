/**
 * @module `province-income`: per-capita disposable income and consumption expenditure of all residents, 31
 * provinces × 2016–2024. Source: `china/province_income_consumption_nbs.csv` (two NBS data-portal exports).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, NBS, NBS_LICENCE } from "./converter";

const FILE = "china/province_income_consumption_nbs.csv";

/** Raw measure → published measure. */
const MEASURES: Record<string, string> = {
  disposable_income_per_capita_all_residents: "disposable_income",
  consumption_expenditure_per_capita_all_residents: "consumption_expenditure",
};

/** Converter of provincial all-resident income and consumption. */
export const provinceIncome: Converter = {
  id: "province-income",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_income_consumption_nbs.csv row ${i + 2}`;
      const measure = MEASURES[r.measure ?? ""];
      if (!measure) throw new Error(`${where}: unexpected measure ${r.measure}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: checkedProvince(codes, r.iso_3166_2, where), period: r.year, measure, value };
    });
    const yuan = { zh: "元/人·年", en: "yuan per person per year" };
    return {
      meta: {
        id: "province-income",
        title: {
          zh: "分省全体居民人均可支配收入和消费支出",
          en: "Per-capita disposable income and consumption by province (all residents)",
        },
        description: {
          zh: "31个省级行政区全体居民人均可支配收入和人均消费支出，2016—2024年。国家统计局分省年度数据（住户调查）。不分城乡；分城乡数据见 province-income-urban-rural。",
          en: "Per-capita disposable income and per-capita consumption expenditure of all residents in the 31 provincial-level divisions, 2016–2024, from NBS provincial annual data (household survey). Not split by urban and rural; for that see province-income-urban-rural.",
        },
        themes: ["common-prosperity"],
        kind: "observations",
        measures: [
          {
            id: "disposable_income",
            title: { zh: "居民人均可支配收入", en: "Per-capita disposable income, all residents" },
            unit: yuan,
            definition: {
              zh: "全体居民（城镇和农村合计）人均可支配收入，城乡一体化住户调查。",
              en: "Per-capita disposable income of all residents (urban and rural together), integrated household survey.",
            },
            decimals: 0,
          },
          {
            id: "consumption_expenditure",
            title: { zh: "居民人均消费支出", en: "Per-capita consumption expenditure, all residents" },
            unit: yuan,
            definition: {
              zh: "全体居民人均消费支出，城乡一体化住户调查。",
              en: "Per-capita consumption expenditure of all residents, integrated household survey.",
            },
            decimals: 0,
          },
        ],
        licence: NBS_LICENCE,
        sources: [
          {
            publisher: NBS,
            title: "分省年度数据 exports 分省年度数据可支配收入.csv and 分省年度数据消费支出.csv (NBS data portal)",
            repository: "Liushenwuzhu-Alpaca/province-economy",
            path: "data/raw/nbs_exports/",
            commit: "46e915f3ce81ca7d577c865f57e7f8579cdd9b83",
            rawFile: FILE,
            kind: "official",
          },
        ],
        caveats: [
          {
            zh: "收入导出文件缺少“指标：”表头行；指标由仓库的 data/README.md 与元数据文件（“居民人均可支配收入(元)”）确定，并经与青海统计年鉴2018表23-15（2017年31省全体居民收支）逐一核对。这些是全体居民数值，不是城镇或农村数值。",
            en: "The income export has no '指标：' header line; the indicator is identified by the repository's data/README.md and metadata file (居民人均可支配收入(元)) and was checked against table 23-15 of the Qinghai Statistical Yearbook 2018 (all 31 provinces, 2017). These are all-resident figures, not urban or rural.",
          },
          {
            zh: "湖北2020年（新冠疫情年份）是唯一的同比下降。",
            en: "The only year-on-year decline is Hubei 2020, the COVID-19 year.",
          },
          {
            zh: "导出文件已从仓库当前版本删除，取自提交历史；仓库未声明许可，数据原始发布者为国家统计局。",
            en: "The export files were deleted from the repository's HEAD and were taken from its history; the repository states no licence; the original publisher is the NBS.",
          },
        ],
        keywords: ["可支配收入", "消费支出", "disposable income", "consumption", "共同富裕"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
