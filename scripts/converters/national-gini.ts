/**
 * @module `national-gini`: the NBS Gini coefficient of per-capita disposable income, with its real history.
 * Version 1.0.0 is `china/national_gini_nbs.csv` alone (2003–2016, 2019, 2020, from stored pages, some of them
 * forum reposts); 1.1.0 adds the years the NBS data-portal export `china/national_gini_nbs_portal.csv` fills
 * (2017, 2018, 2021–2024). Both versions stay listed so that the conversion reproduces both.
 */
import type { ObservationStatus } from "../../schemas";
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, NBS, NBS_LICENCE } from "./converter";

const PAGES = "china/national_gini_nbs.csv";
const PORTAL = "china/national_gini_nbs_portal.csv";

/**
 * 2003–2012 were back-calculated from the old separate urban and rural household surveys; the integrated
 * household survey starts in 2013 (`china/SOURCES.md`), so 2013 is the first value after the break.
 */
function statusOf(year: number): ObservationStatus | undefined {
  if (year <= 2012) return "old-method";
  if (year === 2013) return "break";
  return undefined;
}

/** Converter of the national Gini coefficient (two versions). */
export const nationalGini: Converter = {
  id: "national-gini",
  rawFiles: [PAGES, PORTAL],
  convert(raw) {
    const first: DataRow[] = raw.csv(PAGES).map((r, i) => {
      const where = `national_gini_nbs.csv row ${i + 2}`;
      const value = rawNumber(r.gini_disposable_income, `${where} gini_disposable_income`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return {
        region: "CN",
        period: r.year,
        measure: "gini",
        value,
        status: statusOf(Number(r.year)),
        note: r.note || undefined,
        source: r.source_urls,
      };
    });
    const published = new Map(first.map((row) => [row.period, row.value]));
    const added: DataRow[] = [];
    raw.csv(PORTAL).forEach((r, i) => {
      const where = `national_gini_nbs_portal.csv row ${i + 2}`;
      const value = rawNumber(r.gini_disposable_income, `${where} gini_disposable_income`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const earlier = published.get(r.year);
      // The portal repeats four years of 1.0.0; a disagreement would be a correction (a PATCH), not an addition.
      if (earlier !== undefined) {
        if (earlier !== value) throw new Error(`${where}: ${r.year} is ${value} in the portal but ${earlier} in 1.0.0`);
        return;
      }
      added.push({
        region: "CN",
        period: r.year,
        measure: "gini",
        value,
        status: statusOf(Number(r.year)),
        note: `NBS data-portal export ${r.source_file}; ${r.note}`,
        source: `GitHub ${r.source_repo} @ ${r.source_commit}`,
      });
    });
    return {
      meta: {
        id: "national-gini",
        title: { zh: "全国居民人均可支配收入基尼系数", en: "Gini coefficient of per-capita disposable income, China" },
        description: {
          zh: "国家统计局公布的全国居民人均可支配收入基尼系数，2003—2024年。1.0.0版来自存档网页（2003—2016、2019、2020年，缺2017、2018、2021—2024年）；1.1.0版用国家统计局数据库导出补齐缺失年份。",
          en: "The NBS national Gini coefficient of per-capita disposable income, 2003–2024. Version 1.0.0 comes from stored pages (2003–2016, 2019, 2020; 2017, 2018 and 2021–2024 missing); version 1.1.0 fills the missing years from an NBS data-portal export.",
        },
        themes: ["common-prosperity"],
        kind: "observations",
        measures: [
          {
            id: "gini",
            title: { zh: "基尼系数", en: "Gini coefficient" },
            unit: { zh: "系数（0—1）", en: "coefficient (0–1)" },
            definition: {
              zh: "全国居民人均可支配收入的基尼系数；0表示完全平等，1表示完全不平等。",
              en: "Gini coefficient of per-capita disposable income of all residents; 0 is perfect equality, 1 perfect inequality.",
            },
            decimals: 3,
          },
        ],
        licence: NBS_LICENCE,
        sources: [
          {
            publisher: NBS,
            title: "NBS press conference of 18 Jan 2013 (2003–2012), as reported by china.org.cn; URLs per row",
            url: "http://china.org.cn/report/2013-02/07/content_27914685.htm",
            rawFile: PAGES,
            kind: "official-repost",
          },
          {
            publisher: NBS,
            title: "China Economic Net via Sohu, 2016-01-19 (2003–2015)",
            url: "https://news.sohu.com/20160119/n435020562.shtml",
            rawFile: PAGES,
            kind: "official-repost",
          },
          {
            publisher: { zh: "李实、高霞（统计与决策）", en: "Li Shi and Gao Xia, Statistics and Decision (统计与决策), 2015" },
            title: "统计与决策 2015 (fx361.cc)",
            url: "https://fx361.cc/page/2015/0218/16786830.shtml",
            rawFile: PAGES,
            kind: "academic",
          },
          {
            publisher: NBS,
            title: "China Daily, 2014-01-21 (2013)",
            url: "http://www.chinadaily.com.cn/cndy/2014-01/21/content_17246892.htm",
            rawFile: PAGES,
            kind: "official-repost",
          },
          {
            publisher: NBS,
            title: "phsb.com (2014)",
            url: "https://www.phsb.com/html/674/673143.html",
            rawFile: PAGES,
            kind: "official-repost",
          },
          {
            publisher: NBS,
            title: "Forum repost of NBS text (2016 and 2020), wenxuecity.com — secondary",
            url: "https://bbs.wenxuecity.com/finance/6267955-print.html",
            rawFile: PAGES,
            kind: "official-repost",
          },
          {
            publisher: NBS,
            title: "Forum post citing NBS (2019), pinggu.org — secondary",
            url: "https://m.pinggu.org/bbs/thread-11228790-1-1.html",
            rawFile: PAGES,
            kind: "official-repost",
          },
          {
            publisher: NBS,
            title: "年度数据 (16).csv: 居民人均可支配收入基尼系数 (NBS data-portal export, converted to JSON) — from version 1.1.0",
            repository: "via-cmd/china-life-visualization",
            path: "data_processed.json",
            commit: "71cf645426753cd0c4bbe8ef0b0fda3f316f2447",
            rawFile: PORTAL,
            kind: "official",
          },
        ],
        caveats: [
          {
            zh: "2003—2012年数值由旧的城镇、农村分开的住户调查推算（status 为 old-method）；2013年起为城乡一体化住户调查（2013年 status 为 break），前后不完全可比。",
            en: "2003–2012 were back-calculated from the old separate urban and rural household surveys (status old-method); the integrated household survey starts in 2013 (status break). The two parts are not fully comparable.",
          },
          {
            zh: "1.0.0版中2016、2019、2020年的数值来自论坛转载（二手来源，见各行 note）；1.1.0版所用的国家统计局数据库导出在这几年给出相同数值。",
            en: "In 1.0.0 the 2016, 2019 and 2020 values come from forum reposts (secondary sources; see each row's note); the NBS data-portal export used in 1.1.0 gives the same values for those years.",
          },
          {
            zh: "1.0.0版缺2017、2018、2021、2022年（未找到来源）；一则引用 Statista 的搜索摘要给出2021年46.6，未采用。",
            en: "1.0.0 lacks 2017, 2018, 2021 and 2022 (no source found); a search-engine snippet citing Statista gives 46.6 for 2021 and was not used.",
          },
          {
            zh: "数据库导出文件所在仓库未声明许可；数据原始发布者为国家统计局。",
            en: "The repository holding the portal export states no licence; the original publisher is the NBS.",
          },
        ],
        keywords: ["基尼系数", "Gini", "收入分配", "inequality", "共同富裕"],
      },
      versions: [
        { meta: FIRST_RELEASE, rows: first },
        {
          meta: {
            version: "1.1.0",
            published: "2026-11-28",
            changes: {
              zh: "新增2017、2018、2021、2022、2023、2024年，取自国家统计局数据库导出（年度数据 (16).csv，经 via-cmd/china-life-visualization 转存）；该导出在与1.0.0重叠的2015、2016、2019、2020年数值完全相同，1.0.0的各行未作改动。",
              en: "Adds 2017, 2018, 2021, 2022, 2023 and 2024 from an NBS data-portal export (年度数据 (16).csv, via via-cmd/china-life-visualization). The export equals 1.0.0 in the overlapping years 2015, 2016, 2019 and 2020; the rows of 1.0.0 are unchanged.",
            },
          },
          rows: [...first, ...added],
        },
      ],
    };
  },
};
