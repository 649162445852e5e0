/**
 * @module `province-income-urban-rural`: per-capita disposable income of urban and of rural residents by province
 * (integrated household survey, 2013–2023) — a sparse, partial panel, never interpolated. It has a real history:
 * 1.0.0 is the urban-only `china/province_income_urban_partial_pages.csv` (two yearbook pages); 1.1.0 is
 * `china/province_income_urban_rural_communiques.csv`, which keeps every 1.0.0 value and adds rural income and more
 * province-years from provincial yearbooks, communiqués and news reports.
 */
import type { LocalizedText } from "../../schemas";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import { type Converter, type DataRow, FIRST_RELEASE, NBS } from "./converter";

const PARTIAL = "china/province_income_urban_partial_pages.csv";
const COMMUNIQUES = "china/province_income_urban_rural_communiques.csv";

const MEASURES: Record<string, string> = {
  disposable_income_per_capita_urban: "urban_disposable_income",
  urban: "urban_disposable_income",
  rural: "rural_disposable_income",
};

const decimalsOf = (text: string) => (text.includes(".") ? text.length - text.indexOf(".") - 1 : 0);
const keyOf = (row: DataRow) => `${row.region}|${row.period}|${row.measure}`;

/**
 * 1.0.0: the XPCC table and the Guangdong yearbook both give Guangdong 2016–2018; the yearbook's one-decimal value
 * is kept and the XPCC integer becomes a corroboration in the note, after checking that it is the same figure
 * rounded.
 */
function partialRows(raw: Parameters<Converter["convert"]>[0], codes: ReadonlySet<string>): DataRow[] {
  const kept = new Map<string, { row: DataRow; text: string }>();
  raw.csv(PARTIAL).forEach((r, i) => {
    const where = `province_income_urban_partial_pages.csv row ${i + 2}`;
    const measure = MEASURES[r.measure ?? ""];
    const value = rawNumber(r.value, `${where} value`);
    if (!measure || value === undefined) throw new Error(`${where}: unexpected measure ${r.measure} or empty value`);
    const row: DataRow = {
      region: checkedProvince(codes, r.iso_3166_2, where),
      period: r.year,
      measure,
      value,
      note: r.source_publisher,
      source: r.source_url,
    };
    const text = r.value ?? "";
    const other = kept.get(keyOf(row));
    if (!other) {
      kept.set(keyOf(row), { row, text });
      return;
    }
    const [fine, coarse] = decimalsOf(text) > decimalsOf(other.text) ? [{ row, text }, other] : [other, { row, text }];
    const digits = decimalsOf(coarse.text);
    if (Number(fine.row.value).toFixed(digits) !== Number(coarse.row.value).toFixed(digits))
      throw new Error(`${where}: ${keyOf(row)} is ${text} here but ${other.text} in another row`);
    fine.row.note = `${fine.row.note}; corroborated by ${coarse.row.source} (${coarse.text})`;
    kept.set(keyOf(row), fine);
  });
  return [...kept.values()].map((k) => k.row);
}

function communiqueRows(raw: Parameters<Converter["convert"]>[0], codes: ReadonlySet<string>): DataRow[] {
  return raw.csv(COMMUNIQUES).map((r, i) => {
    const where = `province_income_urban_rural_communiques.csv row ${i + 2}`;
    const measure = MEASURES[r.measure ?? ""];
    const value = rawNumber(r.value, `${where} value`);
    if (!measure || value === undefined) throw new Error(`${where}: unexpected measure ${r.measure} or empty value`);
    return {
      region: checkedProvince(codes, r.iso_3166_2, where),
      period: r.year,
      measure,
      value,
      note: r.note || undefined,
      source: r.source_url,
    };
  });
}

/** Converter of provincial urban and rural disposable income (two versions). */
export const provinceIncomeUrbanRural: Converter = {
  id: "province-income-urban-rural",
  rawFiles: [PARTIAL, COMMUNIQUES],
  convert(raw) {
    const codes = provinceCodes(raw);
    const first = partialRows(raw, codes);
    const second = communiqueRows(raw, codes);
    const secondByKey = new Map(second.map((row) => [keyOf(row), row]));
    if (secondByKey.size !== second.length)
      throw new Error("province_income_urban_rural_communiques.csv: a province-year-measure appears twice");
    // 1.1.0 only adds: every 1.0.0 value must reappear unchanged.
    for (const row of first) {
      if (secondByKey.get(keyOf(row))?.value !== row.value)
        throw new Error(`province-income-urban-rural: 1.1.0 drops or changes ${keyOf(row)}`);
    }
    const firstKeys = new Set(first.map(keyOf));
    const added = second.filter((row) => !firstKeys.has(keyOf(row)));
    const addedUrban = added.filter((row) => row.measure === "urban_disposable_income").length;
    const addedRural = added.filter((row) => row.measure === "rural_disposable_income").length;
    const resourced = first.filter((row) => secondByKey.get(keyOf(row))?.source !== row.source).length;
    const yuan: LocalizedText = { zh: "元/人·年", en: "yuan per person per year" };
    return {
      meta: {
        id: "province-income-urban-rural",
        title: {
          zh: "分省城镇、农村居民人均可支配收入（不完整）",
          en: "Urban and rural per-capita disposable income by province (partial)",
        },
        description: {
          zh: "各省城镇居民和农村居民人均可支配收入（城乡一体化住户调查，2013—2023年），转录自省级统计年鉴、统计公报、政府网站及新闻报道。这不是完整面板：只有少数省份年份同时有城镇和农村数值，缺失处不插值。",
          en: "Per-capita disposable income of urban and of rural residents by province (integrated household survey, 2013–2023), transcribed from provincial statistical yearbooks, communiqués, government portals and news reports. This is NOT a complete panel: few province-years have both measures, and gaps are never interpolated.",
        },
        themes: ["common-prosperity"],
        kind: "observations",
        measures: [
          {
            id: "urban_disposable_income",
            title: { zh: "城镇居民人均可支配收入", en: "Per-capita disposable income, urban residents" },
            unit: yuan,
            definition: {
              zh: "城镇常住居民人均可支配收入（城乡一体化住户调查），按来源所印精度收录（整数或一至两位小数）。",
              en: "Per-capita disposable income of urban resident households (integrated household survey), at the precision printed by the source (whole yuan or one or two decimals).",
            },
          },
          {
            id: "rural_disposable_income",
            title: { zh: "农村居民人均可支配收入", en: "Per-capita disposable income, rural residents" },
            unit: yuan,
            definition: {
              zh: "农村常住居民人均可支配收入（城乡一体化住户调查）；内蒙古为农村牧区常住居民。",
              en: "Per-capita disposable income of rural resident households (integrated household survey); for Inner Mongolia, rural and pastoral residents (农村牧区常住居民).",
            },
          },
        ],
        licence: {
          id: "attribution-required",
          title: "Official statistics (NBS survey offices, provincial statistics bureaus); reuse with attribution (no open licence stated)",
          attribution: {
            zh: "来源：国家统计局及各省统计局、国家统计局各调查总队",
            en: "Sources: NBS, provincial statistics bureaus and NBS survey offices",
          },
        },
        sources: [
          {
            publisher: {
              zh: "新疆生产建设兵团统计局",
              en: "Statistics Bureau of the Xinjiang Production and Construction Corps (reproducing NBS data)",
            },
            title: "新疆生产建设兵团统计年鉴2020 附录1-5 各省(区、市)城镇居民人均可支配收入排序(2016-2018年)",
            url: "http://tjj.xjbt.gov.cn/2020nj/table/fl1-05.htm",
            rawFile: PARTIAL,
            kind: "official",
          },
          {
            publisher: {
              zh: "广东省统计局、国家统计局广东调查总队",
              en: "Guangdong Provincial Bureau of Statistics; NBS Guangdong Survey Office",
            },
            title: "广东统计年鉴2024 表10-22 (hosted by the third-party site nianjianbao.com)",
            url: "https://nianjianbao.com/2024gdtjnj/directory/10/html/10-22.htm",
            rawFile: PARTIAL,
            kind: "official-repost",
          },
          {
            publisher: { zh: "福建省统计局", en: "Fujian Provincial Bureau of Statistics" },
            title: "福建统计年鉴2019、2021 表6-3、6-10、21-7",
            url: "http://tjj.fujian.gov.cn/tongjinianjian/dz2021/cn-en/html/0603.htm",
            rawFile: COMMUNIQUES,
            kind: "official",
          },
          {
            publisher: { zh: "青海省统计局", en: "Qinghai Provincial Bureau of Statistics" },
            title: "青海统计年鉴2017 表11-12、2020 表7-13",
            url: "http://tjj.qinghai.gov.cn/nj/2017/html/1112.htm",
            rawFile: COMMUNIQUES,
            kind: "official",
          },
          {
            publisher: NBS,
            title:
              "Provincial communiqués and releases of the NBS survey offices as reported by government portals, news agencies, newspapers and mirror sites; URL per row (from version 1.1.0)",
            rawFile: COMMUNIQUES,
            kind: "official-repost",
          },
          {
            publisher: {
              zh: "华经产业研究院、买购网等二手汇编",
              en: "Secondary aggregators (华经产业研究院, MAIGOO, Yicai mirror, NetEase self-media, fudaoke.com)",
            },
            title: "Secondary pages citing provincial statistics; marked in each row's note (from version 1.1.0)",
            rawFile: COMMUNIQUES,
            kind: "compilation",
          },
        ],
        caveats: [
          {
            zh: "覆盖很不完整：2016—2018年城镇数值较全（兵团年鉴表覆盖27省，缺甘肃、青海、宁夏、新疆，2018年另缺陕西）；其余年份零散。宁夏完全没有数据；2023年只有北京、内蒙古、安徽、广东。甘肃、云南农村数值未找到。",
            en: "Coverage is thin: urban 2016–2018 is nearly complete (the XPCC table covers 27 provinces, without Gansu, Qinghai, Ningxia and Xinjiang, and without Shaanxi in 2018); other years are sparse. Ningxia is not covered at all; 2023 has only Beijing, Inner Mongolia, Anhui and Guangdong. Gansu and Yunnan rural values were not found.",
          },
          {
            zh: "许多数值来自新闻转载、镜像站点或二手汇编（如咨询机构排名），各行 note 注明；安徽2023年来自未注明出处的问答网站（低可信度），发布前应与安徽2023年统计公报核对。",
            en: "Many values come from news reposts, mirror sites or secondary aggregators (e.g. consultancy rankings), marked in each row's note; Anhui 2023 comes from a Q&A site citing no publisher (low authority) and should be checked against Anhui's 2023 communiqué.",
          },
          {
            zh: "江西2015年：新华社报道中的“城镇居民人均可支配收入18437元”等于江西全体居民收入且与所述城乡比2.38矛盾，未收录城镇值，只保留农村值11139元。",
            en: "Jiangxi 2015: the Xinhua report's urban figure 18437 equals Jiangxi's all-resident income and contradicts the stated ratio 2.38, so the urban value was not kept; the rural value 11139 was.",
          },
          {
            zh: "刻意排除：2014年初按旧的分开调查口径公布的2013年数值（包括农村人均纯收入），以及口径不明或无网址的页面数值。",
            en: "Deliberately excluded: 2013 figures published in early 2014 under the old separate surveys (including rural net income), and figures whose basis is unclear or whose page has no URL.",
          },
          {
            zh: "兵团年鉴表中陕西的英文标签误作“Shanxi”，按中文名对应。全体居民收入（province-income）在有数据的省份年份均介于农村与城镇之间。",
            en: "The XPCC table labels 陕西 'Shanxi' in English; it was mapped by the Chinese name. The all-resident income in province-income lies between rural and urban for every province-year where both exist.",
          },
        ],
        keywords: ["城镇居民收入", "农村居民收入", "城乡差距", "urban-rural gap", "partial"],
      },
      versions: [
        {
          meta: {
            ...FIRST_RELEASE,
            changes: {
              zh: "首次发布：仅城镇居民收入，取自兵团统计年鉴2020附录1-5（2016—2018年）和广东统计年鉴2024表10-22（广东2013—2023年）。",
              en: "First release: urban income only, from the XPCC Statistical Yearbook 2020 appendix table 1-5 (2016–2018) and the Guangdong Statistical Yearbook 2024 table 10-22 (Guangdong 2013–2023).",
            },
          },
          rows: first,
        },
        {
          meta: {
            version: "1.1.0",
            published: "2026-11-28",
            changes: {
              zh: `新增${addedRural}个农村居民和${addedUrban}个城镇居民收入数值，取自省级统计年鉴、统计公报、政府网站和新闻报道（逐行注明网址）。1.0.0的数值全部保留且不变；其中${resourced}行改为引用省级来源，兵团年鉴表作为佐证写入 note。`,
              en: `Adds ${addedRural} rural and ${addedUrban} urban income values from provincial yearbooks, communiqués, government portals and news reports (URL per row). Every 1.0.0 value is kept unchanged; ${resourced} of those rows now cite a provincial source, with the XPCC table named as corroboration in the note.`,
            },
          },
          rows: second,
        },
      ],
    };
  },
};
