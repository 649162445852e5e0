/**
 * @module `province-telecom`: NBS provincial internet indicators (互联网主要指标) — broadband users (total, urban,
 * rural), broadband ports, mobile internet users and traffic, domain names, web pages, websites, dial-up users and
 * (2016 only) internet users — 31 provinces × 2016–2024. Source: `china/province_internet_nbs.csv` (values read
 * from the raw JSON the NBS data portal returned).
 */
import type { Measure } from "../../schemas";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/province_internet_nbs.csv";

const SUBSCRIBERS = { zh: "万户", en: "10,000 subscribers" };
const TEN_THOUSAND = { zh: "万个", en: "10,000 units" };
const YEAR_END = { zh: "年末数。", en: "At year end." };

/** Published measures with the raw unit text each must carry. */
const MEASURES: ReadonlyArray<readonly [measure: Measure, rawUnit: string]> = [
  [
    {
      id: "broadband_users",
      title: { zh: "互联网宽带接入用户", en: "Broadband internet subscribers" },
      unit: SUBSCRIBERS,
      definition: { zh: "年末数；按运营商用户账户（户）计，不是人数。", en: "At year end; operator accounts (户), not persons." },
    },
    "10,000 subscribers (万户)",
  ],
  [
    {
      id: "broadband_users_urban",
      title: { zh: "城市宽带接入用户", en: "Broadband subscribers, urban" },
      unit: SUBSCRIBERS,
      definition: {
        zh: "年末数；城乡按运营商对接入线路的分类划分，不是国家统计局的城乡人口划分。",
        en: "At year end; urban/rural follows the operators' classification of the access line, not the NBS urban/rural population split.",
      },
    },
    "10,000 subscribers (万户)",
  ],
  [
    {
      id: "broadband_users_rural",
      title: { zh: "农村宽带接入用户", en: "Broadband subscribers, rural" },
      unit: SUBSCRIBERS,
      definition: {
        zh: "年末数；城乡按运营商对接入线路的分类划分。上海2016—2018年空缺。",
        en: "At year end; urban/rural follows the operators' classification of the access line. Shanghai 2016–2018 is blank in the source.",
      },
    },
    "10,000 subscribers (万户)",
  ],
  [
    {
      id: "broadband_access_ports",
      title: { zh: "互联网宽带接入端口", en: "Broadband access ports" },
      unit: { zh: "万个", en: "10,000 ports" },
      definition: YEAR_END,
    },
    "10,000 ports (万个)",
  ],
  [
    {
      id: "mobile_internet_users",
      title: { zh: "移动互联网用户", en: "Mobile internet subscribers" },
      unit: SUBSCRIBERS,
      definition: {
        zh: "年末数；按 SIM 卡/账户计，可超过人口数。",
        en: "At year end; SIM cards/accounts, which can exceed the population.",
      },
    },
    "10,000 subscribers (万户)",
  ],
  [
    {
      id: "mobile_internet_traffic",
      title: { zh: "移动互联网接入流量", en: "Mobile internet traffic" },
      unit: { zh: "万GB", en: "10,000 GB" },
      definition: { zh: "全年累计流量。", en: "Full-year traffic." },
    },
    "10,000 GB (万GB)",
  ],
  [{ id: "domain_names", title: { zh: "域名数", en: "Domain names" }, unit: TEN_THOUSAND, definition: YEAR_END }, "10,000 (万个)"],
  [{ id: "web_pages", title: { zh: "网页数", en: "Web pages" }, unit: TEN_THOUSAND, definition: YEAR_END }, "10,000 (万个)"],
  [
    {
      id: "websites",
      title: { zh: "网站数", en: "Websites" },
      unit: TEN_THOUSAND,
      definition: { zh: "年末数；仅2016—2018年。", en: "At year end; 2016–2018 only." },
    },
    "10,000 (万个)",
  ],
  [
    {
      id: "dialup_internet_users",
      title: { zh: "互联网拨号用户", en: "Dial-up internet subscribers" },
      unit: SUBSCRIBERS,
      definition: { zh: "年末数；仅2016—2017年，部分省份空缺。", en: "At year end; 2016–2017 only, blank for some provinces." },
    },
    "10,000 subscribers (万户)",
  ],
  [
    {
      id: "internet_users",
      title: { zh: "互联网上网人数", en: "Internet users" },
      unit: { zh: "万人", en: "10,000 persons" },
      definition: {
        zh: "年末数；仅2016年，为国家统计局数据库收录的 CNNIC 估计（与 province-internet 2016年12月一致）。",
        en: "At year end; 2016 only: the CNNIC estimate carried in the NBS database (equal to province-internet for December 2016).",
      },
    },
    "10,000 persons (万人)",
  ],
];

/** Converter of the NBS provincial internet indicators. */
export const provinceTelecom: Converter = {
  id: "province-telecom",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const unitOf = new Map(MEASURES.map(([m, rawUnit]) => [m.id, rawUnit]));
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_internet_nbs.csv row ${i + 2}`;
      const measure = r.indicator ?? "";
      if (unitOf.get(measure) !== r.unit) throw new Error(`${where}: indicator ${measure} with unit "${r.unit}" is not a declared measure`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: checkedProvince(codes, r.iso_3166_2, where), period: r.year, measure, value };
    });
    return [{ version: "1.0.0", rows }];
  },
};
