/**
 * @module `mobile-payments`: PBoC payment-system points — bank mobile payments (transactions and value) for 2016
 * (full year), 2021-Q2, 2022-Q1 and 2023-Q4, and non-bank online payments for 2023-Q4. Not a series. Source:
 * `china/added-2026-12/pboc_mobile_payments_points.csv` (reposts of the PBoC releases, with quoted text per row).
 */
import type { DatasetMeta } from "../../schemas";
import { rawNumber } from "../lib/raw";
import { ADDED, DECEMBER_RELEASE } from "./added-2026-12";
import { type Converter, type DataRow, officialLicence } from "./converter";

const FILE = `${ADDED}/pboc_mobile_payments_points.csv`;

/** Raw indicator → the raw unit text its rows must carry (measure ids are the raw ones). */
const UNITS: Readonly<Record<string, string>> = {
  bank_mobile_payment_transactions: "100 million transactions (亿笔)",
  bank_mobile_payment_value: "trillion yuan (万亿元)",
  nonbank_online_payment_transactions: "100 million transactions (亿笔)",
  nonbank_online_payment_value: "trillion yuan (万亿元)",
};

/** Raw period_type → the period form it must have. */
const PERIOD_FORMS: Readonly<Record<string, RegExp>> = { full_year: /^\d{4}$/, quarter: /^\d{4}-Q[1-4]$/ };

const PBOC = { zh: "中国人民银行", en: "People's Bank of China (PBoC)" } as const;

const FLOW = {
  zh: "期间流量：年份行为全年，季度行为该季度（不是年初至季末累计）。",
  en: "A flow over the period: a year row is the full year, a quarter row that quarter (not year to date).",
};

/** The dataset's metadata, kept apart from the rows (the `truth` branch moves it into a data file). */
const META: DatasetMeta = {
  id: "mobile-payments",
  title: { zh: "移动支付业务（人民银行，零散数据点）", en: "Mobile payments (PBoC, scattered points)" },
  description: {
    zh: "中国人民银行支付体系运行总体情况中的银行移动支付业务笔数和金额：2016年全年、2021年第二季度、2022年第一季度、2023年第四季度；以及2023年第四季度非银行支付机构网络支付业务。均为转载页面所引，不构成序列。",
    en: "Bank mobile payments (transactions and value) from the PBoC's payment-system reports: full year 2016, 2021-Q2, 2022-Q1 and 2023-Q4; and non-bank payment institutions' online payments in 2023-Q4. All as quoted by reposts; they do not form a series.",
  },
  themes: ["circulation", "platforms", "digital-economy"],
  kind: "observations",
  measures: [
    {
      id: "bank_mobile_payment_transactions",
      title: { zh: "银行移动支付业务笔数", en: "Bank mobile payments, transactions" },
      unit: { zh: "亿笔", en: "100 million transactions" },
      definition: {
        zh: `银行业金融机构处理的、客户通过移动设备发起的支付。${FLOW.zh}`,
        en: `Payments initiated by bank customers via mobile devices, processed by banks. ${FLOW.en}`,
      },
      decimals: 2,
    },
    {
      id: "bank_mobile_payment_value",
      title: { zh: "银行移动支付业务金额", en: "Bank mobile payments, value" },
      unit: { zh: "万亿元", en: "trillion yuan" },
      definition: {
        zh: `银行业金融机构处理的、客户通过移动设备发起的支付金额。${FLOW.zh}`,
        en: `Value of payments initiated by bank customers via mobile devices, processed by banks. ${FLOW.en}`,
      },
      decimals: 2,
    },
    {
      id: "nonbank_online_payment_transactions",
      title: { zh: "非银行支付机构网络支付业务笔数", en: "Non-bank online payments, transactions" },
      unit: { zh: "亿笔", en: "100 million transactions" },
      definition: {
        zh: `非银行支付机构（如支付宝、财付通）处理的网络支付业务，与银行移动支付分开统计。${FLOW.zh}`,
        en: `Online payments processed by non-bank payment institutions (e.g. Alipay, Tenpay), counted apart from bank mobile payments. ${FLOW.en}`,
      },
      decimals: 2,
    },
    {
      id: "nonbank_online_payment_value",
      title: { zh: "非银行支付机构网络支付业务金额", en: "Non-bank online payments, value" },
      unit: { zh: "万亿元", en: "trillion yuan" },
      definition: {
        zh: `非银行支付机构处理的网络支付业务金额。${FLOW.zh}`,
        en: `Value of online payments processed by non-bank payment institutions. ${FLOW.en}`,
      },
      decimals: 2,
    },
  ],
  licence: officialLicence({ zh: "来源：中国人民银行", en: "Source: People's Bank of China" }),
  sources: [
    {
      publisher: PBOC,
      title:
        "中国人民银行 支付体系运行总体情况 / 支付业务统计数据, as quoted by reposts (journal excerpt, 人民日报 repost, news repost, 移动支付网 copy); the page address and quoted text are in each row",
      rawFile: FILE,
      kind: "official-repost",
    },
  ],
  caveats: [
    {
      zh: "不是序列：年度与季度流量混在一起，期间不连续。2017—2024年的年度数据未找到带网址的来源（见过一份2021年全年转载：1512.28亿笔、526.98万亿元，但无页面地址，未收录）。",
      en: "Not a series: annual and quarterly flows are mixed, and the periods are not consecutive. Annual 2017–2024 figures were not found with a page address (a 2021 annual repost — 1,512.28 亿 transactions, 526.98 trillion yuan — was seen without an address and not used).",
    },
    {
      zh: "“移动支付业务”指银行客户通过移动设备发起的支付（银行端）；支付宝、微信等非银行网络支付另行统计，两者不可相加。",
      en: "'Mobile payments' are payments initiated by bank customers via mobile devices (bank side); non-bank online payments (Alipay, WeChat Pay) are counted separately, and the two must not be added.",
    },
    {
      zh: "全部数值来自转载（期刊摘录、新闻转载、行业网站），不是人民银行原文，行标记 secondary。2022年第一季度的来源写作“一季度末”，但数值是该季度流量。",
      en: "Every value comes from a repost (journal excerpt, news reposts, an industry site), not the PBoC's own page: rows are flagged secondary. The 2022-Q1 source says 一季度末 (end of Q1) but the figures are Q1 flows.",
    },
  ],
  keywords: ["移动支付", "mobile payments", "网络支付", "支付宝", "digital payments", "PBoC"],
};

/** Converter of the PBoC mobile-payment points. */
export const mobilePayments: Converter = {
  id: META.id,
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `pboc_mobile_payments_points.csv row ${i + 2}`;
      const measure = r.indicator ?? "";
      if (UNITS[measure] === undefined || UNITS[measure] !== r.unit)
        throw new Error(`${where}: unexpected indicator ${measure} in unit "${r.unit}"`);
      if (r.iso_3166_1 !== "CN") throw new Error(`${where}: unexpected region ${r.iso_3166_1}`);
      if (!PERIOD_FORMS[r.period_type ?? ""]?.test(r.period ?? ""))
        throw new Error(`${where}: period ${r.period} is not a ${r.period_type}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: "CN", period: r.period, measure, value, status: "secondary", note: r.note || undefined, source: r.source_url };
    });
    return { meta: META, versions: [{ meta: DECEMBER_RELEASE, rows }] };
  },
};
