/**
 * @module `express-delivery`: express parcels from the State Post Bureau — national volume and growth (2022, 2023)
 * and the split by the SPB's three belts (East/Central/West: volume, revenue, shares and growth), plus the combined
 * Guangdong + Zhejiang volume for 2022. Sources: `china/express_delivery_spb.csv` and
 * `china/express_delivery_by_region_spb.csv` (transcribed from stored pages; quote and URL per row).
 */
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, officialLicence, SPB } from "./converter";

const NATIONAL = "china/express_delivery_spb.csv";
const BY_REGION = "china/express_delivery_by_region_spb.csv";

/** SPB belts → agreed region codes. */
const BELTS: Record<string, string> = { East: "CN-SPB-EAST", Central: "CN-SPB-CENTRAL", West: "CN-SPB-WEST" };

/** Raw indicator and unit text → measure (belts and the nation share the measure ids). */
const INDICATORS: Record<string, readonly [measure: string, rawUnit: string]> = {
  express_volume: ["parcels", "100 million pieces (亿件)"],
  express_volume_share_pct: ["parcels_share_pct", "percent of national express parcels"],
  express_volume_growth_pct: ["parcels_growth_pct", "percent, year on year"],
  express_revenue: ["revenue", "100 million yuan (亿元)"],
  express_revenue_share_pct: ["revenue_share_pct", "percent of national express revenue"],
  express_revenue_growth_pct: ["revenue_growth_pct", "percent, year on year"],
};

/**
 * Guangdong + Zhejiang is a sum of two provinces that has no region code of its own; it is published for China as
 * separate measures so that it can never be mistaken for the national total.
 */
const TWO_PROVINCES = "Guangdong+Zhejiang";

/** Converter of the express-delivery figures. */
export const expressDelivery: Converter = {
  id: "express-delivery",
  rawFiles: [NATIONAL, BY_REGION],
  convert(raw) {
    const rows: DataRow[] = [];
    raw.csv(NATIONAL).forEach((r, i) => {
      const where = `express_delivery_spb.csv row ${i + 2}`;
      for (const [column, measure] of [
        ["express_parcels_100m_pieces", "parcels"],
        ["growth_pct", "parcels_growth_pct"],
      ] as const) {
        const value = rawNumber(r[column], `${where} ${column}`);
        if (value === undefined) continue;
        rows.push({ region: "CN", period: r.year, measure, value, note: r.note || undefined, source: r.source_urls });
      }
    });
    raw.csv(BY_REGION).forEach((r, i) => {
      const where = `express_delivery_by_region_spb.csv row ${i + 2}`;
      const [measure, rawUnit] = INDICATORS[r.indicator ?? ""] ?? [];
      if (!measure || rawUnit !== r.unit) throw new Error(`${where}: indicator ${r.indicator} in "${r.unit}" is not declared`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const belt = BELTS[r.region ?? ""];
      if (!belt && r.region !== TWO_PROVINCES) throw new Error(`${where}: unknown region ${r.region}`);
      const region = belt ?? "CN";
      const id = belt ? measure : `guangdong_zhejiang_${measure}`;
      rows.push({ region, period: r.year, measure: id, value, note: r.note || undefined, source: r.source_urls });
    });
    const pieces = { zh: "亿件", en: "100 million pieces" };
    const pct = { zh: "%", en: "%" };
    return {
      meta: {
        id: "express-delivery",
        title: { zh: "快递业务量与业务收入", en: "Express delivery: parcels and revenue" },
        description: {
          zh: "国家邮政局公布的全国快递业务量及增速（2022、2023年），以及按国家邮政局东、中、西部三大区域划分的快递业务量、业务收入、比重和增速（2023年；2022年仅业务量比重），另有2022年广东、浙江两省合计业务量及比重。",
          en: "National express parcel volume and growth from the State Post Bureau (2022, 2023), and parcels, revenue, shares and growth by the SPB's East/Central/West belts (2023; 2022 volume shares only), plus the combined Guangdong + Zhejiang volume and share for 2022.",
        },
        themes: ["circulation"],
        kind: "observations",
        measures: [
          {
            id: "parcels",
            title: { zh: "快递业务量", en: "Express parcels" },
            unit: pieces,
            definition: { zh: "全年完成的快递业务量。", en: "Express parcels handled in the year." },
            decimals: 1,
          },
          {
            id: "parcels_growth_pct",
            title: { zh: "快递业务量同比增长", en: "Express parcels, growth on the previous year" },
            unit: pct,
            definition: { zh: "比上年增长。", en: "Change on the previous year." },
            decimals: 1,
          },
          {
            id: "parcels_share_pct",
            title: { zh: "快递业务量比重", en: "Share of national express parcels" },
            unit: pct,
            definition: { zh: "该区域快递业务量占全国的比重。", en: "The belt's parcels as a share of the national total." },
            decimals: 1,
          },
          {
            id: "revenue",
            title: { zh: "快递业务收入", en: "Express revenue" },
            unit: { zh: "亿元", en: "100 million yuan" },
            definition: { zh: "全年快递业务收入。", en: "Express business revenue in the year." },
            decimals: 1,
          },
          {
            id: "revenue_growth_pct",
            title: { zh: "快递业务收入同比增长", en: "Express revenue, growth on the previous year" },
            unit: pct,
            definition: { zh: "比上年增长。", en: "Change on the previous year." },
            decimals: 1,
          },
          {
            id: "revenue_share_pct",
            title: { zh: "快递业务收入比重", en: "Share of national express revenue" },
            unit: pct,
            definition: { zh: "该区域快递业务收入占全国的比重。", en: "The belt's revenue as a share of the national total." },
            decimals: 1,
          },
          {
            id: "guangdong_zhejiang_parcels",
            title: { zh: "广东、浙江两省快递业务量合计", en: "Express parcels, Guangdong and Zhejiang combined" },
            unit: pieces,
            definition: { zh: "两省合计（来源只给出合计）。", en: "Sum of the two provinces (the source gives only the sum)." },
            decimals: 1,
          },
          {
            id: "guangdong_zhejiang_parcels_share_pct",
            title: { zh: "广东、浙江两省快递业务量占全国比重", en: "Guangdong and Zhejiang combined, share of national express parcels" },
            unit: pct,
            definition: { zh: "两省合计占全国的比重。", en: "The two provinces' combined share of national parcels." },
            decimals: 1,
          },
        ],
        licence: officialLicence({ zh: "来源：国家邮政局", en: "Source: State Post Bureau of China" }),
        sources: [
          {
            publisher: SPB,
            title: "State Post Bureau work report (2022) and 2023 figures via Xinhua, as reported by news pages; URL per row",
            url: "http://www.sxycrb.com/2024-01/23/content_330167.html",
            rawFile: NATIONAL,
            kind: "official-repost",
          },
          {
            publisher: SPB,
            title: "2023年邮政行业发展统计公报, via 中新网 repost",
            url: "https://blog.bobobk.com/financial/2024/05-10/10214549.html",
            rawFile: BY_REGION,
            kind: "official-repost",
          },
          {
            publisher: SPB,
            title: "2022年邮政行业发展统计公报, via 人民网 repost (traditional-Chinese mirror)",
            url: "http://m.c9z4.com/news/guanzhu/20230526/228460.html",
            rawFile: BY_REGION,
            kind: "official-repost",
          },
        ],
        caveats: [
          {
            zh: "只有2022、2023两年。未找到分省快递数据。",
            en: "Only 2022 and 2023. No province-level express series was found.",
          },
          {
            zh: "CN-SPB-EAST/CENTRAL/WEST 为国家邮政局的东、中、西部三大区域，不是国家统计局的四大区域（东部、中部、西部、东北）。",
            en: "CN-SPB-EAST/CENTRAL/WEST are the State Post Bureau's three belts, not the NBS four-region grouping (East, Central, West, Northeast).",
          },
          {
            zh: "各区域比重之和每年均为100.0；2023年三大区域业务量993.1+221.2+106.4=1320.7亿件，等于全国总量。",
            en: "The belt shares sum to 100.0 in each year; 2023 belt volumes 993.1 + 221.2 + 106.4 = 1320.7, the national total.",
          },
          {
            zh: "数值取自转载国家邮政局公报的新闻页面（部分为镜像站），逐行注明网址和引文。",
            en: "Values were read from news pages reposting the SPB communiqués (some are mirror sites); URL and quote per row.",
          },
        ],
        keywords: ["快递", "express delivery", "parcels", "邮政", "流通", "circulation"],
      },
      versions: [{ meta: FIRST_RELEASE, rows }],
    };
  },
};
