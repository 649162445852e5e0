/**
 * @module `world-digital-access`: mobile cellular and fixed broadband subscriptions per 100 people and secure
 * internet servers per million people (WDI; ITU and the Netcraft Secure Server Survey), economies and WB aggregates.
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubMeasures, WDI_CAVEAT, WDI_LICENCE } from "./world-bank";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "it.cel.sets.p2",
    measure: "mobile_subscriptions_per_100",
    title: "移动蜂窝电话订阅数（每百人）",
    unit: { zh: "每百人订阅数", en: "subscriptions per 100 people" },
    definitionZh:
      "通过蜂窝技术接入公共交换电话网（PSTN）的公共移动电话服务订阅数，包括后付费订阅和最近3个月内使用过的预付费账户；仅计可提供语音通信的订阅，不含数据卡或 USB 调制解调器、公共移动数据服务、专用集群、寻呼和遥测等订阅。",
    vintage: "july2026",
  },
  {
    indicator: "it.net.bbnd.p2",
    measure: "fixed_broadband_per_100",
    title: "固定宽带订阅数（每百人）",
    unit: { zh: "每百人订阅数", en: "subscriptions per 100 people" },
    definitionZh:
      "下行速率不低于256 kbit/s 的公共互联网（TCP/IP）高速接入固定订阅数，包括线缆调制解调器、DSL、光纤到户/楼、其他有线宽带、卫星宽带和地面固定无线宽带（含固定 WiMAX），不论付费方式，含住户和机构订阅；不含经移动蜂窝网络的数据接入。",
    vintage: "july2026",
  },
  {
    indicator: "it.net.secr.p6",
    measure: "secure_servers_per_million",
    title: "安全互联网服务器（每百万人）",
    unit: { zh: "每百万人证书数", en: "certificates per 1 million people" },
    definitionZh: "Netcraft 安全服务器调查中发现的、受公众信任的不同 TLS/SSL 证书数（按托管国家），每百万人。",
    vintage: "july2026",
  },
];

/** Converter of the WDI digital-access indicators. */
export const worldDigitalAccess: Converter = {
  id: "world-digital-access",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const { measures, rows, sources } = datahubMeasures(raw, SPECS);
    return {
      meta: {
        id: "world-digital-access",
        title: { zh: "世界各国移动通信、宽带和安全服务器普及", en: "Mobile, broadband and secure servers in the world's economies" },
        description: {
          zh: "世界银行世界发展指标（WDI）：每百人移动蜂窝电话订阅数（1960—2025）、每百人固定宽带订阅数（1998—2025）、每百万人安全互联网服务器数（2010—2024），含各经济体与世行汇总（世界、地区、收入组）。",
          en: "World Bank World Development Indicators: mobile cellular subscriptions per 100 people (1960–2025), fixed broadband subscriptions per 100 people (1998–2025) and secure internet servers per million people (2010–2024), for economies and WB aggregates (World, regions, income groups).",
        },
        themes: ["digital-divide"],
        kind: "observations",
        measures,
        licence: WDI_LICENCE,
        sources,
        caveats: [
          WDI_CAVEAT,
          {
            zh: "移动和宽带订阅数来自国际电信联盟（ITU）。订阅数可超过100（一人多卡），不等于使用人数。",
            en: "Mobile and broadband subscriptions come from the ITU. Subscriptions can exceed 100 per 100 people (several SIMs per person); they are not the number of users.",
          },
        ],
        keywords: ["ITU", "mobile", "broadband", "移动电话", "宽带", "secure servers", "WDI"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
