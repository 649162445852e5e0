/**
 * @module `regions`: the 31 provincial-level divisions with GB/T 2260 and ISO 3166-2 codes, names and the NBS
 * four-region group. Source: `china/provinces_reference.csv`.
 */
import type { Converter, DataRow } from "./converter";

const GROUPS: Record<string, string> = { East: "east", Central: "central", West: "west", Northeast: "northeast" };

/** Converter of the regions reference table. */
export const regions: Converter = {
  id: "regions",
  rawFiles: ["china/provinces_reference.csv"],
  convert(raw) {
    const rows: DataRow[] = raw.csv("china/provinces_reference.csv").map((r, i) => {
      const group = GROUPS[r.region_nbs ?? ""];
      if (!group) throw new Error(`provinces_reference.csv row ${i + 2}: unknown region_nbs "${r.region_nbs}"`);
      return {
        region: r.iso_3166_2,
        gb_code: r.gb_code,
        iso_legacy: r.iso_3166_2_legacy_numeric,
        name_zh: r.name_zh,
        name_zh_short: r.name_zh_short,
        name_en: r.name_en,
        group,
      };
    });
    return {
      meta: {
        id: "regions",
        title: { zh: "省级行政区参考表", en: "Provincial-level divisions of China" },
        description: {
          zh: "中国大陆31个省级行政区：GB/T 2260 代码、ISO 3166-2 代码（现行字母码与旧数字码）、中英文名称及国家统计局东中西和东北四大区域划分。不含港澳台。",
          en: "The 31 provincial-level divisions of mainland China: GB/T 2260 codes, ISO 3166-2 codes (current alpha and legacy numeric), Chinese and English names, and the NBS four-region grouping (East, Central, West, Northeast). Hong Kong, Macao and Taiwan are not included.",
        },
        themes: ["reference"],
        kind: "reference",
        measures: [],
        fields: [
          { name: "region", type: "string", title: { zh: "ISO 3166-2 代码", en: "ISO 3166-2 code" } },
          { name: "gb_code", type: "string", title: { zh: "GB/T 2260 代码（两位）", en: "GB/T 2260 code (2 digits)" } },
          { name: "iso_legacy", type: "string", title: { zh: "ISO 3166-2 旧数字码", en: "Legacy numeric ISO 3166-2 code" } },
          { name: "name_zh", type: "string", title: { zh: "中文全称", en: "Chinese name" } },
          { name: "name_zh_short", type: "string", title: { zh: "中文简称", en: "Chinese short name" } },
          { name: "name_en", type: "string", title: { zh: "英文名称（国家统计局）", en: "English name (NBS)" } },
          { name: "group", type: "string", title: { zh: "四大区域", en: "NBS four-region group" } },
        ],
        licence: {
          id: "MIT AND LGPL-2.1-or-later",
          title: "Codes and Chinese names: MIT (modood/Administrative-divisions-of-China); ISO codes: LGPL-2.1-or-later (Debian iso-codes)",
          attribution: {
            zh: "来源：国家统计局、民政部（GB/T 2260）；ISO 3166-2（Debian iso-codes）",
            en: "Sources: NBS and Ministry of Civil Affairs (GB/T 2260); ISO 3166-2 via Debian iso-codes",
          },
        },
        sources: [
          {
            publisher: { zh: "民政部、国家统计局", en: "Ministry of Civil Affairs; NBS" },
            title: "modood/Administrative-divisions-of-China dist/provinces.csv",
            repository: "modood/Administrative-divisions-of-China",
            path: "dist/provinces.csv",
            commit: "a9f6e38446d29663997bf46d912c000bcd0b2dcb",
            rawFile: "china/provinces_reference.csv",
            kind: "compilation",
          },
          {
            publisher: { zh: "Debian iso-codes", en: "Debian iso-codes (ISO 3166-2)" },
            title: "iso-codes data/iso_3166-2.json",
            repository: "sailfishos-mirror/iso-codes",
            path: "data/iso_3166-2.json",
            commit: "a9e9e31918072b9277ee67734b9e3301855dbbf9",
            rawFile: "china/provinces_reference.csv",
            kind: "compilation",
          },
          {
            publisher: { zh: "国家统计局", en: "National Bureau of Statistics of China (NBS)" },
            title: "东西中部和东北地区划分方法",
            url: "http://www.stats.gov.cn/tjzs/t20110613_402731597.htm",
            rawFile: "china/provinces_reference.csv",
            kind: "official",
          },
        ],
        caveats: [
          {
            zh: "ISO 于2010年代后期改用字母码（如 CN-BJ）；部分数据仍使用旧数字码（如 CN-11），两者均已给出。",
            en: "ISO switched to alpha codes (e.g. CN-BJ) in the late 2010s; some data still use numeric codes (e.g. CN-11), so both are given.",
          },
        ],
      },
      versions: [
        {
          meta: {
            version: "1.0.0",
            published: "2026-11-28",
            changes: { zh: "首次发布。", en: "First release." },
          },
          rows,
        },
      ],
    };
  },
};
