/**
 * @module `province-software-it-services`: NBS provincial software and IT services industry (软件和信息技术服务业主要
 * 经济指标) — software business revenue and its components, software exports — 30 provinces (no Tibet) × 2016–2024.
 * Source: `china/added-2026-12/province_software_it_services_nbs.csv` (values read from the raw JSON the NBS data
 * portal returned).
 */
import type { Measure } from "../../schemas";
import { ADDED, readPortalFile } from "./added-2026-12";
import type { Converter, DataRow } from "./converter";

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

/** Converter of the NBS provincial software and IT services table. */
export const provinceSoftwareItServices: Converter = {
  id: "province-software-it-services",
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
    return [{ version: "1.0.0", rows }];
  },
};
