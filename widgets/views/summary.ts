/**
 * @module One-sentence descriptions of what a widget shows, in its language ("2013–2023年，…由…降至…"),
 * used as the figure's accessible description and shown under its title.
 */

import type { WidgetLang } from "../internal/i18n";
import { formatPeriod } from "./format";

/** A series reduced to what a sentence says about it: its label and its first and last points. */
export interface Trend {
  label: string;
  first: { period: string; text: string; y: number };
  last: { period: string; text: string; y: number };
}

/**
 * "Internet penetration rose from 12.3% to 78.6% from Jun 2007 to Dec 2024." — one clause per series
 * (at most three, then "and N more").
 */
export function summarizeTrends(trends: readonly Trend[], lang: WidgetLang): string {
  const zh = lang === "zh";
  const clauses = trends.slice(0, 3).map(({ label, first, last }) => {
    const [a, b] = [first.text, last.text];
    const from = formatPeriod(first.period, lang);
    const to = formatPeriod(last.period, lang);
    if (first.period === last.period) return zh ? `${from}${label}为${a}` : `${label} was ${a} in ${from}`;
    const change =
      last.y > first.y
        ? zh
          ? `由${a}升至${b}`
          : `rose from ${a} to ${b}`
        : last.y < first.y
          ? zh
            ? `由${a}降至${b}`
            : `fell from ${a} to ${b}`
          : zh
            ? `保持在${a}`
            : `stayed at ${a}`;
    return zh ? `${from}至${to}，${label}${change}` : `${label} ${change} from ${from} to ${to}`;
  });
  if (clauses.length === 0) return "";
  const more = trends.length - 3;
  if (zh) return `${clauses.join("；")}${more > 0 ? `；另有${more}个序列` : ""}。`;
  return capitalize(`${clauses.join("; ")}${more > 0 ? `; and ${more} more series` : ""}.`);
}

/** A ranked item: its name and value text. */
export interface Ranked {
  name: string;
  text: string;
}

/**
 * "In 2024, Guangdong had the highest gross regional product (141,633.8) and Tibet the lowest (2,765.0),
 * among 31 regions." — `sorted` from highest to lowest.
 */
export function summarizeRanking(sorted: readonly Ranked[], measure: string, period: string, lang: WidgetLang): string {
  const top = sorted[0];
  const bottom = sorted.at(-1);
  if (!top || !bottom) return "";
  const when = formatPeriod(period, lang);
  // "Gross regional product" reads "gross regional product" mid-sentence; "GDP" stays as it is.
  const what = lang === "en" && /^[A-Z][a-z]/.test(measure) ? measure.charAt(0).toLowerCase() + measure.slice(1) : measure;
  if (lang === "zh")
    return sorted.length === 1
      ? `${when}${top.name}的${what}为${top.text}。`
      : `${when}，${sorted.length}个地区中${what}最高的是${top.name}（${top.text}），最低的是${bottom.name}（${bottom.text}）。`;
  return sorted.length === 1
    ? `In ${when}, ${what} in ${top.name} was ${top.text}.`
    : `In ${when}, ${top.name} had the highest ${what} (${top.text}) and ${bottom.name} the lowest (${bottom.text}), among ${sorted.length} regions.`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
