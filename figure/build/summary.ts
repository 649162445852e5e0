/**
 * @module One-sentence descriptions of what a figure shows, in its language ("2013–2023年，…由…降至…"): the
 * accessible description; its first clause is the one-line takeaway shown under the title.
 */
import { formatPeriod } from "../format/period";
import type { FigureLang, FigurePoint } from "../model";

/** A series reduced to what a sentence says about it. */
export interface Trend {
  label: string;
  /** The label begins with a name (a region, a country, a platform), kept as written mid-sentence in en. */
  name?: boolean;
  first?: Pick<FigurePoint, "period" | "text" | "y">;
  last?: Pick<FigurePoint, "period" | "text" | "y">;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "Gross regional product" reads "gross regional product" mid-sentence; "GDP" stays. */
export const midSentence = (text: string, lang: FigureLang) =>
  lang === "en" && /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** "2006至2024年，国内生产总值由21.9万亿元升至134.9万亿元" — one clause per series, at most three. */
export function summarizeTrends(trends: readonly Trend[], lang: FigureLang): string {
  const zh = lang === "zh";
  const clauses = trends.slice(0, 3).flatMap(({ label, name, first, last }) => {
    if (!first || !last || first.y == null || last.y == null) return [];
    const [a, b] = [first.text, last.text];
    const from = formatPeriod(first.period, lang);
    const to = formatPeriod(last.period, lang);
    if (first.period === last.period)
      return [zh ? `${from}${label}为${a}` : `${name ? label : midSentence(label, lang)} was ${a} in ${from}`];
    const up = last.y > first.y;
    const same = last.y === first.y;
    const change = same
      ? zh
        ? `保持在${a}`
        : `stayed at ${a}`
      : zh
        ? `由${a}${up ? "升至" : "降至"}${b}`
        : `${up ? "rose" : "fell"} from ${a} to ${b}`;
    return [zh ? `${from}至${to}，${label}${change}` : `${name ? label : midSentence(label, lang)} ${change} from ${from} to ${to}`];
  });
  if (clauses.length === 0) return "";
  const more = trends.length - 3;
  if (zh) return `${clauses.join("；")}${more > 0 ? `；另有${more}个序列` : ""}。`;
  return capitalize(`${clauses.join("; ")}${more > 0 ? `; and ${more} more series` : ""}.`);
}

/** "2024年，31个地区中…最高的是广东（14.2万亿元），最低的是西藏（2,765亿元）。" — `sorted` high to low. */
export function summarizeRanking(
  sorted: readonly { name: string; text: string }[],
  what: string,
  period: string,
  lang: FigureLang,
  regions = true,
): string {
  const top = sorted[0];
  const bottom = sorted.at(-1);
  if (!top || !bottom) return "";
  const when = formatPeriod(period, lang);
  const w = midSentence(what, lang);
  if (lang === "zh")
    return sorted.length === 1
      ? `${when}${top.name}的${w}为${top.text}。`
      : `${when}，${sorted.length}${regions ? "个地区" : "项"}中${w}最高的是${top.name}（${top.text}），最低的是${bottom.name}（${bottom.text}）。`;
  return sorted.length === 1
    ? `In ${when}, ${w} in ${top.name} was ${top.text}.`
    : // "had the highest doctors" did not read; "ranked first in" does, whatever the measure counts.
      `In ${when}, ${top.name} ranked first in ${w} (${top.text}) and ${bottom.name} last (${bottom.text}), among ${sorted.length}${regions ? " regions" : ""}.`;
}
