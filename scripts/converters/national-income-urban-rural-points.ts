/**
 * @module `national-income-urban-rural-points`: scattered national per-capita income points for urban, rural and
 * all residents, and urban/rural ratios, 1978–2022 — NOT a continuous series. Values from the old separate urban
 * and rural surveys (to 2014) carry status `old-method`. Source: `china/national_income_urban_rural_points.csv`.
 */
import type { ObservationStatus } from "../../schemas";
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, NBS, NBS_LICENCE } from "./converter";

const FILE = "china/national_income_urban_rural_points.csv";

/**
 * Two printings exist for 2013 (a journal table to one decimal, the NBS release to the yuan), so each point names
 * the kind of publication it was read from in `category`.
 */
const JOURNAL = "journal table (SCIRP, citing NBS)";
const RELEASE = "NBS release as reported";

/** The rural column holds net income (纯收入) under the old survey and disposable income under the integrated one. */
function ruralMeasure(concept: string, where: string): string {
  if (concept.startsWith("net income")) return "rural_net_income";
  if (concept.startsWith("disposable income")) return "rural_disposable_income";
  throw new Error(`${where}: unknown rural income concept "${concept}"`);
}

function statusOf(caliber: string, where: string): ObservationStatus | undefined {
  if (caliber.startsWith("old")) return "old-method";
  if (caliber.startsWith("integrated")) return undefined;
  throw new Error(`${where}: unknown survey caliber "${caliber}"`);
}

/** Converter of the national urban/rural income points. */
export const nationalIncomeUrbanRuralPoints: Converter = {
  id: "national-income-urban-rural-points",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = [];
    raw.csv(FILE).forEach((r, i) => {
      const where = `national_income_urban_rural_points.csv row ${i + 2}`;
      const caliber = r.survey_caliber ?? "";
      const status = statusOf(caliber, where);
      const category = (r.source_urls ?? "").includes("scirp.org") ? JOURNAL : RELEASE;
      const noteFor = (measure: string) =>
        [caliber, measure.startsWith("rural_") ? r.rural_income_concept : "", r.note].filter(Boolean).join("; ");
      const cells: ReadonlyArray<readonly [column: string, measure: () => string]> = [
        ["all_residents_yuan", () => "all_disposable_income"],
        ["urban_yuan", () => "urban_disposable_income"],
        ["rural_yuan", () => ruralMeasure(r.rural_income_concept ?? "", where)],
        ["urban_rural_ratio", () => "urban_rural_ratio"],
      ];
      for (const [column, measure] of cells) {
        const value = rawNumber(r[column], `${where} ${column}`);
        if (value === undefined) continue;
        const id = measure();
        rows.push({ region: "CN", period: r.year, measure: id, category, value, status, note: noteFor(id), source: r.source_urls });
      }
    });
    const yuan = { zh: "元/人·年", en: "yuan per person per year" };
    return {
      meta: {
        id: "national-income-urban-rural-points",
        title: {
          zh: "全国城乡居民收入历史点位（含旧口径）",
          en: "China's urban and rural income: historical points (incl. old survey method)",
        },
        description: {
          zh: "全国城镇居民、农村居民及全体居民人均收入和城乡收入比的零散点位（1978—2022年），不是连续序列。2014年及以前为城镇、农村分开调查的旧口径（农村为人均纯收入，status 为 old-method）；2018年以后为城乡一体化住户调查的人均可支配收入。category 标明数值取自期刊表格还是国家统计局发布的转载。",
          en: "Scattered national per-capita income points for urban, rural and all residents, and urban/rural income ratios (1978–2022); not a continuous series. Up to 2014 the values come from the old separate urban and rural surveys (rural = net income per capita; status old-method); from 2018 from the integrated household survey (disposable income). `category` says whether a value was read from a journal table or from a report of the NBS release.",
        },
        themes: ["common-prosperity"],
        kind: "observations",
        measures: [
          {
            id: "urban_disposable_income",
            title: { zh: "城镇居民人均可支配收入", en: "Per-capita disposable income, urban residents" },
            unit: yuan,
            definition: {
              zh: "旧口径（至2014年）来自城镇住户调查，2013年起的一体化调查口径不同，两者不可比。",
              en: "Old method (to 2014): the separate urban household survey; the integrated survey from 2013 is a different basis, and the two are not comparable.",
            },
          },
          {
            id: "rural_net_income",
            title: { zh: "农村居民人均纯收入（旧口径）", en: "Per-capita net income, rural residents (old method)" },
            unit: yuan,
            definition: {
              zh: "2013年以前农村住户调查的人均纯收入，与可支配收入概念不同。",
              en: "Net income per capita (人均纯收入) from the rural household survey before 2013; a different concept from disposable income.",
            },
          },
          {
            id: "rural_disposable_income",
            title: { zh: "农村居民人均可支配收入", en: "Per-capita disposable income, rural residents" },
            unit: yuan,
            definition: { zh: "城乡一体化住户调查（2013年起）。", en: "Integrated household survey (from 2013)." },
          },
          {
            id: "all_disposable_income",
            title: { zh: "全国居民人均可支配收入", en: "Per-capita disposable income, all residents" },
            unit: yuan,
            definition: { zh: "城乡一体化住户调查（2013年起）。", en: "Integrated household survey (from 2013)." },
          },
          {
            id: "urban_rural_ratio",
            title: { zh: "城乡居民收入比", en: "Urban/rural income ratio" },
            unit: { zh: "倍（农村=1）", en: "ratio (rural = 1)" },
            definition: {
              zh: "城镇居民人均收入与农村居民人均收入之比，按来源所印数值收录（未重新计算）。",
              en: "Urban per-capita income divided by rural per-capita income, as printed in the source (not recomputed here).",
            },
            decimals: 2,
          },
        ],
        licence: NBS_LICENCE,
        sources: [
          {
            publisher: { zh: "SCIRP 期刊论文（引用国家统计局）", en: "SCIRP journal article (table citing NBS)" },
            title: "Table of urban and rural per-capita income, 1978–2014",
            url: "https://html.scirp.org/file/_11-1760810_1.htm",
            rawFile: FILE,
            kind: "academic",
          },
          {
            publisher: NBS,
            title: "NBS releases as reported by Xinhua, news mirrors and reposts (2009, 2013, 2018, 2020–2022); URLs per row",
            rawFile: FILE,
            kind: "official-repost",
          },
          {
            publisher: NBS,
            title: "Commentary repost quoting the NBS 2020 release (content/gnews/18/README.md)",
            repository: "Royguo0317/txt",
            path: "content/gnews/18/README.md",
            commit: "0e9023b169423e70c2487fcd572a6e4cff4cf10b",
            rawFile: FILE,
            kind: "official-repost",
          },
        ],
        caveats: [
          {
            zh: "这是零散点位，不是连续序列；各年之间不得插值。",
            en: "These are scattered points, not a continuous series; do not interpolate between them.",
          },
          {
            zh: "2013年序列断点：2012年以前农村为农村住户调查的人均纯收入；2013年起城乡一体化住户调查对城乡均报告人均可支配收入。旧口径2013年（城镇26955元、农村8896元）与一体化调查2013年数值不可比。",
            en: "Series break in 2013: up to 2012 the rural figure is net income (纯收入) from the separate rural survey; from 2013 the integrated urban–rural household survey reports disposable income for both groups. Old-method 2013 (26955 urban / 8896 rural) is NOT comparable with integrated-survey 2013.",
          },
          {
            zh: "2013年有两个印本：期刊表格（一位小数）和国家统计局2014年1月20日发布的转载（取整到元），以 category 区分。",
            en: "2013 has two printings, the journal table (one decimal) and a repost of the NBS release of 20 Jan 2014 (to the yuan); `category` tells them apart.",
          },
          {
            zh: "2020年数值来自引用国家统计局发布的评论转载，比率来自论坛转载；2009年农村数值在来源中称为“可支配收入”，实为旧口径纯收入。2013—2024年完整的城乡一体化序列见 national-household-income（自2015年起）。",
            en: "The 2020 values come from a commentary repost quoting the NBS release, its ratio from a forum repost; the 2009 rural value is called 'disposable' in the source but is old-method net income. For the integrated urban/rural series see national-household-income (from 2015).",
          },
        ],
        keywords: ["城乡收入比", "人均纯收入", "可支配收入", "urban-rural gap", "old method"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
