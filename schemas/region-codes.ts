/**
 * @module The one region-code scheme of every dataset: which code families exist, which aggregate codes are
 * documented here (rather than listed in the `regions` or `countries` reference tables), and their names.
 * The build refuses an observation whose region is in none of them (scripts/lib/check-regions.ts);
 * docs/region-codes.md explains the scheme with tables.
 */
import * as v from "valibot";
import type { LocalizedText } from "./localized-text";

/**
 * The code families. A family says where its codes are listed:
 * - `province`: ISO 3166-2 alpha codes of China's 31 provincial-level divisions (`CN-BJ`), listed in `regions`;
 * - `china`: China as a whole in China datasets (`CN`, ISO 3166-1 alpha-2), documented here;
 * - `country`: World Bank 3-letter economy codes — ISO 3166-1 alpha-3 plus a few WB codes such as `XKX`
 *   (Kosovo) and `CHI` (Channel Islands) — listed in `countries`; China is `CHN` there;
 * - `wb-aggregate`: World Bank aggregates (`WLD`, `HIC`, `EAS` …), listed in `countries` with kind `aggregate`;
 * - `wb-legacy-aggregate`: a WB region in a definition the WB has since changed, documented here;
 * - `nbs-region`, `spb-belt`, `miit-region`: China's statistical groupings of provinces, documented here.
 */
export const RegionFamily = v.picklist([
  "province",
  "china",
  "country",
  "wb-aggregate",
  "wb-legacy-aggregate",
  "nbs-region",
  "spb-belt",
  "miit-region",
]);
/** A code family. */
export type RegionFamily = v.InferOutput<typeof RegionFamily>;

/** China as a whole in China datasets (ISO 3166-1 alpha-2). */
export const CHINA_CODE = "CN";
/** China as a whole in world datasets (World Bank / ISO 3166-1 alpha-3). */
export const CHINA_ISO3 = "CHN";

/** Codes that name the same place in two code lists; a `region=` filter for one also matches the other. */
export const REGION_ALIASES: Readonly<Record<string, string>> = { [CHINA_CODE]: CHINA_ISO3, [CHINA_ISO3]: CHINA_CODE };

/** The shape every code of a family must have; the families do not overlap. */
export const FAMILY_PATTERNS: Readonly<Record<"province" | "country", RegExp>> = {
  /** `CN-` and two letters: ISO 3166-2 alpha subdivision codes of China. */
  province: /^CN-[A-Z]{2}$/,
  /** Three upper-case letters or digits: the World Bank code list (economies and aggregates). */
  country: /^[A-Z0-9]{3}$/,
};

/** An aggregate code documented in this file rather than in a reference table. */
export interface DocumentedRegion {
  readonly code: string;
  readonly family: RegionFamily;
  readonly name: LocalizedText;
  /** Which provinces or economies it covers, as far as the publisher says. */
  readonly members: LocalizedText;
}

const SPB_MEMBERS: LocalizedText = {
  zh: "国家邮政局公报未列出各地带所含省份；不同于国家统计局四大区域。",
  en: "The SPB communiqués do not list the provinces of each belt; not the NBS four-region grouping.",
};
const MIIT_MEMBERS: LocalizedText = {
  zh: "工业和信息化部发布中未列出所含省份；2019年以前为东中西三分，无单独东北。",
  en: "MIIT releases do not list the provinces; before 2019 MIIT used a three-way East/Central/West split with no separate Northeast.",
};
const NBS_MEMBERS = (group: string): LocalizedText => ({
  zh: `数据集 regions 中 group = ${group} 的省份（国家统计局《东西中部和东北地区划分方法》）。`,
  en: `The provinces with group = ${group} in the regions dataset (NBS, "东西中部和东北地区划分方法").`,
});

/** China as a whole and China's groupings of provinces: NBS four regions, SPB belts, MIIT groupings. */
export const CHINA_AGGREGATES: readonly DocumentedRegion[] = [
  {
    code: CHINA_CODE,
    family: "china",
    name: { zh: "中国（全国）", en: "China (national)" },
    members: { zh: "中国大陆31个省级行政区；与 CHN 同义。", en: "The 31 provincial-level divisions of mainland China; alias of CHN." },
  },
  { code: "CN-EAST", family: "nbs-region", name: { zh: "东部地区", en: "East (NBS)" }, members: NBS_MEMBERS("east") },
  { code: "CN-CENTRAL", family: "nbs-region", name: { zh: "中部地区", en: "Central (NBS)" }, members: NBS_MEMBERS("central") },
  { code: "CN-WEST", family: "nbs-region", name: { zh: "西部地区", en: "West (NBS)" }, members: NBS_MEMBERS("west") },
  { code: "CN-NORTHEAST", family: "nbs-region", name: { zh: "东北地区", en: "Northeast (NBS)" }, members: NBS_MEMBERS("northeast") },
  {
    code: "CN-SPB-EAST",
    family: "spb-belt",
    name: { zh: "东部（国家邮政局）", en: "East belt (State Post Bureau)" },
    members: SPB_MEMBERS,
  },
  {
    code: "CN-SPB-CENTRAL",
    family: "spb-belt",
    name: { zh: "中部（国家邮政局）", en: "Central belt (State Post Bureau)" },
    members: SPB_MEMBERS,
  },
  {
    code: "CN-SPB-WEST",
    family: "spb-belt",
    name: { zh: "西部（国家邮政局）", en: "West belt (State Post Bureau)" },
    members: SPB_MEMBERS,
  },
  { code: "CN-MIIT-EAST", family: "miit-region", name: { zh: "东部（工业和信息化部）", en: "East (MIIT)" }, members: MIIT_MEMBERS },
  { code: "CN-MIIT-CENTRAL", family: "miit-region", name: { zh: "中部（工业和信息化部）", en: "Central (MIIT)" }, members: MIIT_MEMBERS },
  { code: "CN-MIIT-WEST", family: "miit-region", name: { zh: "西部（工业和信息化部）", en: "West (MIIT)" }, members: MIIT_MEMBERS },
  {
    code: "CN-MIIT-NORTHEAST",
    family: "miit-region",
    name: { zh: "东北（工业和信息化部）", en: "Northeast (MIIT)" },
    members: MIIT_MEMBERS,
  },
];

/**
 * World Bank regions in the definition used before 1 July 2025, when Afghanistan and Pakistan moved from South
 * Asia to the region now called "Middle East, North Africa, Afghanistan & Pakistan". The WB kept the codes
 * `MEA` and `SAS` for the new definitions, so series computed with the old membership (OWID's "(WB)" regions)
 * get their own codes instead of being filed under a code whose meaning changed.
 */
export const LEGACY_WB_AGGREGATES: readonly DocumentedRegion[] = [
  {
    code: "MEA-FY25",
    family: "wb-legacy-aggregate",
    name: { zh: "中东和北非（世界银行2025财年及以前的划分）", en: "Middle East & North Africa (WB definition to FY2025)" },
    members: {
      zh: "世界银行2025年7月1日以前的中东和北非地区，不含阿富汗和巴基斯坦。",
      en: "The WB Middle East & North Africa region before 1 July 2025, without Afghanistan and Pakistan.",
    },
  },
  {
    code: "SAS-FY25",
    family: "wb-legacy-aggregate",
    name: { zh: "南亚（世界银行2025财年及以前的划分）", en: "South Asia (WB definition to FY2025)" },
    members: {
      zh: "世界银行2025年7月1日以前的南亚地区，含阿富汗和巴基斯坦。",
      en: "The WB South Asia region before 1 July 2025, with Afghanistan and Pakistan.",
    },
  },
];

/** Every aggregate code documented here (the others are listed in the `regions` and `countries` datasets). */
export const DOCUMENTED_REGIONS: readonly DocumentedRegion[] = [...CHINA_AGGREGATES, ...LEGACY_WB_AGGREGATES];
