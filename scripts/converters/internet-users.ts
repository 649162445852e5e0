/**
 * @module `internet-users`: China's internet users and penetration from CNNIC's half-yearly reports.
 * Source: `china/cnnic_internet_users.csv` (one row per report period, values transcribed from stored pages).
 */
import type { ObservationStatus } from "../../schemas";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

/** Raw column → published measure. */
const COLUMNS = {
  internet_users_million: "internet_users",
  penetration_pct: "penetration_pct",
  rural_users_million: "rural_users",
  rural_penetration_pct: "rural_penetration_pct",
  urban_penetration_pct: "urban_penetration_pct",
  rural_share_of_users_pct: "rural_share_of_users_pct",
} as const;

/**
 * Values the source printed rounded or truncated, as listed in the caveats of `china/SOURCES.md`
 * ("Some values are rounded in the source: 2007-12 16%, 2009-12 rural 15%, 2010-12 34%, 2016 rural share ≈27%";
 * "2022-12 users appear as '1.06 billion'").
 */
const ROUNDED: ReadonlyArray<readonly [period: string, measure: string]> = [
  ["2007-12", "penetration_pct"],
  ["2009-12", "rural_penetration_pct"],
  ["2010-12", "penetration_pct"],
  ["2016-06", "rural_share_of_users_pct"],
  ["2016-12", "rural_share_of_users_pct"],
  ["2022-12", "internet_users"],
];

/** Converter of the CNNIC national internet-user series. */
export const internetUsers: Converter = {
  id: "internet-users",
  rawFiles: ["china/cnnic_internet_users.csv"],
  convert(raw) {
    const rows: DataRow[] = [];
    raw.csv("china/cnnic_internet_users.csv").forEach((r, i) => {
      for (const [column, measure] of Object.entries(COLUMNS)) {
        const value = rawNumber(r[column], `cnnic_internet_users.csv row ${i + 2} ${column}`);
        if (value === undefined) continue;
        const rounded = ROUNDED.some(([p, m]) => p === r.period && m === measure);
        const status: ObservationStatus | undefined = rounded ? "rounded" : undefined;
        const note = [`CNNIC ${r.cnnic_report} report`, r.note].filter(Boolean).join("; ");
        rows.push({ region: "CN", period: r.period, measure, value, status, note, source: r.source_urls });
      }
    });
    return {
      meta: {
        id: "internet-users",
        title: { zh: "中国网民规模与互联网普及率", en: "Internet users and penetration in China" },
        description: {
          zh: "中国互联网络信息中心（CNNIC）《中国互联网络发展状况统计报告》各期公布的全国网民规模、互联网普及率，以及城镇、农村普及率和农村网民规模（2007年6月至2024年12月，半年一期，部分期缺失）。",
          en: "National internet users and penetration, with urban and rural penetration and rural users, as published in CNNIC's half-yearly Statistical Reports on Internet Development in China (June 2007 to December 2024; some periods missing).",
        },
        themes: ["digital-divide"],
        kind: "observations",
        measures: [
          {
            id: "internet_users",
            title: { zh: "网民规模", en: "Internet users" },
            unit: { zh: "百万人", en: "million persons" },
            definition: {
              zh: "报告期末的网民人数（CNNIC 口径）。",
              en: "Internet users at the end of the report period (CNNIC definition).",
            },
          },
          {
            id: "penetration_pct",
            title: { zh: "互联网普及率", en: "Internet penetration" },
            unit: { zh: "%", en: "%" },
            definition: { zh: "网民占总人口的比例。", en: "Internet users as a share of the population." },
            decimals: 1,
          },
          {
            id: "rural_users",
            title: { zh: "农村网民规模", en: "Rural internet users" },
            unit: { zh: "百万人", en: "million persons" },
            definition: {
              zh: "报告期末农村地区的网民人数（CNNIC 口径，农村定义随报告变化）。",
              en: "Internet users in rural areas at the end of the report period (CNNIC definition; the rural definition changes between reports).",
            },
          },
          {
            id: "rural_penetration_pct",
            title: { zh: "农村地区互联网普及率", en: "Rural internet penetration" },
            unit: { zh: "%", en: "%" },
            definition: {
              zh: "农村网民占农村人口的比例（CNNIC 口径）。",
              en: "Rural internet users as a share of the rural population (CNNIC definition).",
            },
            decimals: 1,
          },
          {
            id: "urban_penetration_pct",
            title: { zh: "城镇地区互联网普及率", en: "Urban internet penetration" },
            unit: { zh: "%", en: "%" },
            definition: {
              zh: "城镇网民占城镇人口的比例（CNNIC 口径）。",
              en: "Urban internet users as a share of the urban population (CNNIC definition).",
            },
            decimals: 1,
          },
          {
            id: "rural_share_of_users_pct",
            title: { zh: "农村网民占比", en: "Rural share of internet users" },
            unit: { zh: "%", en: "%" },
            definition: { zh: "农村网民占全部网民的比例。", en: "Rural internet users as a share of all internet users." },
            decimals: 1,
          },
        ],
        licence: {
          id: "attribution-required",
          title: "Official statistics; reuse with attribution (no open licence stated)",
          attribution: { zh: "来源：中国互联网络信息中心（CNNIC）", en: "Source: China Internet Network Information Center (CNNIC)" },
        },
        sources: [
          {
            publisher: { zh: "中国互联网络信息中心", en: "China Internet Network Information Center (CNNIC)" },
            title: "中国互联网络发展状况统计报告 (20th–55th), as quoted by stored news pages and press releases; URLs per row",
            url: "https://www.cnnic.com.cn/",
            rawFile: "china/cnnic_internet_users.csv",
            kind: "official-repost",
          },
        ],
        caveats: [
          {
            zh: "数值转录自引用 CNNIC 报告的新闻页面或新闻稿，每行注明来源网址；部分为博客或转载，发布前应与 CNNIC 原报告核对。",
            en: "Values are transcribed from news pages and press releases quoting the CNNIC reports (URL per row); some are blogs or reposts. Check against the CNNIC reports before relying on a single figure.",
          },
          {
            zh: "部分数值在来源中为取整值（2007年12月16%、2009年12月农村15%、2010年12月34%、2016年农村网民占比约27%、2022年12月“10.6亿”），已标记为 rounded。",
            en: "Some values are rounded in the source (Dec 2007 16%, Dec 2009 rural 15%, Dec 2010 34%, 2016 rural share ≈27%, Dec 2022 '1.06 billion'); they carry status 'rounded'. The Dec 2022 increase of 35.49 million over Dec 2021 implies about 1,067 million.",
          },
          {
            zh: "CNNIC 的农村定义和权重在各期报告间有变化（如2021年6月农村普及率59.2%，2021年12月为57.6%），城乡序列仅供参考。",
            en: "CNNIC's rural definitions and weights change between reports (rural penetration 59.2% in Jun 2021 but 57.6% in Dec 2021): treat the urban/rural series as indicative.",
          },
          {
            zh: "缺失期：2010年6月、2011年6月、2011年12月、2012年6月、2014年6月、2015年12月、2017年6月；2020年无年中报告，以2020年3月（第45次报告）代替。",
            en: "Missing periods: 2010-06, 2011-06, 2011-12, 2012-06, 2014-06, 2015-12, 2017-06. There was no mid-2020 report; the 45th report covers March 2020.",
          },
        ],
        keywords: ["CNNIC", "网民", "互联网普及率", "digital divide", "数字鸿沟"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
