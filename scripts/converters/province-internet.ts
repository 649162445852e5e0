/**
 * @module `province-internet`: CNNIC's provincial netizens, internet penetration and growth of netizens, December of
 * 2007–2016 (plus four transcribed 2003 penetration points and the national rows the table prints for 2011–2016).
 * Source: `china/province_internet_cnnic.csv` (CNNIC's table keyed into CSV by a third party; value per row).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import { CNNIC, type Converter, type DataRow, FIRST_RELEASE, officialLicence } from "./converter";

const FILE = "china/province_internet_cnnic.csv";

/** Raw measure and its unit text → published measure. */
const MEASURES: Record<string, readonly [measure: string, rawUnit: string]> = {
  internet_users: ["internet_users", "10,000 persons (万人)"],
  internet_penetration: ["internet_penetration_pct", "percent of population"],
  internet_users_growth: ["internet_users_growth_pct", "percent, change on previous December"],
};

/** Converter of CNNIC's provincial internet table. */
export const provinceInternet: Converter = {
  id: "province-internet",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_internet_cnnic.csv row ${i + 2}`;
      const [measure, rawUnit] = MEASURES[r.measure ?? ""] ?? [];
      if (!measure || rawUnit !== r.unit) throw new Error(`${where}: unexpected measure ${r.measure} in unit "${r.unit}"`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const region = r.iso_3166_2 === "CN" ? "CN" : checkedProvince(codes, r.iso_3166_2, where);
      const note = [r.note, r.crosscheck && `cross-check: ${r.crosscheck}`].filter(Boolean).join("; ");
      return { region, period: r.period, measure, value, note: note || undefined, source: (r.source ?? "").replace(/^page /, "") };
    });
    return {
      meta: {
        id: "province-internet",
        title: { zh: "分省网民规模及互联网普及率（CNNIC）", en: "Internet users and penetration by province (CNNIC)" },
        description: {
          zh: "中国互联网络信息中心《中国互联网络发展状况统计报告》“分省网民规模及互联网普及率”表：31个省级行政区网民数、互联网普及率和网民规模增速，2007—2016年各年12月；另有2003年底4个省市的普及率，以及表中2011—2016年的全国行。",
          en: "CNNIC's provincial table 'netizens and internet penetration by province' from its Statistical Reports on Internet Development: internet users, penetration and growth of users for the 31 provincial-level divisions, December 2007 to December 2016; plus 2003 year-end penetration for four provinces and the national rows the table prints for 2011–2016.",
        },
        themes: ["digital-divide"],
        kind: "observations",
        measures: [
          {
            id: "internet_users",
            title: { zh: "网民数", en: "Internet users" },
            unit: { zh: "万人", en: "10,000 persons" },
            definition: { zh: "截至当年12月的网民人数（CNNIC 口径）。", en: "Internet users at the end of December (CNNIC definition)." },
            decimals: 0,
          },
          {
            id: "internet_penetration_pct",
            title: { zh: "互联网普及率", en: "Internet penetration" },
            unit: { zh: "%", en: "%" },
            definition: {
              zh: "网民占人口的比例；分母为 CNNIC 自己的人口估计，不是国家统计局年末常住人口。",
              en: "Internet users as a share of the population; the denominator is CNNIC's own population estimate, not the NBS year-end resident population.",
            },
            decimals: 1,
          },
          {
            id: "internet_users_growth_pct",
            title: { zh: "网民规模增速", en: "Growth of internet users" },
            unit: { zh: "%（比上年12月）", en: "% change on the previous December" },
            definition: {
              zh: "网民数比上年12月的增长率（2007年无）。",
              en: "Change in internet users on the previous December (none for 2007).",
            },
            decimals: 1,
          },
        ],
        licence: officialLicence({ zh: "来源：中国互联网络信息中心", en: "Source: China Internet Network Information Center (CNNIC)" }),
        sources: [
          {
            publisher: CNNIC,
            title:
              "中国互联网络发展状况统计报告, 分省网民规模及互联网普及率 (2007–2016), keyed into CSV for a university R course: 各省历年网民规模/YYYY年网民规模.csv",
            repository: "OneRaise5385/R_notes",
            path: "R_homework/各省历年网民规模/",
            commit: "121aa263d6e9180dd4374e6d0a19222f40eba1d4",
            rawFile: FILE,
            kind: "official-repost",
          },
          {
            publisher: CNNIC,
            title: "CNNIC 13th report (Jan 2004) as reported in English (china.org.cn article, mirrored): 2003 penetration",
            url: "http://ccgp-fushun.com/english/scitech/92934.htm",
            rawFile: FILE,
            kind: "official-repost",
          },
        ],
        caveats: [
          {
            zh: "二手转录：分省表由第三方录入 CSV，不是 CNNIC 的下载文件。与另一独立副本（214/217一致，3处差异为该副本的抄录错误）、国家统计局2016年数据（31省一致）及多个引用 CNNIC 的网页核对无误，但仍应以 CNNIC 报告 PDF 为准。",
            en: "Secondary copy: the provincial table was keyed into CSV by a third party; it is not a CNNIC download. It agrees with an independent copy (214 of 217; the 3 differences are copy errors in that copy), with the NBS 2016 figures (all 31) and with stored pages quoting CNNIC, but verify against the CNNIC report PDFs before relying on one figure.",
          },
          {
            zh: "期别为推断：表中全国行等于 CNNIC 各年12月总数，故各文件年份按“截至当年12月”处理。",
            en: "The period is inferred: the national rows equal CNNIC's December totals, so each file year is read as December of that year.",
          },
          {
            zh: "CNNIC 普及率的分母是其自己的人口估计（网民数÷普及率约为国家统计局年末常住人口的0.91—1.10倍）；不要用国家统计局人口重新计算普及率并与本序列混用。",
            en: "CNNIC's penetration uses its own population estimates (users ÷ penetration is 0.91–1.10 × the NBS year-end resident population); do not recompute penetration with NBS population and mix the two.",
          },
          {
            zh: "2016年12月以后未找到 CNNIC 分省表；各省自行公布的数字口径不同、不可比，未收录。2004—2006年也未找到。",
            en: "No CNNIC provincial table after December 2016 was found; figures announced by provincial authorities are on another basis and not comparable, so none was used. 2004–2006 were not found either.",
          },
          {
            zh: "全国行（CN）只在2011—2016年的表中印出，按原样收录，不是本项目计算的合计。",
            en: "National rows (CN) are printed in the table only for 2011–2016 and are kept as printed, not summed here.",
          },
        ],
        keywords: ["CNNIC", "网民", "互联网普及率", "数字鸿沟", "digital divide", "province"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
