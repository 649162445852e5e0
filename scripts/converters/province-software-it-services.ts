/**
 * @module `province-software-it-services`: NBS provincial software and IT services industry (软件和信息技术服务业主要
 * 经济指标) — software business revenue and its components, software exports — 30 provinces (no Tibet) × 2016–2024.
 * Source: `china/added-2026-12/province_software_it_services_nbs.csv` (values read from the raw JSON the NBS data
 * portal returned).
 */
import type { DatasetMeta, Measure } from "../../schemas";
import { ADDED, DECEMBER_RELEASE, readPortalFile } from "./added-2026-12";
import { type Converter, type DataRow, NBS, NBS_LICENCE } from "./converter";

const FILE = `${ADDED}/province_software_it_services_nbs.csv`;

const WAN_YUAN = { zh: "万元", en: "10,000 yuan" };
const FLOW = "10,000 yuan (万元)";
const COMPONENT = {
  zh: "软件业务收入的组成部分。组成部分的分类与工信部全国口径不一致，可靠性低于合计。",
  en: "A component of software business revenue. Its classification does not match MIIT's national components: less reliable than the total.",
};

/** The published measures, each with the raw unit text its rows must carry. */
const MEASURES: ReadonlyArray<readonly [measure: Measure, rawUnit: string]> = [
  [
    {
      id: "software_business_revenue",
      title: { zh: "软件业务收入", en: "Software business revenue" },
      unit: WAN_YUAN,
      definition: {
        zh: "全年累计；软件和信息技术服务业企业的软件业务收入合计（软件产品、信息技术服务、信息安全、嵌入式系统软件），按企业注册地所在省份计。",
        en: "Full year; total software business revenue of software and IT services enterprises (software products, IT services, information security, embedded-system software), counted in the province where the enterprise is registered.",
      },
      decimals: 1,
    },
    FLOW,
  ],
  [
    {
      id: "software_product_revenue",
      title: { zh: "软件产品收入", en: "Software product revenue" },
      unit: WAN_YUAN,
      definition: { zh: `全年累计。${COMPONENT.zh}`, en: `Full year. ${COMPONENT.en}` },
      decimals: 1,
    },
    FLOW,
  ],
  [
    {
      id: "it_services_revenue",
      title: { zh: "信息技术服务收入", en: "IT services revenue" },
      unit: WAN_YUAN,
      definition: { zh: `全年累计。${COMPONENT.zh}`, en: `Full year. ${COMPONENT.en}` },
      decimals: 1,
    },
    FLOW,
  ],
  [
    {
      id: "information_security_revenue",
      title: { zh: "信息安全收入", en: "Information security revenue" },
      unit: WAN_YUAN,
      definition: {
        zh: `全年累计，2018年起。${COMPONENT.zh}2023年各省合计1476亿元，工信部全国为2232亿元。`,
        en: `Full year, from 2018. ${COMPONENT.en} Provincial sum 2023: 1,476 亿 yuan against MIIT's national 2,232 亿.`,
      },
      decimals: 1,
    },
    FLOW,
  ],
  [
    {
      id: "embedded_system_software_revenue",
      title: { zh: "嵌入式系统软件收入", en: "Embedded-system software revenue" },
      unit: WAN_YUAN,
      definition: {
        zh: `全年累计。${COMPONENT.zh}2023年各省合计12692亿元，工信部全国为10770亿元。`,
        en: `Full year. ${COMPONENT.en} Provincial sum 2023: 12,692 亿 yuan against MIIT's national 10,770 亿.`,
      },
      decimals: 1,
    },
    FLOW,
  ],
  [
    {
      id: "software_exports",
      title: { zh: "软件业务出口", en: "Software exports" },
      unit: { zh: "万美元", en: "10,000 US dollars" },
      definition: {
        zh: "全年累计，美元计价。若干年份8个中西部省份空缺。",
        en: "Full year, in US dollars. Blank for 8 western and central provinces in several years.",
      },
      decimals: 1,
    },
    "10,000 US dollars (万美元)",
  ],
];

/** A value is noted as a jump when it is more than this many times, or less than this fraction of, both neighbours. */
const JUMP = 10;
const JUMP_NOTE =
  "jump in the source: more than ten times, or less than a tenth of, both adjacent years' values; published as the portal returned it, not corrected";

/** The dataset's metadata, kept apart from the rows (the `truth` branch moves it into a data file). */
const META: DatasetMeta = {
  id: "province-software-it-services",
  title: { zh: "分省软件和信息技术服务业主要经济指标", en: "Software and IT services industry by province (NBS)" },
  description: {
    zh: "国家统计局分省年度数据“软件和信息技术服务业主要经济指标”：软件业务收入及其组成（软件产品、信息技术服务、信息安全、嵌入式系统软件）和软件业务出口，30个省级行政区（西藏无数据），2016—2024年。",
    en: "NBS provincial annual data 'main economic indicators of the software and IT services industry': software business revenue and its components (software products, IT services, information security, embedded-system software) and software exports, for 30 provincial-level divisions (no values for Tibet), 2016–2024.",
  },
  themes: ["digital-economy", "industrial-structure"],
  kind: "observations",
  measures: MEASURES.map(([m]) => m),
  licence: NBS_LICENCE,
  sources: [
    {
      publisher: NBS,
      title:
        "国家统计局 分省年度数据 → 软件和信息技术服务业主要经济指标 (data.stats.gov.cn, catalogue f78cb6a5c77747a6abc401b615245ef1; raw JSON the portal returned, saved as 分省软件和信息技术服务业主要经济指标_多年期_原始抓取.csv). The series is understood to be MIIT industry statistics compiled by the NBS (not verified from an NBS note).",
      repository: "lanyuanzhe1/tongjimodule",
      path: "data/0412/分省软件和信息技术服务业主要经济指标_多年期_原始抓取.csv",
      commit: "d36519a27a58f36a455ef911421ee0280f669aa9",
      rawFile: FILE,
      kind: "official",
    },
  ],
  caveats: [
    {
      zh: "西藏无数据：各年合计只含30个省份；跨省比较（如人均、集中度）不含西藏。",
      en: "Tibet has no values: sums over provinces cover 30 provinces, and inter-provincial comparisons (per person, concentration) leave Tibet out.",
    },
    {
      zh: "组成部分（软件产品、信息技术服务、信息安全、嵌入式系统软件）与合计逐年逐省相符（误差0.1%以内），但其合计与工信部全国分项不符（2023年信息安全：各省合计1476亿元，工信部2232亿元；嵌入式：12692亿元对10770亿元），分类口径不同。合计比分项更可靠。",
      en: "The components (software products, IT services, information security, embedded software) add up to the total in every province-year (within 0.1 %), but their sums do not match MIIT's national components (2023 information security: provincial sum 1,476 亿 yuan against MIIT's 2,232 亿; embedded: 12,692 against 10,770) — the classification differs. Use the total with more confidence than the split.",
    },
    {
      zh: "按企业注册地所在省份计，不是业务发生地。2023年各省软件业务收入合计123642.8亿元，工信部全国为123258亿元（+0.3%）；东部合计101570亿元，工信部“东部”100783亿元（其区域划分可能略有不同）。",
      en: "Counted by the province where the enterprise is registered, not where the business is done. Provincial sum of software business revenue 2023: 123,642.8 亿 yuan against MIIT's national 123,258 亿 (+0.3 %); East (NBS regions) 101,570 亿 against MIIT's 'East' 100,783 亿 (MIIT's grouping may differ slightly).",
    },
    {
      zh: "部分组成部分在青海、海南、内蒙古空缺；软件出口若干年份8个中西部省份空缺。空缺不发布，不填零。",
      en: "Some components are blank for Qinghai, Hainan and Inner Mongolia; software exports are blank for 8 western and central provinces in several years. Blanks are not published and not filled with zeros.",
    },
    {
      zh: "来源中有跳变，按原样发布、未作更正：比前后两年都高出10倍以上或低于十分之一的值加了行注记（8个值）。最显著的是内蒙古2021年软件业务收入2778377.4万元，前一年144399万元、后一年81150.4万元；它使2021年人均软件收入的省际差距偏大。",
      en: "The source has jumps, published as returned and not corrected: values more than ten times, or less than a tenth of, both adjacent years carry a row note (8 values). The largest is Inner Mongolia's 2021 software business revenue, 2,778,377.4 万元, between 144,399 (2020) and 81,150.4 (2022); it inflates the 2021 inter-provincial gap in revenue per person.",
    },
    {
      zh: "软件业务收入的同比变化超过+100%或低于−50%的有13个省份年份，均为来源数值，例如陕西2024年由23008900万元降至6410642.2万元（−72%），海南2018年+144%、2020年−58%。各省数值与分省结构应谨慎使用，增长率尤其如此。",
      en: "Year-on-year changes in software business revenue above +100 % or below −50 % occur in 13 province-years, all in the source: e.g. Shaanxi 2024 falls from 23,008,900 to 6,410,642.2 万元 (−72 %), Hainan +144 % in 2018 and −58 % in 2020. Use single provinces and the provincial split with care, growth rates above all.",
    },
    {
      zh: "数据库数值可能被修订。抓取文件所在仓库未声明许可；数据原始发布者为国家统计局。",
      en: "Portal values may be revised. The repository holding the portal responses states no licence; the original publisher is the NBS.",
    },
  ],
  keywords: ["软件业务收入", "software", "信息技术服务", "IT services", "数字产业化", "province"],
};

/** Converter of the NBS provincial software and IT services table. */
export const provinceSoftwareItServices: Converter = {
  id: META.id,
  rawFiles: [FILE],
  convert(raw) {
    const units = Object.fromEntries(MEASURES.map(([m, unit]) => [m.id, unit]));
    const cells = readPortalFile(raw, FILE, units);
    const valueAt = new Map(cells.map((c) => [`${c.region}|${c.indicator}|${c.year}`, c.value]));
    const jumps = (c: (typeof cells)[number]) => {
      const around = [Number(c.year) - 1, Number(c.year) + 1].map((y) => valueAt.get(`${c.region}|${c.indicator}|${y}`));
      if (around.some((v) => v === undefined || v === 0)) return false;
      const ratios = around.map((v) => c.value / (v as number));
      return ratios.every((r) => r > JUMP) || ratios.every((r) => r < 1 / JUMP);
    };
    const rows: DataRow[] = cells.map((c) => ({
      region: c.region,
      period: c.year,
      measure: c.indicator,
      value: c.value,
      note: jumps(c) ? JUMP_NOTE : undefined,
    }));
    return { meta: META, versions: [{ meta: DECEMBER_RELEASE, rows }] };
  },
};
