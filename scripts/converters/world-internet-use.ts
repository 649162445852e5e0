/**
 * @module `world-internet-use`: share of the population using the internet (ITU → WB WDI IT.NET.USER.ZS → Our
 * World in Data), 1960–2023, economies and OWID's aggregates. Source: `intl/owid_share-of-individuals-using-the-internet.csv`.
 */
import type { ObservationStatus } from "../../schemas";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";
import { WDI_LICENCE } from "./world-bank";

const FILE = "intl/owid_share-of-individuals-using-the-internet.csv";
const VALUE_COLUMN = "Individuals using the Internet (% of population)";

/** OWID codes that are not WB codes (intl/SOURCES.md: "Kosovo = `OWID_KOS` and World = `OWID_WRL`"). */
export const OWID_CODES: Readonly<Record<string, string>> = { OWID_KOS: "XKX", OWID_WRL: "WLD" };

/**
 * OWID entities without a code: OWID's aggregates, and one economy (OWID spells it "Faeroe Islands", WB code
 * FRO). The "(WB)" regions of Middle East & North Africa and South Asia use the WB membership before 1 July
 * 2025 — checked against population-weighted means of the country values (South Asia 2010: 7.1636 published,
 * 7.164 with Afghanistan and Pakistan, 7.110 without) — so they get the documented codes MEA-FY25 and SAS-FY25,
 * not MEA and SAS, whose membership the WB changed.
 */
export const OWID_ENTITIES: Readonly<Record<string, string>> = {
  "East Asia and Pacific (WB)": "EAS",
  "Europe and Central Asia (WB)": "ECS",
  "European Union (27)": "EUU",
  "Faeroe Islands": "FRO",
  "High-income countries": "HIC",
  "Latin America and Caribbean (WB)": "LCN",
  "Low-income countries": "LIC",
  "Lower-middle-income countries": "LMC",
  "Middle East and North Africa (WB)": "MEA-FY25",
  "North America (WB)": "NAC",
  "South Asia (WB)": "SAS-FY25",
  "Sub-Saharan Africa (WB)": "SSF",
  "Upper-middle-income countries": "UMC",
};

/** The published region code of an OWID row, and whether the row is one of OWID's aggregates. */
export function owidRegion(entity: string, code: string): { region: string; aggregate: boolean } | undefined {
  if (code === "OWID_WRL") return { region: "WLD", aggregate: true };
  if (code !== "") return { region: OWID_CODES[code] ?? code, aggregate: false };
  const region = OWID_ENTITIES[entity];
  return region === undefined ? undefined : { region, aggregate: entity !== "Faeroe Islands" };
}

/** Converter of OWID's internet-use chart data. */
export const worldInternetUse: Converter = {
  id: "world-internet-use",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `${FILE} row ${i + 2}`;
      const mapped = owidRegion(r.Entity ?? "", r.Code ?? "");
      if (!mapped) throw new Error(`${where}: no region code for entity "${r.Entity}"`);
      const value = rawNumber(r[VALUE_COLUMN], where);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const status: ObservationStatus | undefined = mapped.aggregate ? "estimate" : undefined;
      const note = mapped.aggregate ? `OWID aggregate "${r.Entity}"` : undefined;
      return { region: mapped.region, period: r.Year, measure: "internet_users_pct", value, status, note };
    });
    return {
      meta: {
        id: "world-internet-use",
        title: { zh: "世界各国互联网使用率", en: "Internet use in the world's economies" },
        description: {
          zh: "各经济体使用互联网的人口占比（过去3个月内使用过互联网），1960—2023年。数据链：国际电信联盟（ITU）→ 世界银行 WDI（IT.NET.USER.ZS）→ Our World in Data；含 OWID 计算的世界、世行地区和收入组汇总。可与中国 CNNIC 互联网普及率对照（中国 = CHN，亦可用 CN 查询）。",
          en: "Share of the population who used the internet in the last 3 months, by economy, 1960–2023. Chain: ITU → World Bank WDI (IT.NET.USER.ZS) → Our World in Data, including OWID's World, WB-region and income-group aggregates. Compare with CNNIC's penetration for China (China = CHN, also reachable as CN).",
        },
        themes: ["digital-divide"],
        kind: "observations",
        measures: [
          {
            id: "internet_users_pct",
            title: { zh: "使用互联网的人口占比", en: "Individuals using the Internet (% of population)" },
            unit: { zh: "占人口的百分比", en: "% of population" },
            definition: {
              zh: "过去3个月内（从任何地点）使用过互联网的个人占人口的百分比（ITU 定义，WDI 指标 IT.NET.USER.ZS）。",
              en: "Individuals who have used the Internet (from any location) in the last 3 months, as a percentage of the population (ITU definition; WDI indicator IT.NET.USER.ZS).",
            },
          },
        ],
        licence: {
          ...WDI_LICENCE,
          attribution: {
            zh: "来源：Our World in Data，基于国际电信联盟（ITU）数据，经世界银行 WDI",
            en: "Our World in Data based on ITU via World Bank WDI",
          },
        },
        sources: [
          {
            publisher: {
              zh: "Our World in Data（数据来自国际电信联盟，经世界银行 WDI）",
              en: "Our World in Data (data: ITU via World Bank WDI)",
            },
            title:
              'OWID grapher "Share of the population using the Internet", unmodified CSV export (OWID download date not recorded; commit of 2025-09-27 suggests a mid-2025 vintage)',
            url: "https://ourworldindata.org/grapher/share-of-individuals-using-the-internet",
            repository: "riquelmyhsilva/pandas",
            path: "share-of-individuals-using-the-internet.csv",
            commit: "ebea75c8bae5bfb36bf2a1f508f4885367efc34c",
            rawFile: FILE,
            kind: "compilation",
          },
        ],
        caveats: [
          {
            zh: "汇总行（世界、世行地区、收入组、欧盟）由 OWID 提供，标记为 estimate，note 列注明 OWID 原名称；它们不是世界银行自己的汇总序列，未与世行汇总核对。",
            en: "Aggregate rows (World, WB regions, income groups, EU) come from OWID; they carry status 'estimate' and OWID's entity name in the note. They are not the World Bank's own aggregate series and were not checked against them.",
          },
          {
            zh: "OWID 的“Middle East and North Africa (WB)”和“South Asia (WB)”沿用世界银行2025年7月以前的划分（阿富汗、巴基斯坦属南亚），以 MEA-FY25、SAS-FY25 表示，不能与现行 MEA、SAS 汇总直接比较。",
            en: "OWID's 'Middle East and North Africa (WB)' and 'South Asia (WB)' use the WB membership before July 2025 (Afghanistan and Pakistan in South Asia); they are published as MEA-FY25 and SAS-FY25 and are not comparable with the current MEA and SAS aggregates.",
          },
          {
            zh: "部分国家早期年份为0。最后一年为2023年，仅约60个国家有值；多数国家止于2021或2022年。",
            en: "Early years are zeros for some countries. The last year, 2023, has values for about 60 coded economies; most end in 2021 or 2022.",
          },
          {
            zh: "代码：OWID_KOS 记为 XKX（科索沃），OWID_WRL 记为 WLD（世界），无代码的“Faeroe Islands”记为 FRO；其余为 ISO alpha-3。",
            en: "Codes: OWID_KOS is published as XKX (Kosovo), OWID_WRL as WLD (World), and the uncoded 'Faeroe Islands' as FRO; all others are ISO alpha-3 as in the file.",
          },
        ],
        keywords: ["ITU", "OWID", "IT.NET.USER.ZS", "internet use", "互联网普及率", "数字鸿沟"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
