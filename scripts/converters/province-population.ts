/**
 * @module `province-population`: year-end resident population of the 31 provinces, 2015–2024, the denominator for
 * provincial per-capita indicators. Source: `china/province_population_nbs.csv` (NBS data-portal export).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, NBS, NBS_LICENCE } from "./converter";

const FILE = "china/province_population_nbs.csv";

/** Converter of provincial year-end resident population. */
export const provincePopulation: Converter = {
  id: "province-population",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_population_nbs.csv row ${i + 2}`;
      if (r.indicator !== "population_yearend_resident") throw new Error(`${where}: unexpected indicator ${r.indicator}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: checkedProvince(codes, r.iso_3166_2, where), period: r.year, measure: "population", value };
    });
    return {
      meta: {
        id: "province-population",
        title: { zh: "分省年末常住人口", en: "Year-end resident population by province" },
        description: {
          zh: "31个省级行政区年末常住人口，2015—2024年。国家统计局分省年度数据，用作分省人均指标的分母。",
          en: "Year-end resident (常住) population of the 31 provincial-level divisions, 2015–2024, from NBS provincial annual data. The denominator for provincial per-capita indicators.",
        },
        themes: ["industrial-structure", "common-prosperity"],
        kind: "observations",
        measures: [
          {
            id: "population",
            title: { zh: "年末常住人口", en: "Year-end resident population" },
            unit: { zh: "万人", en: "10,000 persons" },
            definition: {
              zh: "年末在该省居住半年以上的人口（常住人口口径）。",
              en: "Persons usually resident in the province at year end (resident-population basis, 常住人口).",
            },
            decimals: 0,
          },
        ],
        licence: NBS_LICENCE,
        sources: [
          {
            publisher: NBS,
            title: "分省年度数据：年末常住人口(万人)，最近10年 (NBS data-portal export)",
            repository: "1lmq/FYP_QMM2_Chinese_Railways",
            path: "分省年度数据.csv",
            commit: "b126026fefc95417acd08ef2555ae10e4328623a",
            rawFile: FILE,
            kind: "official",
          },
        ],
        caveats: [
          {
            zh: "各省合计（如2024年为140628万人）可能与全国年末人口略有差异：全国总数包含未分配到各省的人口（如现役军人）。",
            en: "The provincial sum (140,628 万 for 2024) may differ slightly from the national year-end total, which includes groups not allocated to provinces, such as active military personnel.",
          },
          {
            zh: "导出文件所在仓库未声明许可；数据原始发布者为国家统计局。",
            en: "The repository holding the export states no licence; the original publisher is the NBS.",
          },
        ],
        keywords: ["人口", "常住人口", "population"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
