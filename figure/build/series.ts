/**
 * @module Series figures (line, area, bar): rows grouped into named series, a time axis spanning the data (or a
 * category axis for few periods), one value axis per unit (at most two), flags as hollow points and break
 * marks, last-value labels, and the sentence that says what the figure shows.
 */
import { comparePeriods } from "../../schemas/period";
import { valueAxis } from "../axis/value-axis";
import { categoryLabel } from "../category-name";
import { seriesColor, seriesDash, seriesMarker } from "../colors";
import { flagText, isWeak, parseFlags } from "../flags";
import { formatNumber } from "../format/number";
import { formatPeriod, formatPeriodRange, periodToX } from "../format/period";
import { unitInfo } from "../format/unit";
import type { FigureInput, MeasureInput, RowInput } from "../input";
import type { Annotation, Figure, FigurePoint, FigureSeries } from "../model";
import { baseFigure, flagNotes, joinList, measureTitle, NATIONAL, nameOf, valueText } from "./common";
import type { MeasureChoice } from "./select";
import { summarizeTrends } from "./summary";
import { categoryAxis, timeAxis } from "./time-axis";

/** At most this many series are drawn; a note says how many more the selection has. */
export const MAX_SERIES = 12;
/** Up to this many periods, periods are categories rather than points in time. */
export const CATEGORY_PERIODS = 3;

/** Rows of the chosen measures, regions, categories and period range. */
export function selectRows(input: FigureInput, measures: readonly MeasureInput[]): RowInput[] {
  const ids = new Set(measures.map((m) => m.id));
  const regions = input.region?.length ? new Set(input.region) : undefined;
  const categories = input.category?.length ? new Set(input.category) : undefined;
  const [from, to] = (input.period ?? "").split("..");
  return input.data.rows.filter(
    (r) =>
      ids.has(r.measure) &&
      (!regions || regions.has(r.region)) &&
      (!categories || (r.category !== undefined && categories.has(r.category))) &&
      (!input.period ||
        (input.period.includes("..")
          ? (!from || comparePeriods(r.period, from) >= 0) && (!to || comparePeriods(r.period, to) <= 0)
          : r.period === input.period)),
  );
}

interface Group {
  key: string;
  region: string;
  measure: string;
  category?: string;
  rows: RowInput[];
}

/** Groups rows by (measure, region, category), ordered as measures, then regions were asked for. */
export function groupRows(rows: readonly RowInput[], measures: readonly MeasureInput[], regions: readonly string[] = []): Group[] {
  const groups = new Map<string, Group>();
  for (const r of rows) {
    const key = `${r.measure}|${r.region}|${r.category ?? ""}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, region: r.region, measure: r.measure, category: r.category, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(r);
  }
  const rank = (list: readonly string[], item: string) => (list.includes(item) ? list.indexOf(item) : list.length);
  const mids = measures.map((m) => m.id);
  const all = [...groups.values()];
  for (const g of all) g.rows.sort((a, b) => comparePeriods(a.period, b.period));
  return all.sort((a, b) => rank(mids, a.measure) - rank(mids, b.measure) || rank(regions, a.region) - rank(regions, b.region));
}

/**
 * A series name: the measure, plus the region and category when several are shown — names, never codes, and a
 * category in the figure's language ("美团外卖", not "Meituan Waimai (美团外卖)").
 */
export function seriesName(input: FigureInput, g: Group, all: readonly Group[]): string {
  const parts: string[] = [];
  const several = (f: (x: Group) => string | undefined) => new Set(all.map(f)).size > 1;
  if (!namesFirst(all)) parts.push(measureTitle(input, g.measure));
  if (several((x) => x.region)) parts.push(nameOf(input, g.region));
  if (g.category && several((x) => x.category)) parts.push(categoryLabel(g.category, input.lang));
  return parts.join(input.lang === "zh" ? "：" : ": ");
}

/**
 * Whether {@link seriesName} begins with a region's or category's name (the series differ by place or platform,
 * not by measure): such a label keeps its capital mid-sentence ("…; Jiangsu rose…", not "jiangsu").
 */
export function namesFirst(all: readonly Group[]): boolean {
  const several = (f: (x: Group) => string | undefined) => new Set(all.map(f)).size > 1;
  return !several((x) => x.measure) && (several((x) => x.region) || several((x) => x.category));
}

/** What is plotted, as a title: the measure(s), and the place when there is one (not the national total). */
export function seriesTitle(input: FigureInput, groups: readonly Group[]): string {
  const zh = input.lang === "zh";
  const measures = [...new Set(groups.map((g) => g.measure))].map((m) => measureTitle(input, m));
  const what = measures.length <= 3 ? joinList(measures, input.lang) : input.data.title[input.lang];
  const regions = [...new Set(groups.map((g) => g.region))];
  const where = regions.length === 1 && regions[0] && !NATIONAL.has(regions[0]) ? nameOf(input, regions[0]) : "";
  if (!where) return what;
  return zh ? `${where}${what}` : `${what}, ${where}`;
}

/** A line, area or bar figure (one period becomes a ranking). */
export function seriesFigure(input: FigureInput, choice: MeasureChoice): Figure {
  const lang = input.lang;
  const zh = lang === "zh";
  const rows = selectRows(input, choice.measures);
  const periods = [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
  let groups = groupRows(rows, choice.measures, input.region);
  const dropped = groups.length - MAX_SERIES;
  if (dropped > 0) groups = groups.slice(0, MAX_SERIES);
  const kind = input.kind === "bar" || input.kind === "area" ? input.kind : "line";
  const category = kind === "bar" || periods.length <= CATEGORY_PERIODS;
  const figure = baseFigure(input, kind, seriesTitle(input, groups));
  const measures = new Map(choice.measures.map((m) => [m.id, m]));
  const axisOf = (m: string) => (choice.units.indexOf(measures.get(m)?.unit.zh ?? "") === 1 ? "y2" : "y");
  const xOf = (p: string) => (category ? periods.indexOf(p) : periodToX(p));
  figure.x = category
    ? categoryAxis(periods.map((p) => formatPeriod(p, lang)))
    : timeAxis(periodToX(periods[0] as string), periodToX(periods.at(-1) as string), lang);
  figure.y = choice.units.map((u, i) => {
    const ids = new Set(choice.measures.filter((m) => m.unit.zh === u).map((m) => m.id));
    const m = choice.measures.find((x) => x.unit.zh === u);
    const values = groups.filter((g) => ids.has(g.measure)).flatMap((g) => g.rows.map((r) => r.value));
    return valueAxis(i === 0 ? "y" : "y2", values, unitInfo(m?.unit), lang, { zero: kind === "line" ? "near" : "always" });
  });
  figure.unit = figure.y[0]?.title;
  const annotations: Annotation[] = [];
  figure.series = groups.map((g, i): FigureSeries => {
    const m = measures.get(g.measure);
    const points = g.rows.map((r): FigurePoint => {
      const flags = parseFlags(r.status);
      return {
        x: xOf(r.period),
        y: r.value,
        raw: r.value,
        period: r.period,
        text: valueText(m, r.value, lang),
        flags,
        hollow: isWeak(flags),
      };
    });
    const id = g.key;
    for (const p of points) {
      if (p.flags.includes("break")) annotations.push({ kind: "break", series: id, x: p.x, label: flagText("break", lang) });
      if (p.hollow && p.y != null)
        annotations.push({
          kind: "weak-source",
          series: id,
          x: p.x,
          y: p.y,
          flags: p.flags,
          label: p.flags.map((f) => flagText(f, lang)).join(zh ? "，" : ", "),
        });
    }
    return {
      id,
      name: seriesName(input, g, groups),
      region: g.region,
      measure: g.measure,
      category: g.category,
      axis: axisOf(g.measure),
      color: seriesColor(i),
      dash: seriesDash(i),
      marker: seriesMarker(i),
      points,
    };
  });
  if (figure.series.length <= 4)
    for (const s of figure.series) {
      const last = s.points.at(-1);
      if (last?.y != null) annotations.push({ kind: "last-value", series: s.id, x: last.x, y: last.y, label: last.text });
    }
  figure.annotations = annotations;
  figure.legend = figure.series.map((s, i) => ({
    id: s.id,
    label: s.name,
    color: s.color,
    dash: s.dash,
    marker: s.marker,
    // Bars have no line or marker: a hatch beside the colour.
    ...(kind === "bar" ? { pattern: i } : {}),
    hollow: false,
  }));
  figure.notes = flagNotes(rows, lang);
  if (dropped > 0)
    figure.notes.push(
      zh
        ? `另有${dropped}个序列未显示；请用 region 或 measure 缩小范围。`
        : `${dropped} more series are not shown; narrow the selection with region or measure.`,
    );
  const regions = [...new Set(groups.map((g) => g.region))];
  const span = formatPeriodRange(periods[0] as string, periods.at(-1) as string, lang);
  const scope = regions.length === 1 && regions[0] ? nameOf(input, regions[0]) : "";
  figure.subtitle = [scope, span].filter(Boolean).join(zh ? "，" : ", ");
  figure.summary = summarizeTrends(
    figure.series.map((s) => ({ label: s.name, name: namesFirst(groups), first: s.points[0], last: s.points.at(-1) })),
    lang,
  );
  figure.takeaway = figure.summary.split(zh ? "；" : "; ")[0]?.replace(/[。.]?$/, zh ? "。" : ".") ?? "";
  figure.selection = { measures: choice.measures.map((m) => m.id), regions, period: input.period };
  figure.table = seriesTable(input, figure, periods);
  return figure;
}

/** The table of a series figure: one row per period, one column per series, full precision. */
function seriesTable(input: FigureInput, figure: Figure, periods: readonly string[]) {
  const lang = input.lang;
  const columnUnit = (s: FigureSeries) => input.data.measures.find((m) => m.id === s.measure)?.unit[lang];
  return {
    columns: [
      { label: lang === "zh" ? "时期" : "Period" },
      ...figure.series.map((s) => ({ label: withUnit(s.name, columnUnit(s), lang), numeric: true })),
    ],
    rows: periods.map((p) => ({
      cells: [
        { text: formatPeriod(p, lang), value: p },
        ...figure.series.map((s) => {
          const point = s.points.find((q) => q.period === p);
          const decimals = input.data.measures.find((m) => m.id === s.measure)?.decimals;
          return point?.raw == null ? { text: "—", value: null } : { text: fullNumber(point.raw, lang, decimals), value: point.raw };
        }),
      ],
    })),
  };
}

const fullNumber = (v: number, lang: FigureInput["lang"], decimals?: number) => formatNumber(v, lang, decimals);

/** A column header with its unit: "国内生产总值（亿元）" / "GDP (100 million yuan)"; a unit already in brackets is not nested. */
export function withUnit(label: string, unit: string | undefined, lang: FigureInput["lang"]): string {
  if (!unit) return label;
  if (lang === "zh") return /[（(]/.test(unit) ? `${label}，${unit}` : `${label}（${unit}）`;
  return /\(/.test(unit) ? `${label}, ${unit}` : `${label} (${unit})`;
}
