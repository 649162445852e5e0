/**
 * @module `internet-users-age`: CNNIC age-structure points — users aged 60+ and their penetration (2021-12), and the
 * shares of users aged 50+ (2020-03, 2020-12) and 20–49 by band (2020-12). Not a series. Source:
 * `china/added-2026-12/cnnic_internet_users_age_points.csv` (reposts of the CNNIC reports, quoted text per row).
 */
import type { DatasetMeta } from "../../schemas";
import { rawNumber } from "../lib/raw";
import { ADDED, DECEMBER_RELEASE } from "./added-2026-12";
import { CNNIC, type Converter, type DataRow, officialLicence } from "./converter";

const FILE = `${ADDED}/cnnic_internet_users_age_points.csv`;

/** Raw indicator → published measure and the raw unit text its rows must carry. */
const MEASURES: Readonly<Record<string, readonly [measure: string, rawUnit: string]>> = {
  internet_users_aged_60_plus: ["internet_users_aged_60_plus", "100 million persons (亿人)"],
  internet_penetration_aged_60_plus: ["internet_penetration_aged_60_plus_pct", "% of population aged 60+"],
  share_of_internet_users_aged_50_plus: ["share_of_users_aged_50_plus_pct", "% of internet users"],
  share_of_internet_users_aged_20_29: ["share_of_users_aged_20_29_pct", "% of internet users"],
  share_of_internet_users_aged_30_39: ["share_of_users_aged_30_39_pct", "% of internet users"],
  share_of_internet_users_aged_40_49: ["share_of_users_aged_40_49_pct", "% of internet users"],
};

const SHARE_OF_USERS = { zh: "%（占网民）", en: "% of internet users" };
const LOW_AUTHORITY = {
  zh: "来自问答网站对第47次报告的转述（低可信度）。",
  en: "From a Q&A site's paraphrase of the 47th report (low authority).",
};

/** The dataset's metadata, kept apart from the rows (the `truth` branch moves it into a data file). */
const META: DatasetMeta = {
  id: "internet-users-age",
  title: {
    zh: "老年网民与网民年龄结构（CNNIC，零散数据点）",
    en: "Older internet users and the age structure of users (CNNIC, scattered points)",
  },
  description: {
    zh: "中国互联网络信息中心报告中的年龄结构数据点：2021年12月60岁及以上网民规模（1.19亿）及其互联网普及率（43.2%）；2020年3月和12月50岁及以上网民占比，2020年12月20—29、30—39、40—49岁网民占比。均为转载，不构成序列。",
    en: "Age-structure points from CNNIC's reports: users aged 60 and over in December 2021 (119 million) and their internet penetration (43.2 %); the share of users aged 50+ in March and December 2020, and of users aged 20–29, 30–39 and 40–49 in December 2020. All from reposts; they do not form a series.",
  },
  themes: ["digital-divide"],
  kind: "observations",
  measures: [
    {
      id: "internet_users_aged_60_plus",
      title: { zh: "60岁及以上网民规模", en: "Internet users aged 60 and over" },
      unit: { zh: "亿人", en: "100 million persons" },
      definition: { zh: "截至当期末（CNNIC 口径）。", en: "At the end of the period (CNNIC definition)." },
      decimals: 2,
    },
    {
      id: "internet_penetration_aged_60_plus_pct",
      title: { zh: "60岁及以上人口互联网普及率", en: "Internet penetration among people aged 60 and over" },
      unit: { zh: "%（占60岁及以上人口）", en: "% of the population aged 60+" },
      definition: {
        zh: "60岁及以上网民占60岁及以上人口的比例；分母为 CNNIC 自己的人口估计。",
        en: "Users aged 60+ as a share of the population aged 60+; the denominator is CNNIC's own estimate.",
      },
      decimals: 1,
    },
    {
      id: "share_of_users_aged_50_plus_pct",
      title: { zh: "50岁及以上网民占比", en: "Share of internet users aged 50 and over" },
      unit: SHARE_OF_USERS,
      definition: {
        zh: `50岁及以上网民占全部网民的比例（不是60岁及以上）。${LOW_AUTHORITY.zh}`,
        en: `Users aged 50+ as a share of all users (not 60+). ${LOW_AUTHORITY.en}`,
      },
      decimals: 1,
    },
    {
      id: "share_of_users_aged_20_29_pct",
      title: { zh: "20—29岁网民占比", en: "Share of internet users aged 20–29" },
      unit: SHARE_OF_USERS,
      definition: { zh: `占全部网民的比例。${LOW_AUTHORITY.zh}`, en: `As a share of all users. ${LOW_AUTHORITY.en}` },
      decimals: 1,
    },
    {
      id: "share_of_users_aged_30_39_pct",
      title: { zh: "30—39岁网民占比", en: "Share of internet users aged 30–39" },
      unit: SHARE_OF_USERS,
      definition: { zh: `占全部网民的比例。${LOW_AUTHORITY.zh}`, en: `As a share of all users. ${LOW_AUTHORITY.en}` },
      decimals: 1,
    },
    {
      id: "share_of_users_aged_40_49_pct",
      title: { zh: "40—49岁网民占比", en: "Share of internet users aged 40–49" },
      unit: SHARE_OF_USERS,
      definition: { zh: `占全部网民的比例。${LOW_AUTHORITY.zh}`, en: `As a share of all users. ${LOW_AUTHORITY.en}` },
      decimals: 1,
    },
  ],
  licence: officialLicence({ zh: "来源：中国互联网络信息中心", en: "Source: China Internet Network Information Center (CNNIC)" }),
  sources: [
    {
      publisher: CNNIC,
      title:
        "第49次《中国互联网络发展状况统计报告》(2022-02), 60+ figures as reported by 中国新闻网 (中新社, 刘育英, 2022-02-25), mirror; corroborated by finding.com.cn",
      url: "http://k5l077.cn/cf/2022/0225/18148.html",
      rawFile: FILE,
      kind: "official-repost",
    },
    {
      publisher: CNNIC,
      title: "第47次《中国互联网络发展状况统计报告》(2021-02), age shares as paraphrased by a Q&A page (uibq.com, LOW AUTHORITY)",
      url: "https://uibq.com/ask/497306GLMK0D3Oo",
      rawFile: FILE,
      kind: "official-repost",
    },
  ],
  caveats: [
    {
      zh: "不是序列：没有找到逐期的60岁及以上网民占比。2020年12月的值是50岁及以上，不是60岁及以上，不能与2021年12月的60岁及以上数据连成趋势。",
      en: "Not a series: no per-report share of users aged 60+ was found. The December 2020 value is for 50+, not 60+, and cannot be joined with the December 2021 60+ figures into a trend.",
    },
    {
      zh: "2020年的年龄占比来自问答网站对第47次报告的转述，可信度低；2021年的60岁及以上数据来自中新社稿件的镜像，并有 finding.com.cn 佐证。全部行标记 secondary。",
      en: "The 2020 age shares come from a Q&A site's paraphrase of the 47th report (low authority); the 2021 60+ figures from a mirror of a 中新社 story, corroborated by finding.com.cn. All rows are flagged secondary.",
    },
    {
      zh: "CNNIC 普及率的分母是其自己的人口估计，不是国家统计局人口。",
      en: "CNNIC penetration uses its own population estimates, not NBS population.",
    },
  ],
  keywords: ["老年网民", "older internet users", "60岁及以上", "aged 60+", "数字鸿沟", "digital divide", "CNNIC"],
};

/** Converter of the CNNIC age-structure points. */
export const internetUsersAge: Converter = {
  id: META.id,
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `cnnic_internet_users_age_points.csv row ${i + 2}`;
      const [measure, rawUnit] = MEASURES[r.indicator ?? ""] ?? [];
      if (!measure || rawUnit !== r.unit) throw new Error(`${where}: unexpected indicator ${r.indicator} in unit "${r.unit}"`);
      if (r.iso_3166_1 !== "CN") throw new Error(`${where}: unexpected region ${r.iso_3166_1}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: "CN", period: r.period, measure, value, status: "secondary", note: r.note || undefined, source: r.source_url };
    });
    return { meta: META, versions: [{ meta: DECEMBER_RELEASE, rows }] };
  },
};
