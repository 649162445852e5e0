/**
 * @module `world-economy`: GDP (current US$), GDP per capita (current US$ and PPP current international $) and
 * GNI per capita (Atlas method, the basis of the WB income groups), economies and WB aggregates, 1960–2025 (WDI).
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubMeasures, WDI_CAVEAT, WDI_LICENCE } from "./world-bank";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "ny.gdp.mktp.cd",
    measure: "gdp_usd",
    title: "国内生产总值（现价美元）",
    unit: { zh: "现价美元", en: "current US$" },
    definitionZh:
      "国内生产总值是一个经济体在核算期内通过生产货物和服务获得的总收入，可按支出法、收入法或生产法计算。按当年价格计算，未作价格调整，以美元表示。",
    vintage: "july2026",
  },
  {
    indicator: "ny.gdp.pcap.cd",
    measure: "gdp_per_capita_usd",
    title: "人均国内生产总值（现价美元）",
    unit: { zh: "现价美元/人", en: "current US$ per person" },
    definitionZh: "国内生产总值除以总人口。按当年价格计算，未作价格调整，以美元表示。",
    vintage: "july2026",
  },
  {
    indicator: "ny.gdp.pcap.pp.cd",
    measure: "gdp_per_capita_ppp",
    title: "人均国内生产总值，购买力平价（现价国际元）",
    unit: { zh: "现价国际元/人", en: "current international $ per person" },
    definitionZh:
      "按购买力平价（PPP）折算为现价国际元的人均国内生产总值。购买力平价消除了各国价格水平差异，比按汇率折算更适合比较产出和平均物质生活水平。该序列经过链接以消除基年、资料来源和方法变化造成的断点，历史年份可能与数据库中其他国民核算序列不可比。",
    vintage: "july2026",
  },
  {
    indicator: "ny.gnp.pcap.cd",
    measure: "gni_per_capita_atlas_usd",
    title: "人均国民总收入，Atlas 法（现价美元）",
    unit: { zh: "现价美元/人", en: "current US$ per person" },
    definitionZh:
      "国民总收入等于国内生产总值加来自国外的要素收入减支付国外的要素收入，用世界银行 Atlas 法（当年及前两年汇率的平均，并按通胀差异调整）折算为美元，再除以年中人口。世界银行收入分组以此为依据。",
    vintage: "july2026",
  },
];

/** Converter of the WDI national-accounts aggregates. */
export const worldEconomy: Converter = {
  id: "world-economy",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const { measures, rows, sources } = datahubMeasures(raw, SPECS);
    return {
      meta: {
        id: "world-economy",
        title: { zh: "世界各国 GDP 与人均收入", en: "GDP and income per person in the world's economies" },
        description: {
          zh: "世界银行世界发展指标（WDI）：国内生产总值（现价美元）、人均 GDP（现价美元；购买力平价现价国际元，1990年起）和人均国民总收入（Atlas 法，现价美元），含各经济体与世行汇总，1960—2025年。",
          en: "World Bank World Development Indicators: GDP (current US$), GDP per capita (current US$; PPP in current international $, from 1990) and GNI per capita (Atlas method, current US$), for economies and WB aggregates, 1960–2025.",
        },
        themes: ["common-prosperity", "industrial-structure"],
        kind: "observations",
        measures,
        licence: WDI_LICENCE,
        sources,
        caveats: [
          WDI_CAVEAT,
          {
            zh: "购买力平价序列为现价国际元（NY.GDP.PCAP.PP.CD）；不变价 PPP 序列（NY.GDP.PCAP.PP.KD）未找到原始文件，未收录。现价序列不宜直接用于计算实际增长。",
            en: "The PPP series is in current international $ (NY.GDP.PCAP.PP.CD); the constant-price PPP series (NY.GDP.PCAP.PP.KD) was not found as a raw file and is not included. Current-price series do not measure real growth.",
          },
          {
            zh: "世界银行仍在修订国民核算数据，例如中国第五次全国经济普查后的修订。本版本为2026年7月1日的世界银行 API 数据。",
            en: "The WB still revises national accounts, e.g. China's after its 5th economic census. This version is the WB API as of 2026-07-01.",
          },
        ],
        keywords: ["GDP", "GNI", "PPP", "购买力平价", "人均GDP", "WDI"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
