/**
 * @module `online-retail`: national online retail sales, online retail sales of physical goods and their share of
 * total retail sales of consumer goods, for the years and half-years found (2018-H1 to 2023).
 * Source: `china/online_retail_sales.csv` (transcribed from stored pages; quote and URL per row).
 */
import type { ObservationStatus } from "../../schemas";
import { shiftDecimal } from "../lib/decimal";
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, NBS } from "./converter";

const FILE = "china/online_retail_sales.csv";

/**
 * The sources print some amounts in 万亿元 and others in 亿元. Everything is published in 亿元: a 万亿元 value is
 * multiplied by exactly 10^4 by moving its decimal point (1 万亿 = 10^4 亿), and marked `rounded` because the
 * source gave it only to 0.01 万亿 (100 亿).
 */
const TO_YI_YUAN: Record<string, number> = { "100 million yuan": 0, "trillion yuan": 4 };

/** Amount columns with their unit column, and plain columns, → measure. */
const AMOUNTS = [
  ["online_retail_sales", "online_retail_sales_unit", "online_retail_sales"],
  ["physical_goods_online_retail", "physical_goods_online_retail_unit", "physical_goods_online_sales"],
] as const;
const PLAIN = [
  ["online_retail_growth_pct", "online_retail_growth_pct"],
  ["physical_goods_growth_pct", "physical_goods_growth_pct"],
  ["physical_goods_share_of_total_retail_pct", "physical_goods_share_pct"],
  ["total_retail_sales_consumer_goods_100m_yuan", "total_retail_sales"],
] as const;

/** Converter of the online retail series. */
export const onlineRetail: Converter = {
  id: "online-retail",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = [];
    raw.csv(FILE).forEach((r, i) => {
      const where = `online_retail_sales.csv row ${i + 2}`;
      const period = r.period ?? "";
      const base = { region: "CN", period, source: r.source_urls };
      for (const [column, unitColumn, measure] of AMOUNTS) {
        const text = r[column] ?? "";
        if (text === "") continue;
        const shift = TO_YI_YUAN[r[unitColumn] ?? ""];
        if (shift === undefined) throw new Error(`${where}: unknown unit "${r[unitColumn]}" in ${unitColumn}`);
        const value = shift === 0 ? rawNumber(text, `${where} ${column}`) : shiftDecimal(text, shift);
        const status: ObservationStatus | undefined = shift === 0 ? undefined : "rounded";
        const converted = shift === 0 ? "" : `source prints ${text} 万亿元 (trillion yuan); × 10^4 to 亿元`;
        rows.push({ ...base, measure, value, status, note: [converted, r.note].filter(Boolean).join("; ") || undefined });
      }
      for (const [column, measure] of PLAIN) {
        const value = rawNumber(r[column], `${where} ${column}`);
        if (value === undefined) continue;
        rows.push({ ...base, measure, value, note: r.note || undefined });
      }
    });
    const yiYuan = { zh: "亿元", en: "100 million yuan" };
    return {
      meta: {
        id: "online-retail",
        title: { zh: "全国网上零售额", en: "Online retail sales in China" },
        description: {
          zh: "全国网上零售额、实物商品网上零售额及其占社会消费品零售总额的比重和增速，已找到的年度（2020—2023年）和半年度（2018、2020、2023年上半年）数值。来自国家统计局月度零售数据和商务部发布（经转载页面），逐行注明网址。",
          en: "National online retail sales, online retail sales of physical goods, their share of total retail sales of consumer goods and their growth, for the years (2020–2023) and half-years (H1 2018, 2020, 2023) found. From NBS monthly retail releases and MOFCOM statements as reposted by stored pages; URL per row.",
        },
        themes: ["circulation"],
        kind: "observations",
        measures: [
          {
            id: "online_retail_sales",
            title: { zh: "全国网上零售额", en: "Online retail sales" },
            unit: yiYuan,
            definition: {
              zh: "通过公共网络交易平台实现的商品和服务零售额（含服务类）。以万亿元发布的数值已精确换算为亿元（×10⁴）并标记 rounded。",
              en: "Retail sales of goods and services through online platforms (services included). Values published in 万亿元 are converted exactly to 亿元 (× 10⁴) and marked 'rounded'.",
            },
          },
          {
            id: "physical_goods_online_sales",
            title: { zh: "实物商品网上零售额", en: "Online retail sales of physical goods" },
            unit: yiYuan,
            definition: {
              zh: "网上零售额中的实物商品部分；以万亿元发布的数值已精确换算为亿元（×10⁴）并标记 rounded。",
              en: "The physical-goods part of online retail sales; values published in 万亿元 are converted exactly to 亿元 (× 10⁴) and marked 'rounded'.",
            },
          },
          {
            id: "physical_goods_share_pct",
            title: {
              zh: "实物商品网上零售额占社会消费品零售总额比重",
              en: "Physical goods online as a share of total retail sales of consumer goods",
            },
            unit: { zh: "%", en: "%" },
            definition: { zh: "按来源所印数值。", en: "As printed by the source." },
            decimals: 1,
          },
          {
            id: "online_retail_growth_pct",
            title: { zh: "网上零售额同比增长", en: "Online retail sales, growth on a year earlier" },
            unit: { zh: "%", en: "%" },
            definition: { zh: "比上年同期增长（名义）。", en: "Change on the same period a year earlier (nominal)." },
            decimals: 1,
          },
          {
            id: "physical_goods_growth_pct",
            title: { zh: "实物商品网上零售额同比增长", en: "Physical goods online, growth on a year earlier" },
            unit: { zh: "%", en: "%" },
            definition: { zh: "比上年同期增长（名义）。", en: "Change on the same period a year earlier (nominal)." },
            decimals: 1,
          },
          {
            id: "total_retail_sales",
            title: { zh: "社会消费品零售总额", en: "Total retail sales of consumer goods" },
            unit: yiYuan,
            definition: {
              zh: "只收录与网上零售额同一发布中给出的年份（2021、2023年）。",
              en: "Only for the years given in the same release as online sales (2021, 2023).",
            },
            decimals: 0,
          },
        ],
        licence: {
          id: "attribution-required",
          title: "Official statistics (NBS, MOFCOM); reuse with attribution (no open licence stated)",
          attribution: {
            zh: "来源：国家统计局、商务部",
            en: "Sources: National Bureau of Statistics of China; Ministry of Commerce of China",
          },
        },
        sources: [
          {
            publisher: NBS,
            title: "NBS monthly retail releases (2018-H1, 2021, 2023), as reposted by mirror sites; URL per row",
            rawFile: FILE,
            kind: "official-repost",
          },
          {
            publisher: { zh: "商务部（引用国家统计局）", en: "Ministry of Commerce of China (MOFCOM), citing NBS" },
            title: "MOFCOM press conferences and statements (2020-H1, 2022, 2023-H1), as reported by news pages; URL per row",
            rawFile: FILE,
            kind: "official-repost",
          },
          {
            publisher: { zh: "智研咨询（引用国家统计局）", en: "智研咨询 (private consultancy), citing NBS" },
            title: "Consultancy summary citing NBS figures for 2020, via 同花顺 repost",
            url: "http://www.shengxi.vip/u/?a=t.10jqka.com.cn%2Fpid_182543138.shtml",
            rawFile: FILE,
            kind: "compilation",
          },
        ],
        caveats: [
          {
            zh: "覆盖有缺口：缺2014—2019年和2024年的全年值；半年度只有2018、2020、2023年上半年。",
            en: "Coverage has gaps: annual 2014–2019 and 2024 are missing; half-years only for H1 2018, 2020 and 2023.",
          },
          {
            zh: "来源混用亿元和万亿元；本数据集统一以亿元发布，万亿元数值按10⁴精确换算（移动小数点，不重新录入数字），标记为 rounded，note 写明来源原值。",
            en: "The sources mix 亿元 and 万亿元; this dataset publishes everything in 亿元, converting 万亿元 values by exactly 10⁴ (moving the decimal point, never retyping), marked 'rounded' with the source value in the note.",
          },
          {
            zh: "2020年数值来自引用国家统计局的咨询机构摘要（二手来源）。2021年和2023年经核对：108042÷440823=24.5%，130174÷471495=27.6%，与公布比重一致。",
            en: "2020 comes from a consultancy summary citing NBS (secondary). Checked: 108042 / 440823 = 24.5% for 2021 and 130174 / 471495 = 27.6% for 2023, matching the published shares.",
          },
        ],
        keywords: ["网上零售额", "online retail", "电子商务", "e-commerce", "流通"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
