/**
 * @module Region names in the figure's language, from a names table the build generates out of the data (the
 * `regions` and `countries` datasets and the documented aggregate codes; scripts/build/names.ts). A figure never
 * shows a code when the table names it.
 */
import type { FigureLang } from "./model";

/** The names of one region code. */
export interface RegionName {
  zh: string;
  en: string;
  /** Short forms for tiles and tight legends ("粤" is not used: "广东"; "Guangdong"). */
  zhShort?: string;
  enShort?: string;
  /** `province`, `country`, `aggregate` …: what the code is. */
  kind?: string;
  /** The NBS group of a province (`east` …). */
  group?: string;
  /**
   * Who wrote the zh name when no source publishes one: `prosperity-atlas` for the World Bank aggregates, whose
   * WDI names are English only (scripts/lib/wb-aggregate-names-zh.ts).
   */
  zhBy?: string;
}

/** Region code → names. */
export type NameTable = Readonly<Record<string, RegionName>>;

/** The name of `code` in `lang` (its short form when asked and known), or the code itself when unknown. */
export function regionName(names: NameTable | undefined, code: string, lang: FigureLang, short = false): string {
  const n = names?.[code];
  if (!n) return code;
  if (short) return (lang === "zh" ? n.zhShort : n.enShort) ?? n[lang];
  return n[lang];
}
