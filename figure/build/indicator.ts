/**
 * @module Indicator figures: a computed result (`GET /v1/indicators/{id}`) as a figure — a line per region over
 * time, stacked components when the result decomposes (Theil between + within), or one value on its own — with
 * the method named in a note and a source line naming the exact dataset@version of every input. The widgets'
 * `<pa-indicator>` and the charts Worker's `/v1/charts/indicator.svg` both draw this.
 */
import type { IndicatorResult } from "../../schemas/indicator";
import { comparePeriods } from "../../schemas/period";
import { valueAxis } from "../axis/value-axis";
import { seriesColor, seriesDash, seriesMarker } from "../colors";
import { formatValue, MISSING } from "../format/number";
import { formatPeriod, formatPeriodRange, periodToX } from "../format/period";
import { type UnitInfo, unitInfo } from "../format/unit";
import type { Figure, FigureLang, FigurePoint, FigureSeries, SourceLine } from "../model";
import { type NameTable, regionName } from "../names";
import { joinList } from "./common";
import { CATEGORY_PERIODS, MAX_SERIES, withUnit } from "./series";
import { midSentence, summarizeTrends } from "./summary";
import { categoryAxis, timeAxis } from "./time-axis";

/** What an indicator figure is built from. */
export interface IndicatorFigureInput {
  lang: FigureLang;
  /** The API's result, as `GET /v1/indicators/{id}` returns it. */
  result: IndicatorResult;
  names?: NameTable;
  /** The builder's caption: replaces the title. */
  caption?: string;
  /** The date printed on exports (YYYY-MM-DD). */
  date?: string;
}

/** Component names in both languages (the keys the indicators return). */
const COMPONENTS: Record<string, [string, string]> = {
  between: ["组间", "Between groups"],
  within: ["组内", "Within groups"],
  betweenShare: ["组间占比", "Between-group share"],
  mean: ["均值", "Mean"],
  units: ["单位数", "Units"],
};

/**
 * The components that add up to the value in every period (a decomposition such as between + within), in
 * their order; none when no such set exists. Shares, means and counts beside them are not stacked.
 */
export function additiveParts(
  results: readonly { value: number; components?: Record<string, number | null> }[],
  keys: readonly string[],
): string[] {
  const adds = (set: readonly string[]) =>
    set.length > 1 &&
    set.every((k) => keys.includes(k)) &&
    results.every((r) => {
      const sum = set.reduce((total, k) => total + (r.components?.[k] ?? Number.NaN), 0);
      return Math.abs(sum - r.value) <= 1e-9 * Math.max(1, Math.abs(r.value));
    });
  if (adds(["between", "within"])) return ["between", "within"];
  const plain = keys.filter((k) => !k.includes(":"));
  return adds(plain) ? plain : [];
}

/**
 * An indicator's unit for display: counted quantities scale as in every figure; per cent and points keep their
 * role; any other unit ("比值（≥0）", "系数（0–1）") describes the number and is printed on the axis, not after it.
 */
export function indicatorUnit(unit: IndicatorResult["unit"]): UnitInfo {
  const info = unitInfo(unit);
  return info.role === "suffix" ? { ...info, role: "descriptor" } : info;
}

/** Fraction digits of a computed value in the table: enough for coefficients (0.1234), fewer for large values. */
const tableDigits = (v: number) => (Number.isInteger(v) ? 0 : Math.abs(v) < 1 ? 4 : Math.abs(v) < 100 ? 3 : 2);

/** The figure of an indicator result (see the module comment). */
export function indicatorFigure(input: IndicatorFigureInput): Figure {
  const { lang, result, names } = input;
  const zh = lang === "zh";
  const unit = indicatorUnit(result.unit);
  const descriptor = unit.role === "descriptor";
  // Text of a value: scaled with its unit (counts, per cent); a descriptor's number stands alone.
  const text = (v: number | null | undefined) => formatValue(v, descriptor ? undefined : unit.text, lang);
  const results = [...result.results].sort((a, b) => comparePeriods(a.period, b.period));
  const codes = [...new Set(results.map((r) => r.region ?? ""))];
  const periods = [...new Set(results.map((r) => r.period))].sort(comparePeriods);
  const keys = codes.length === 1 ? [...new Set(results.flatMap((r) => Object.keys(r.components ?? {})))] : [];
  const parts = additiveParts(results, keys);
  const componentName = (k: string) => {
    const [head = k, group] = k.split(":");
    const pair = COMPONENTS[head];
    const name = pair ? pair[zh ? 0 : 1] : head;
    return group ? `${name} · ${regionName(names, `CN-${group.toUpperCase()}`, lang, true)}` : name;
  };
  const nameOf = (code: string) => (code ? regionName(names, code, lang) : result.title[lang]);
  const title = input.caption?.trim() || result.view?.title[lang] || result.title[lang];
  const stacked = parts.length > 0;
  const one = results.length === 1 ? results[0] : undefined;
  const figure: Figure = {
    model: 1,
    kind: "indicator",
    lang,
    title,
    y: [],
    series: [],
    legend: [],
    annotations: [],
    notes: [],
    source: indicatorSource(input),
    summary: "",
    takeaway: "",
    selection: { measures: [], regions: codes.filter(Boolean) },
    indicator: {
      indicator: result.indicator,
      method: result.method.version,
      formula: result.method.formula,
      ...(result.method.where ? { where: result.method.where[lang] } : {}),
      inputs: inputList(result),
      draw: one ? "value" : stacked ? "stack" : "line",
    },
  };
  const span = periods.length ? formatPeriodRange(periods[0] as string, periods.at(-1) as string, lang) : "";
  const scope = codes.length === 1 && codes[0] ? nameOf(codes[0]) : "";
  figure.subtitle = [scope, span].filter(Boolean).join(zh ? "，" : ", ") || undefined;
  if (periods.length === 1) figure.selection.period = periods[0];

  // The series: components over periods (stacked), else a line per region.
  const category = stacked || periods.length <= CATEGORY_PERIODS;
  const xOf = (p: string) => (category ? periods.indexOf(p) : periodToX(p));
  const point = (period: string, v: number | null | undefined): FigurePoint => ({
    x: xOf(period),
    y: v ?? null,
    raw: v ?? null,
    period,
    text: text(v),
    flags: [],
    hollow: false,
  });
  // At most MAX_SERIES lines (the table keeps every region); a note says how many more there are.
  const lines = codes
    .slice(0, MAX_SERIES)
    .map((code) => ({ code, name: nameOf(code), rows: results.filter((r) => (r.region ?? "") === code) }));
  const dropped = stacked ? 0 : codes.length - lines.length;
  const series: FigureSeries[] = stacked
    ? parts.map((k, i) => ({
        id: k,
        name: componentName(k),
        axis: "y",
        color: seriesColor(i),
        dash: seriesDash(i),
        marker: seriesMarker(i),
        points: periods.map((p) => point(p, results.find((r) => r.period === p)?.components?.[k])),
      }))
    : lines.map((l, i) => ({
        id: l.code || result.indicator,
        name: l.name,
        region: l.code || undefined,
        axis: "y",
        color: seriesColor(i),
        dash: seriesDash(i),
        marker: seriesMarker(i),
        points: l.rows.map((r) => point(r.period, r.value)),
      }));
  figure.series = series;
  figure.legend = series.map((s, i) =>
    stacked
      ? { id: s.id, label: s.name, color: s.color, dash: [], pattern: i }
      : { id: s.id, label: s.name, color: s.color, dash: s.dash, marker: s.marker },
  );
  figure.x = category
    ? categoryAxis(periods.map((p) => formatPeriod(p, lang)))
    : timeAxis(xOf(periods[0] ?? "2000"), xOf(periods.at(-1) ?? "2000"), lang);
  const axis = valueAxis(
    "y",
    results.map((r) => r.value),
    unit,
    lang,
    { zero: stacked ? "always" : "near" },
  );
  figure.y = [axis];
  figure.unit = axis.title;
  if (!stacked && series.length <= 4)
    for (const s of series) {
      const last = s.points.at(-1);
      if (last?.y != null) figure.annotations.push({ kind: "last-value", series: s.id, x: last.x, y: last.y, label: last.text });
    }
  if (one) {
    figure.stat = {
      value: one.value,
      text: text(one.value),
      period: one.period,
      periodText: formatPeriod(one.period, lang),
      sparkline: [],
    };
  }

  // Words: the summary (first and last value per line, the latest decomposition), the method and the caveats.
  const trends = stacked
    ? [{ label: title, first: point(periods[0] ?? "", results[0]?.value), last: point(periods.at(-1) ?? "", results.at(-1)?.value) }]
    : // One line says what was computed ("the coefficient of variation rose…"), not its scope ("China rose…").
      series.map((s) => ({
        label: series.length === 1 ? result.view?.title[lang] || result.title[lang] : s.name,
        // Several lines are regions: their names keep their capitals.
        name: series.length > 1,
        first: s.points[0],
        last: s.points.at(-1),
      }));
  const latest = results.at(-1);
  const ofWhich =
    latest && stacked
      ? (zh ? "，其中" : "; of which ") +
        parts.map((k) => `${midSentence(componentName(k), lang)}${zh ? "" : " "}${text(latest.components?.[k])}`).join(zh ? "、" : ", ")
      : "";
  figure.summary = summarizeTrends(trends, lang).replace(/[。.]$/, `${ofWhich}${zh ? "。" : "."}`);
  figure.takeaway = figure.summary.split(zh ? "；" : "; ")[0]?.replace(/[。.]?$/, zh ? "。" : ".") ?? "";
  if (stacked) figure.takeaway = figure.summary;
  // The method named in the reader's language, with its version. The formula (math only) and its remarks in the
  // reader's language stay in `indicator.formula` and `indicator.where`, which the method block (<pa-indicator>'s
  // ▸ 方法) and the indicator's page show beside its reference.
  figure.notes = [
    zh
      ? `方法：${result.title.zh}，方法版本 ${result.method.version}。`
      : `Method: ${result.title.en}, method version ${result.method.version}.`,
    ...(result.warnings ?? []).map((w) => w[lang]),
    ...(dropped > 0
      ? [zh ? `另有${dropped}个地区未画出，数值见数据表。` : `${dropped} more regions are not drawn; their values are in the table.`]
      : []),
  ];

  // The table: every result at full precision, components beside the value, "—" where one is missing.
  const hasRegion = codes.length > 1 || Boolean(codes[0]);
  const hasClass = results.some((r) => r.class);
  const full = (v: number | null | undefined) => (v == null ? { text: MISSING, value: null } : { text: fullNumber(v, lang), value: v });
  figure.table = {
    columns: [
      { label: zh ? "时期" : "Period" },
      ...(hasRegion ? [{ label: zh ? "地区" : "Region" }] : []),
      { label: withUnit(zh ? "数值" : "Value", unit.text[lang] || undefined, lang), numeric: true },
      ...keys.map((k) => ({ label: componentName(k), numeric: true })),
      ...(hasClass ? [{ label: zh ? "等级" : "Class" }] : []),
    ],
    rows: results.map((r) => ({
      key: r.region,
      cells: [
        { text: formatPeriod(r.period, lang), value: r.period },
        ...(hasRegion ? [{ text: nameOf(r.region ?? ""), value: r.region ?? null }] : []),
        full(r.value),
        ...keys.map((k) => full(r.components?.[k])),
        ...(hasClass ? [{ text: r.class ?? MISSING, value: r.class ?? null }] : []),
      ],
    })),
  };
  return figure;
}

/** A computed value at table precision, without trailing zeros ("0.0453", "1,349,083.5"). */
const fullNumber = (v: number, lang: FigureLang) =>
  new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en", { maximumFractionDigits: tableDigits(v) }).format(v).replace(/^-/, "−");

/** The exact inputs, each once: "province-gdp@1.0.0:gdp". */
export function inputList(result: IndicatorResult): string[] {
  return [...new Set(result.inputs.map((i) => `${i.dataset}@${i.version}${i.measure ? `:${i.measure}` : i.field ? `:${i.field}` : ""}`))];
}

/** The source line of an indicator: computed by the method (indicator@method version) from the exact inputs. */
export function indicatorSource(input: IndicatorFigureInput): SourceLine {
  const { lang, result } = input;
  const zh = lang === "zh";
  const inputs = inputList(result);
  const id = `${result.indicator}@${result.method.version}`;
  const text = zh ? `来源：据 ${inputs.join("、")} 计算。指标 ${id}` : `Source: computed from ${joinList(inputs, lang)}. Indicator ${id}`;
  return { text, primary: [], via: inputs, dataset: result.indicator, version: result.method.version, date: input.date };
}
