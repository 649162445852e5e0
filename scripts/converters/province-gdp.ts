/**
 * @module `province-gdp`: gross regional product at current prices, 31 provinces × 2006–2024.
 * Source: `china/province_gdp_nbs.csv` (NBS data-portal export, post-5th-census vintage).
 */
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, NBS, NBS_LICENCE } from "./converter";

/** Converter of provincial GDP. */
export const provinceGdp: Converter = {
  id: "province-gdp",
  rawFiles: ["china/province_gdp_nbs.csv"],
  convert(raw) {
    const rows: DataRow[] = raw.csv("china/province_gdp_nbs.csv").map((r, i) => {
      if (r.indicator !== "gdp_current_prices") throw new Error(`province_gdp_nbs.csv row ${i + 2}: unexpected indicator ${r.indicator}`);
      const value = rawNumber(r.value, `province_gdp_nbs.csv row ${i + 2} value`);
      if (value === undefined) throw new Error(`province_gdp_nbs.csv row ${i + 2}: empty value`);
      return { region: r.iso_3166_2, period: r.year, measure: "gdp", value };
    });
    return {
      meta: {
        id: "province-gdp",
        title: { zh: "分省地区生产总值", en: "Gross regional product by province" },
        description: {
          zh: "31个省级行政区地区生产总值（当年价格），2006—2024年。国家统计局分省年度数据，第五次全国经济普查后修订口径。",
          en: "Gross regional product at current prices for the 31 provincial-level divisions, 2006–2024. NBS provincial annual data, vintage revised after the 5th National Economic Census.",
        },
        themes: ["industrial-structure", "common-prosperity"],
        kind: "observations",
        measures: [
          {
            id: "gdp",
            title: { zh: "地区生产总值", en: "Gross regional product" },
            unit: { zh: "亿元", en: "100 million yuan" },
            definition: { zh: "当年价格。", en: "At current prices." },
            decimals: 1,
          },
        ],
        licence: NBS_LICENCE,
        sources: [
          {
            publisher: NBS,
            title: "分省年度数据：地区生产总值(亿元)，最近20年 (NBS data-portal export)",
            repository: "RenJiyi163/panel_data_analysis_for_thesis",
            path: "分省年度数据.csv",
            commit: "e6d65372ec36319dd3d838f5c5e12841f7c77f26",
            rawFile: "china/province_gdp_nbs.csv",
            kind: "official",
          },
        ],
        caveats: [
          {
            zh: "第五次全国经济普查后，国家统计局对1992—2023年地区生产总值历史数据进行了系统修订；本序列与旧年鉴数值不同（如北京2017年为31325.9，旧口径为28014.94），请勿与其他口径混用。",
            en: "After the 5th National Economic Census the NBS systematically revised regional GDP for 1992–2023. These values differ from older yearbooks (Beijing 2017: 31325.9 here, 28014.94 in older exports); do not mix vintages.",
          },
          {
            zh: "各省合计约为全国 GDP 的 0.99—1.003 倍，属地区核算与全国核算之间的正常差异。",
            en: "The sum over provinces is about 0.99–1.003 × national GDP, the usual gap between regional and national accounts.",
          },
        ],
        keywords: ["GDP", "地区生产总值", "GRP"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
