/**
 * @module What a unit string means for display: how many base units it counts (亿元 = 10⁸ 元), whether it is a
 * currency, a per cent or percentage points, or a descriptor such as 系数（0—1） that a number does not repeat.
 * Read from the metadata's own unit text in both languages, so no unit list is kept by hand.
 */
import type { LocalizedText } from "../../schemas/localized-text";

/** How a unit behaves when values are printed and scaled. */
export interface UnitInfo {
  /** The unit as the metadata states it. */
  text: LocalizedText;
  /** How many base units one unit counts (亿元 → 1e8); 1 when not a counted quantity. */
  multiplier: number;
  /** The counted base unit (元 / yuan, 人 / persons), when values may be rescaled by magnitude. */
  base?: LocalizedText;
  /** ISO-like currency label in English ("CNY", "US$", "int.$"), when the base is money. */
  currency?: string;
  /** A price basis kept out of numbers but shown on axes (现价 / current). */
  qualifier?: LocalizedText;
  /** `percent`: "71.6%"; `points`: percentage points; `descriptor`: the number stands alone (系数、指数、倍数);
   * `suffix`: the unit follows the number; `count`: a rescalable quantity. */
  role: "percent" | "points" | "descriptor" | "suffix" | "count";
}

const ZH_PREFIX: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 100 };
const EN_PREFIX = /^(?:(100 million|10,000|1,000|trillion|billion|million|thousand)\s+)?(.+)$/;
const ZH_COUNT = /^(现价)?(万亿|千万|百万|亿|万|千|百)?(元|人|个|件|户|GB|公里|台|美元|国际元)$/;
const CURRENCIES: Record<string, string> = { 元: "CNY", 美元: "US$", 国际元: "int.$" };

/** Reads a unit (as metadata states it in both languages). */
export function unitInfo(unit: LocalizedText | undefined): UnitInfo {
  const text = unit ?? { zh: "", en: "" };
  const zh = text.zh.trim();
  const en = text.en.trim();
  if (zh === "%" || zh.startsWith("%") || zh.startsWith("占") || /^%/.test(en)) return { text, multiplier: 1, role: "percent" };
  if (zh === "百分点" || /percentage points?/.test(en)) return { text, multiplier: 1, role: "points" };
  if (/^(系数|指数|倍)（/.test(zh) || /^(coefficient|index|ratio)\b/.test(en) || zh.startsWith("每"))
    return { text, multiplier: 1, role: "descriptor" };
  const m = ZH_COUNT.exec(zh);
  if (m) {
    const multiplier = m[2] ? (ZH_PREFIX[m[2]] ?? 1) : 1;
    const qualifier = m[1] ? { zh: m[1], en: "current" } : undefined;
    const enBase = (EN_PREFIX.exec(en.replace(/^current\s+/, ""))?.[2] ?? en).trim();
    const zhBase = m[3] as string;
    return { text, multiplier, base: { zh: zhBase, en: enBase }, currency: CURRENCIES[zhBase], qualifier, role: "count" };
  }
  return { text, multiplier: 1, role: zh || en ? "suffix" : "descriptor" };
}
