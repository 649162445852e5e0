/**
 * @module `platform-market-shares`: market shares of leading platforms in China — payments, online retail, mobile
 * shopping, food delivery, ride hailing, search — one measure per market, the platform in `category`. Almost all
 * are private estimates (consultancies, web-analytics panels), so every row has status `estimate`.
 * Sources: `china/platform_market_shares_pages.csv` and `china/platform_market_share_points.csv`.
 */
import type { Measure } from "../../schemas";
import { withFlags } from "../lib/flags";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const PAGES = "china/platform_market_shares_pages.csv";
const POINTS = "china/platform_market_share_points.csv";

const PCT = { zh: "%", en: "%" };

/** Raw market → published measure. */
const MARKETS: ReadonlyArray<readonly [market: string, measure: Measure]> = [
  [
    "third_party_mobile_payment",
    {
      id: "mobile_payment_share_pct",
      title: { zh: "第三方移动支付市场份额", en: "Third-party mobile payment, market share" },
      unit: PCT,
      definition: { zh: "按交易规模计（咨询机构估计）。", en: "By transaction value (consultancy estimates)." },
    },
  ],
  [
    "third_party_internet_payment_pc",
    {
      id: "internet_payment_pc_share_pct",
      title: { zh: "第三方互联网（PC）支付市场份额", en: "Third-party internet (PC) payment, market share" },
      unit: PCT,
      definition: { zh: "按交易规模计（易观估计）。", en: "By transaction value (Analysys estimate)." },
    },
  ],
  [
    "online_retail_B2C",
    {
      id: "b2c_online_retail_share_pct",
      title: { zh: "B2C 网络零售市场份额", en: "B2C online retail, market share" },
      unit: PCT,
      definition: {
        zh: "按交易规模计，含平台式和自营式 B2C，不含品牌电商（中国电子商务研究中心估计）。",
        en: "By transaction value, B2C incl. platform and self-operated, excl. brand e-commerce (China E-Business Research Center estimates).",
      },
    },
  ],
  [
    "mobile_shopping",
    {
      id: "mobile_shopping_share_pct",
      title: { zh: "移动购物市场份额", en: "Mobile shopping, market share" },
      unit: PCT,
      definition: {
        zh: "按交易规模计（中国电子商务研究中心估计）。",
        en: "By transaction value (China E-Business Research Center estimate).",
      },
    },
  ],
  [
    "online_food_delivery",
    {
      id: "food_delivery_share_pct",
      title: { zh: "在线外卖市场份额", en: "Online food delivery, market share" },
      unit: PCT,
      definition: { zh: "Trustdata 估计，计算基础未注明。", en: "Trustdata estimate; basis not stated in the page." },
    },
  ],
  [
    "ride_hailing_private_car",
    {
      id: "private_car_hailing_share_pct",
      title: { zh: "专车市场份额", en: "Private-car ride hailing, market share" },
      unit: PCT,
      definition: {
        zh: "CNNIC 研究，经滴滴新闻稿引用；计算基础未注明。",
        en: "CNNIC research as cited in a Didi press release; basis not stated.",
      },
    },
  ],
  [
    "ride_hailing",
    {
      id: "ride_hailing_share_pct",
      title: { zh: "网约车市场份额", en: "Ride hailing, market share" },
      unit: PCT,
      definition: { zh: "报纸给出的约数，未注明来源。", en: "A newspaper's round figure, source not given." },
    },
  ],
  [
    "search_engine_all_platforms",
    {
      id: "search_all_platforms_share_pct",
      title: { zh: "搜索引擎市场份额（全平台）", en: "Search engines, share (all platforms)" },
      unit: PCT,
      definition: {
        zh: "StatCounter：被引荐的页面浏览量份额（样本统计，非官方）。",
        en: "StatCounter: share of referred page views (web-analytics sample, not official).",
      },
    },
  ],
  [
    "search_engine_desktop",
    {
      id: "search_desktop_share_pct",
      title: { zh: "搜索引擎市场份额（桌面端）", en: "Search engines, share (desktop)" },
      unit: PCT,
      definition: { zh: "StatCounter：桌面端被引荐的页面浏览量份额。", en: "StatCounter: share of referred desktop page views." },
    },
  ],
  [
    "search_engine_usage",
    {
      id: "search_usage_share_pct",
      title: { zh: "搜索引擎使用份额（CNZZ）", en: "Search engines, usage share (CNZZ)" },
      unit: PCT,
      definition: { zh: "CNZZ 站长统计的使用率。", en: "Usage rate measured by CNZZ site analytics." },
    },
  ],
];

const ONLINE_RETAIL: Measure = {
  id: "online_retail_share_pct",
  title: { zh: "全国网络零售额中的平台份额", en: "Share of national online retail sales" },
  unit: PCT,
  definition: {
    zh: "分母为咨询机构所用的全国网络零售额（智研咨询估计）。",
    en: "Denominator: national online retail sales as used by the consultancy (智研咨询 estimate).",
  },
};
const ONLINE_RETAIL_CHANGE: Measure = {
  id: "online_retail_share_change_pp",
  title: { zh: "全国网络零售额份额比上年变化", en: "Share of national online retail sales, change on the previous year" },
  unit: { zh: "百分点", en: "percentage points" },
  definition: { zh: "智研咨询估计。", en: "智研咨询 estimate." },
};

/** Market periods as the pages print them → schema periods (2014Q3 → 2014-Q3, 2015H1 → 2015-H1). */
function periodOf(text: string, where: string): { period: string; note?: string } {
  const quarter = /^(\d{4})([QH][1-4])$/.exec(text);
  if (quarter) return { period: `${quarter[1]}-${quarter[2]}` };
  if (/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text)) return { period: text };
  const report = /^(\d{4}) \((report of \d{4}-\d{2})\)$/.exec(text);
  if (report?.[1]) return { period: report[1], note: report[2] };
  throw new Error(`${where}: unreadable period "${text}"`);
}

/** Converter of the platform market shares. */
export const platformMarketShares: Converter = {
  id: "platform-market-shares",
  rawFiles: [PAGES, POINTS],
  convert(raw) {
    const measureOf = new Map(MARKETS.map(([market, m]) => [market, m.id]));
    const rows: DataRow[] = raw.csv(PAGES).map((r, i) => {
      const where = `platform_market_shares_pages.csv row ${i + 2}`;
      const measure = measureOf.get(r.market ?? "");
      if (!measure) throw new Error(`${where}: unknown market ${r.market}`);
      const value = rawNumber(r.share_pct, `${where} share_pct`);
      if (value === undefined) throw new Error(`${where}: empty share`);
      const { period, note: periodNote } = periodOf(r.period ?? "", where);
      const note = [
        `${r.original_publisher} (${r.publisher_type})`,
        `as reported by ${r.as_reported_by}`,
        r.qualifier && `qualifier: ${r.qualifier}`,
        `basis: ${r.share_basis}`,
        `set: ${r.set_completeness}`,
        periodNote,
        r.note,
      ].filter(Boolean);
      return {
        region: "CN",
        period,
        measure,
        category: r.platform,
        value,
        status: "estimate",
        note: note.join("; "),
        source: r.source_url,
      };
    });
    raw.csv(POINTS).forEach((r, i) => {
      const where = `platform_market_share_points.csv row ${i + 2}`;
      for (const [column, measure] of [
        ["share_of_online_retail_pct", ONLINE_RETAIL.id],
        ["change_pp_vs_prev_year", ONLINE_RETAIL_CHANGE.id],
      ] as const) {
        const value = rawNumber(r[column], `${where} ${column}`);
        if (value === undefined) continue;
        rows.push({
          region: "CN",
          period: r.year,
          measure,
          category: r.platform,
          value,
          status: "estimate",
          note: r.note,
          source: r.source_urls,
        });
      }
    });
    // 1.0.1: `secondary` on every row — every share is read from a page reporting a consultancy, web-analytics or press figure (URL per row).
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: rows.map((row) => withFlags(row, "secondary")) },
    ];
  },
};
