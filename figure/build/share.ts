/**
 * @module Share figures: how a whole divides into parts, per period, as stacks of 100 %. Parts are the
 * categories (platforms in a market), else the series of the selection.
 */
import { comparePeriods } from "../../schemas/period";
import { valueAxis } from "../axis/value-axis";
import { seriesColor } from "../colors";
import { formatNumber, MISSING } from "../format/number";
import { formatPeriod, formatPeriodRange } from "../format/period";
import { unitInfo } from "../format/unit";
import type { FigureInput, RowInput } from "../input";
import type { Figure, ShareStack } from "../model";
import { baseFigure, flagNotes, measureTitle, nameOf } from "./common";
import type { KindBuilder } from "./kind";
import { GROUP_ORDER, isAggregateCode } from "./ranking";
import type { MeasureChoice } from "./select";
import { groupRows, namesFirst, selectRows, seriesName, withUnit } from "./series";
import { midSentence, summarizeTrends } from "./summary";

/** Provinces summed into their NBS group (`CN-EAST` …) per period and measure; other regions are left out. */
function byGroup(input: FigureInput, rows: readonly RowInput[]): RowInput[] {
  const sums = new Map<string, RowInput>();
  for (const r of rows) {
    const group = input.names?.[r.region]?.group;
    if (!group || isAggregateCode(r.region)) continue;
    const region = `CN-${group.toUpperCase()}`;
    const key = `${region}|${r.period}|${r.measure}`;
    const sum = sums.get(key);
    if (sum) sum.value += r.value;
    else sums.set(key, { region, period: r.period, measure: r.measure, value: r.value });
  }
  return [...sums.values()].sort(
    (a, b) => GROUP_ORDER.indexOf(a.region.slice(3).toLowerCase()) - GROUP_ORDER.indexOf(b.region.slice(3).toLowerCase()),
  );
}

/**
 * A share figure: published shares (per cent of a market by platform) as they are, one stack per period; or
 * computed shares of the parts' sum or of the `total` measure, only in periods where every part (and the total)
 * has a value. Parts are categories, measures, regions, or the NBS groups (`by: "group"`).
 */
export function shareFigure(input: FigureInput, choice: MeasureChoice): Figure {
  const lang = input.lang;
  const zh = lang === "zh";
  const total = input.total ? input.data.measures.find((m) => m.id === input.total) : undefined;
  const shown = choice.measures.filter((m) => m.id !== total?.id);
  const measures = input.by === "group" ? shown.slice(0, 1) : shown;
  const selected = selectRows(input, measures);
  const rows = input.by === "group" ? byGroup(input, selected) : selected;
  const groups = groupRows(rows, measures, input.region);
  const measure = measures[0];
  // Published per cents are shares already; anything else is divided by its whole.
  const percent = unitInfo(measure?.unit).role === "percent" && !total && input.by !== "group";
  // The whole of the parts' region (one region's measures), else the national total.
  const regions = new Set(groups.map((g) => g.region));
  const wholeRegion = regions.size === 1 && input.by !== "group" ? [...regions][0] : undefined;
  const totals = new Map(
    total
      ? input.data.rows
          .filter((r) => r.measure === total.id && (wholeRegion ? r.region === wholeRegion : r.region === "CN" || r.region === "CHN"))
          .map((r) => [r.period, r.value])
      : [],
  );
  const pct = (v: number) => `${formatNumber(v, lang, 1)}%`;
  const parts = groups.map((g, i) => {
    const gi = input.by === "group" ? GROUP_ORDER.indexOf(g.region.slice(3).toLowerCase()) : i;
    return {
      id: g.key,
      name: input.by === "group" ? nameOf(input, g.region, true) : seriesName(input, g, groups),
      color: seriesColor(gi),
      pattern: gi,
      values: new Map(g.rows.map((r) => [r.period, r.value])),
    };
  });
  const periods = [...new Set(rows.map((r) => r.period))]
    .filter((p) => percent || (parts.every((x) => x.values.has(p)) && (!total || totals.has(p))))
    .sort(comparePeriods);
  const stacks: ShareStack[] = periods.map((period) => {
    const whole = percent ? 100 : (totals.get(period) ?? parts.reduce((s, p) => s + (p.values.get(period) ?? 0), 0));
    return {
      label: formatPeriod(period, lang),
      period,
      parts: parts
        .filter((p) => p.values.has(period))
        .map((p) => {
          const v = ((p.values.get(period) ?? 0) / (whole || 1)) * 100;
          return { id: p.id, name: p.name, value: v, text: pct(v), color: p.color, pattern: p.pattern };
        }),
    };
  });
  const what = measure ? measureTitle(input, measure.id) : input.data.title[lang];
  const title =
    input.by === "group"
      ? zh
        ? `${what}：四大地区占比`
        : `${what}: shares of the four NBS regions`
      : total
        ? zh
          ? `${total.title.zh}的构成`
          : `Composition of ${midSentence(total.title.en, lang)}`
        : what;
  const figure = baseFigure(input, "share", title);
  const axis = valueAxis("y", [0, 100], unitInfo({ zh: "%", en: "%" }), lang, { zero: "always", max: 100 });
  figure.share = { stacks, axis, draw: input.shareDraw === "area" ? "area" : "bar" };
  figure.y = [axis];
  figure.unit = "%";
  figure.legend = parts.map((p) => ({ id: p.id, label: p.name, color: p.color, dash: [], pattern: p.pattern }));
  if (periods.length) figure.subtitle = formatPeriodRange(periods[0] as string, periods.at(-1) as string, lang);
  figure.summary = summarizeTrends(
    parts.map((p) => {
      const at = (s: ShareStack | undefined) => s?.parts.find((x) => x.id === p.id);
      const [a, b] = [stacks.find((s) => at(s)), [...stacks].reverse().find((s) => at(s))];
      return {
        label: lang === "zh" ? `${p.name}占比` : `${p.name} share`,
        name: input.by === "group" || namesFirst(groups),
        first: a && { period: a.period as string, y: at(a)?.value ?? null, text: at(a)?.text ?? "" },
        last: b && { period: b.period as string, y: at(b)?.value ?? null, text: at(b)?.text ?? "" },
      };
    }),
    lang,
  );
  figure.takeaway = figure.summary.split(lang === "zh" ? "；" : "; ")[0]?.replace(/[。.]?$/, lang === "zh" ? "。" : ".") ?? "";
  figure.notes = flagNotes(rows, lang);
  figure.selection = { measures: measures.map((m) => m.id), regions: [...new Set(groups.map((g) => g.region))], period: input.period };
  figure.table = {
    columns: [{ label: lang === "zh" ? "时期" : "Period" }, ...parts.map((p) => ({ label: withUnit(p.name, "%", lang), numeric: true }))],
    rows: stacks.map((s) => ({
      cells: [
        { text: s.label, value: s.period ?? s.label },
        ...parts.map((p) => {
          const part = s.parts.find((x) => x.id === p.id);
          // Published per cents as published; computed shares to two decimals.
          return part
            ? { text: formatNumber(part.value, lang, percent ? measure?.decimals : 2), value: part.value }
            : { text: MISSING, value: null };
        }),
      ],
    })),
  };
  return figure;
}

/** The share kind: parts of a whole, several measures of one unit (primary, secondary, tertiary). */
export const buildShare: KindBuilder = (input, choice) =>
  shareFigure(input, { ...choice, measures: choice.measures.filter((m) => m.unit.zh === choice.units[0]) });
