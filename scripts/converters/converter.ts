/**
 * @module The contract every dataset converter follows: read raw files, return metadata and versions.
 */
import type { DatasetMeta, VersionMeta } from "../../schemas";
import type { RawReader } from "../lib/raw";

/** A row as written to a version's `data.csv`: column → value (`undefined` = empty cell). */
export type DataRow = Record<string, string | number | undefined>;

/** One version a converter publishes. Older versions stay listed so the conversion reproduces them. */
export interface ConvertedVersion {
  meta: VersionMeta;
  rows: DataRow[];
}

/** The result of converting one dataset. */
export interface ConvertedDataset {
  meta: DatasetMeta;
  versions: ConvertedVersion[];
}

/** A converter: a pure function of the raw files. */
export interface Converter {
  id: string;
  /** Raw files it reads, relative to the raw folder (for docs and for the provenance test). */
  rawFiles: string[];
  convert(raw: RawReader): ConvertedDataset;
}

/** NBS attribution, shared by every dataset from the National Bureau of Statistics. */
export const NBS_LICENCE = {
  id: "attribution-required",
  title: "Official statistics; reuse with attribution (no open licence stated)",
  attribution: { zh: "来源：国家统计局", en: "Source: National Bureau of Statistics of China" },
} as const;

/** The NBS as a publisher. */
export const NBS = { zh: "国家统计局", en: "National Bureau of Statistics of China (NBS)" } as const;

/** Publication metadata of a dataset's first version, for the datasets first published together on this date. */
export const FIRST_RELEASE = {
  version: "1.0.0",
  published: "2026-11-28",
  changes: { zh: "首次发布。", en: "First release." },
} as const;

/** Attribution for official Chinese statistics other than the NBS's (no open licence stated; reused with attribution). */
export function officialLicence(attribution: { zh: string; en: string }) {
  return { id: "attribution-required", title: "Official statistics; reuse with attribution (no open licence stated)", attribution };
}

/** CNNIC as a publisher. */
export const CNNIC = { zh: "中国互联网络信息中心", en: "China Internet Network Information Center (CNNIC)" } as const;

/** MIIT as a publisher. */
export const MIIT = { zh: "工业和信息化部", en: "Ministry of Industry and Information Technology (MIIT)" } as const;

/** The State Post Bureau as a publisher. */
export const SPB = { zh: "国家邮政局", en: "State Post Bureau of China (SPB)" } as const;

/** CAICT as a publisher. */
export const CAICT = { zh: "中国信息通信研究院", en: "China Academy of Information and Communications Technology (CAICT)" } as const;

/**
 * CAICT's white papers require anyone who reuses them to state "来源：中国信息通信研究院" (copyright notice quoted at
 * the URL below, per `china/SOURCES.md`).
 */
export const CAICT_LICENCE = {
  id: "attribution-required",
  title: "CAICT research reports: reuse requires the statement 来源：中国信息通信研究院",
  url: "http://www.ccyxbj.cn/baogao/108755.html",
  attribution: {
    zh: "来源：中国信息通信研究院",
    en: "Source: China Academy of Information and Communications Technology (来源：中国信息通信研究院)",
  },
} as const;
