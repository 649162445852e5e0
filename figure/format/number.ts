/**
 * @module Numbers as readers of each language expect them, shared by the site, the widgets and the renderers:
 * scaled by magnitude (zh 万 / 亿 / 万亿, en thousand / million / billion / trillion), a few significant figures
 * in text and on axes, full precision in tables, "—" for a missing value, per cent versus percentage points.
 * Intl.NumberFormat does the digits; this module only decides the scale and the unit words.
 */
import type { FigureLang, NumberScale } from "../model";
import { type UnitInfo, unitInfo } from "./unit";

/** The text of a missing value. */
export const MISSING = "—";

const formatters = new Map<string, Intl.NumberFormat>();
function nf(lang: FigureLang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}|${min}|${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en", { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f;
}

/** A number with grouping and exactly `decimals` fraction digits (else up to 2): full precision, for tables. */
export function formatNumber(value: number | null | undefined, lang: FigureLang, decimals?: number): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  return nf(lang, decimals ?? 0, decimals ?? 2).format(value);
}

interface Step {
  divisor: number;
  zh: string;
  en: string;
  abbr: string;
}
const ZH_STEPS: Step[] = [
  { divisor: 1e12, zh: "万亿", en: "", abbr: "" },
  { divisor: 1e8, zh: "亿", en: "", abbr: "" },
  { divisor: 1e4, zh: "万", en: "", abbr: "" },
];
const EN_STEPS: Step[] = [
  { divisor: 1e12, zh: "", en: "trillion", abbr: "tn" },
  { divisor: 1e9, zh: "", en: "billion", abbr: "bn" },
  { divisor: 1e6, zh: "", en: "million", abbr: "mn" },
];

/** The step of magnitude for an absolute value in base units, or none below 万 (zh) / a million (en). */
function stepFor(baseMagnitude: number, lang: FigureLang): Step | undefined {
  return (lang === "zh" ? ZH_STEPS : EN_STEPS).find((s) => baseMagnitude >= s.divisor);
}

/**
 * The scale for values of a unit whose largest magnitude is `magnitude` (in the unit, e.g. 亿元): divide by
 * `divisor`, print `decimals` digits, title the axis `unit`. Only counted quantities rescale; other units keep
 * their own text.
 */
export function chooseScale(magnitude: number, unit: UnitInfo, lang: FigureLang, decimals = 0): NumberScale {
  const title = axisUnit(unit, lang);
  if (unit.role !== "count" || !unit.base) return { divisor: 1, decimals, unit: title };
  const step = stepFor(Math.abs(magnitude) * unit.multiplier, lang);
  const divisor = (step?.divisor ?? 1) / unit.multiplier;
  return { divisor, decimals, unit: scaledUnit(unit, step, lang, "axis") };
}

/** The axis title of an unscaled unit: the metadata's text (per cent as "%"). */
function axisUnit(unit: UnitInfo, lang: FigureLang): string {
  return unit.text[lang];
}

/** The scaled unit words: "万亿元" / "亿人" (zh); "CNY tn" / "billion persons" (en). */
function scaledUnit(unit: UnitInfo, step: Step | undefined, lang: FigureLang, where: "axis" | "text"): string {
  const base = unit.base as { zh: string; en: string };
  if (lang === "zh") {
    const words = `${step?.zh ?? ""}${base.zh}`;
    return unit.qualifier && where === "axis" ? `${words}（${unit.qualifier.zh}）` : words;
  }
  const qualifier = unit.qualifier && where === "axis" ? ` (${unit.qualifier.en})` : "";
  if (unit.currency) return `${unit.currency}${step ? ` ${step.en}` : ""}${qualifier}`;
  return `${step ? `${step.en} ` : ""}${base.en}${qualifier}`;
}

/** Fraction digits that give a few (3–4) significant figures for a scaled number. */
export function displayDecimals(scaled: number): number {
  const a = Math.abs(scaled);
  if (a === 0) return 0;
  if (a >= 1000) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 2;
  return Math.min(6, 2 - Math.floor(Math.log10(a)));
}

/** Options of {@link formatValue}. */
export interface FormatOptions {
  /** Fraction digits the source prints: text never shows more than these when the value is not rescaled. */
  decimals?: number;
  /** Print the unit (default true). */
  unit?: boolean;
  /** A forced scale (an axis's), else one chosen for this value. */
  scale?: NumberScale;
  /** Show a sign (changes). */
  signed?: boolean;
}

/**
 * A value for reading, with a few significant figures and its unit: "134.9万亿元", "14.1亿人", "71.6%",
 * "0.479" (zh); "CNY 134.9 tn", "US$19.5 tn", "1.41 billion persons" (en); "—" when missing.
 */
export function formatValue(
  value: number | null | undefined,
  unitText: { zh: string; en: string } | undefined,
  lang: FigureLang,
  options: FormatOptions = {},
): string {
  if (value == null || !Number.isFinite(value)) return MISSING;
  const unit = unitInfo(unitText);
  const withUnit = options.unit !== false;
  if (unit.role === "count" && unit.base) {
    const step = stepFor(Math.abs(value) * unit.multiplier, lang);
    const divisor = (step?.divisor ?? 1) / unit.multiplier;
    const scaled = value / divisor;
    let decimals = displayDecimals(scaled);
    if (divisor === 1 && options.decimals !== undefined) decimals = Math.min(decimals, options.decimals);
    const digits = signed(nf(lang, 0, decimals).format(Math.abs(scaled)), value, options.signed);
    if (!withUnit) return digits;
    if (lang === "zh") return `${digits}${scaledUnit(unit, step, lang, "text")}`;
    if (unit.currency) {
      // "US$19.5 tn", "CNY 134.9 tn": a symbol hugs the number, a code is spaced.
      const gap = /[A-Z]$/.test(unit.currency) ? " " : "";
      return `${unit.currency}${gap}${digits}${step ? ` ${step.abbr}` : ""}`;
    }
    return `${digits} ${step ? `${step.en} ` : ""}${(unit.base as { en: string }).en}`;
  }
  let decimals = displayDecimals(value);
  if (options.decimals !== undefined) decimals = Math.min(decimals, options.decimals);
  const digits = signed(nf(lang, 0, decimals).format(Math.abs(value)), value, options.signed);
  if (!withUnit) return digits;
  return appendUnit(digits, unit, lang);
}

/** A number followed by its unit as the unit's role says. */
function appendUnit(digits: string, unit: UnitInfo, lang: FigureLang): string {
  switch (unit.role) {
    case "percent":
      return `${digits}%`;
    case "points":
      return lang === "zh" ? `${digits}个百分点` : `${digits} pp`;
    case "descriptor":
      return digits;
    default:
      return lang === "zh" ? `${digits}${unit.text.zh}` : `${digits} ${unit.text.en}`;
  }
}

const MINUS = "−";
function signed(digits: string, value: number, show?: boolean): string {
  if (value < 0) return `${MINUS}${digits}`;
  return show ? (value > 0 ? `+${digits}` : `±${digits}`) : digits;
}

/**
 * A tick label on a scaled axis: the scaled number with exactly the axis's decimals (never repeating, since
 * ticks are at least one step of that precision apart).
 */
export function formatTick(value: number, scale: NumberScale, lang: FigureLang): string {
  const scaled = value / scale.divisor;
  const digits = nf(lang, scale.decimals, scale.decimals).format(Math.abs(scaled));
  return scaled < 0 && digits.replace(/[0.,\s]/g, "") !== "" ? `${MINUS}${digits}` : digits;
}

/**
 * A change between two values: percentage points when the unit is a per cent ("+1.4个百分点" / "+1.4 pp"), else
 * the relative change in per cent ("+3.2%"); `undefined` when there is no base to compare with.
 */
export function formatChange(
  from: number,
  to: number,
  unitText: { zh: string; en: string } | undefined,
  lang: FigureLang,
): string | undefined {
  const unit = unitInfo(unitText);
  if (unit.role === "percent") {
    const d = to - from;
    const digits = signed(nf(lang, 1, 1).format(Math.abs(d)), d, true);
    return lang === "zh" ? `${digits}个百分点` : `${digits} pp`;
  }
  if (from === 0) return undefined;
  const r = ((to - from) / Math.abs(from)) * 100;
  return `${signed(nf(lang, 1, 1).format(Math.abs(r)), r, true)}%`;
}
