/**
 * @module Numbers and periods as a reader of each language expects them: zh groups large numbers in 万/亿,
 * a change of a percentage is in percentage points (个百分点 / pp), periods read "2021年6月" / "Jun 2021".
 */
import type { WidgetLang } from "../internal/i18n";

const locale = (lang: WidgetLang) => (lang === "zh" ? "zh-CN" : "en");

/** Formats a number with grouping and exactly `decimals` fraction digits (else up to 2). */
export function formatNumber(value: number, lang: WidgetLang, decimals?: number): string {
  return new Intl.NumberFormat(locale(lang), {
    maximumFractionDigits: decimals ?? 2,
    minimumFractionDigits: decimals ?? 0,
  }).format(value);
}

/**
 * A short form for axes and headlines: 1.23亿 / 4.5万 in zh (Chinese counts in myriads), 123M / 45K in en.
 * Numbers under 10,000 are written in full.
 */
export function formatCompact(value: number, lang: WidgetLang): string {
  if (Math.abs(value) < 10_000) return formatNumber(value, lang, Math.abs(value) < 10 && value % 1 ? 1 : 0);
  return new Intl.NumberFormat(locale(lang), { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** Whether a unit is a percentage, so that differences are percentage points. */
export const isPercentUnit = (unit: string | undefined): boolean => unit?.trim() === "%";

/**
 * A signed change: percentage points when the unit is `%` ("+1.4 个百分点" / "+1.4 pp"), else the relative
 * change in per cent ("+3.2%"), or `undefined` when it cannot be computed (no base, base of zero).
 */
export function formatChange(from: number, to: number, unit: string | undefined, lang: WidgetLang, decimals = 1): string | undefined {
  const sign = (n: number) => (n > 0 ? "+" : n < 0 ? "−" : "±");
  if (isPercentUnit(unit)) {
    const d = to - from;
    return `${sign(d)}${formatNumber(Math.abs(d), lang, decimals)}${lang === "zh" ? " 个百分点" : " pp"}`;
  }
  if (from === 0) return undefined;
  const r = ((to - from) / Math.abs(from)) * 100;
  return `${sign(r)}${formatNumber(Math.abs(r), lang, decimals)}%`;
}

/** Formats a period for reading: 2021 → "2021年"/"2021", 2021-06 → "2021年6月"/"Jun 2021", 2021-Q3, 2021-H1. */
export function formatPeriod(period: string, lang: WidgetLang): string {
  const [year, part] = period.split("-");
  if (!part) return lang === "zh" ? `${year}年` : String(year);
  if (/^\d{2}$/.test(part)) {
    const month = Number(part);
    if (lang === "zh") return `${year}年${month}月`;
    return new Intl.DateTimeFormat("en", { month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(Number(year), month - 1, 1));
  }
  if (lang === "zh") return `${year}年${part[0] === "Q" ? `第${part[1]}季度` : part === "H1" ? "上半年" : "下半年"}`;
  return `${part} ${year}`;
}

/** A value with its unit: "71.6%", "6,602.6 亿元", "1,032 million persons". */
export function withUnit(text: string, unit: string | undefined): string {
  if (!unit) return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}
