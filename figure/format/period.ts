/**
 * @module Periods as readers of each language write them — the one period formatter of the site, the widgets
 * and the server-side renderer: 2021 → "2021年" / "2021", 2021-06 → "2021年6月" / "Jun 2021",
 * 2021-Q3 → "2021年第3季度" / "Q3 2021", 2021-H1 → "2021年上半年" / "H1 2021".
 */
import { periodSpan } from "../../schemas/period";
import type { FigureLang } from "../model";

/** Formats a period for reading; a string that is not a period is returned as it is. */
export function formatPeriod(period: string, lang: FigureLang): string {
  const [year, part] = period.split("-");
  if (!part) return lang === "zh" ? `${year}年` : String(year);
  if (/^\d{2}$/.test(part)) {
    const month = Number(part);
    if (lang === "zh") return `${year}年${month}月`;
    return new Intl.DateTimeFormat("en", { month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(Number(year), month - 1, 1));
  }
  if (/^Q[1-4]$/.test(part)) return lang === "zh" ? `${year}年第${part[1]}季度` : `${part} ${year}`;
  if (/^H[12]$/.test(part)) return lang === "zh" ? `${year}年${part === "H1" ? "上半年" : "下半年"}` : `${part} ${year}`;
  return period;
}

/**
 * A span of periods: "2006–2024年" / "2006–2024" when both are years, else both ends in full
 * ("2021年第1季度至2024年第3季度" / "Q1 2021–Q3 2024"); one period alone when they are equal.
 */
export function formatPeriodRange(first: string, last: string, lang: FigureLang): string {
  if (first === last) return formatPeriod(first, lang);
  if (/^\d{4}$/.test(first) && /^\d{4}$/.test(last)) return lang === "zh" ? `${first}–${last}年` : `${first}–${last}`;
  return lang === "zh"
    ? `${formatPeriod(first, lang)}至${formatPeriod(last, lang)}`
    : `${formatPeriod(first, lang)}–${formatPeriod(last, lang)}`;
}

/**
 * Where a period sits on a time axis, in fractional years: a year on its year (2021 → 2021), a month, quarter
 * or half-year at its start (2021-07 → 2021.5), so annual points sit on the year tick rather than mid-year.
 */
export function periodToX(period: string): number {
  const span = periodSpan(period);
  if (!span) return Number.NaN;
  return span.first / 12;
}
