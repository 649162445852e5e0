/**
 * @module A one-sentence description of a chart, in the widget's language, used as its accessible name.
 */
import { formatNumber, type WidgetLang } from "./i18n";
import type { Series } from "./series";

/** Labels a series the reader understands ("Internet penetration (%)"). */
export type SeriesLabel = (series: Series) => string;

/** Formats a period for reading aloud: 2021-06 → "Jun 2021" / "2021年6月". */
export function formatPeriod(period: string, lang: WidgetLang): string {
  const [year, part] = period.split("-");
  if (!part) return lang === "zh" ? `${year}年` : String(year);
  if (/^\d{2}$/.test(part)) {
    const month = Number(part);
    if (lang === "zh") return `${year}年${month}月`;
    return new Intl.DateTimeFormat("en", { month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(Number(year), month - 1, 1));
  }
  return lang === "zh" ? `${year}年${part}` : `${part} ${year}`;
}

/**
 * "From Jun 2007 to Dec 2024, Internet penetration rose from 12.3 to 78.6." — one clause per series
 * (at most three, then "and N more").
 */
export function summarize(series: readonly Series[], label: SeriesLabel, lang: WidgetLang): string {
  const clauses = series.slice(0, 3).flatMap((s) => {
    const first = s.points[0];
    const last = s.points.at(-1);
    if (!first || !last) return [];
    const a = formatNumber(first.y, lang);
    const b = formatNumber(last.y, lang);
    const span =
      lang === "zh"
        ? `${formatPeriod(first.period, lang)}至${formatPeriod(last.period, lang)}`
        : `from ${formatPeriod(first.period, lang)} to ${formatPeriod(last.period, lang)}`;
    if (first === last)
      return lang === "zh"
        ? [`${formatPeriod(first.period, lang)}${label(s)}为${a}`]
        : [`${label(s)} was ${a} in ${formatPeriod(first.period, lang)}`];
    const verb =
      last.y > first.y
        ? lang === "zh"
          ? "由{a}升至{b}"
          : "rose from {a} to {b}"
        : last.y < first.y
          ? lang === "zh"
            ? "由{a}降至{b}"
            : "fell from {a} to {b}"
          : lang === "zh"
            ? "保持在{a}"
            : "stayed at {a}";
    const change = verb.replace("{a}", a).replace("{b}", b);
    return lang === "zh" ? [`${span}，${label(s)}${change}`] : [`${label(s)} ${change} ${span}`];
  });
  if (clauses.length === 0) return "";
  const more = series.length - 3;
  if (lang === "zh") return `${clauses.join("；")}${more > 0 ? `；另有${more}个序列` : ""}。`;
  const text = `${clauses.join("; ")}${more > 0 ? `; and ${more} more series` : ""}.`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
