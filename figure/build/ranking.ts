/**
 * @module Ranking figures: one period, bars sorted from highest to lowest (or lowest first: `order`), each named (a region, or a series
 * when one period has several measures or categories), coloured by NBS group for provinces.
 */
import { comparePeriods } from "../../schemas/period";
import { valueAxis } from "../axis/value-axis";
import { seriesColor } from "../colors";
import { parseFlags } from "../flags";
import { formatNumber } from "../format/number";
import { formatPeriod } from "../format/period";
import { unitInfo } from "../format/unit";
import type { FigureInput, RowInput } from "../input";
import type { Figure, LegendItem, RankingBar } from "../model";
import { baseFigure, flagNotes, measureOf, nameOf, valueText } from "./common";
import { firstMeasure, type KindBuilder } from "./kind";
import type { MeasureChoice } from "./select";
import { groupRows, selectRows, seriesName, seriesTitle, withUnit } from "./series";
import { summarizeRanking } from "./summary";

/** The NBS groups in the order their colours follow (palette slots 1–4). */
export const GROUP_ORDER = ["east", "central", "west", "northeast"];

/** National totals and groupings are not ranked among provinces. */
export const isAggregateCode = (code: string): boolean =>
  code === "CN" || code === "CHN" || /^CN-(EAST|CENTRAL|WEST|NORTHEAST|SPB-|MIIT-)/.test(code);

/** A ranking of one period: `rows` already selected (else selected here, latest period). */
export function rankingFigure(input: FigureInput, choice: MeasureChoice, selected?: RowInput[]): Figure {
  const lang = input.lang;
  const measure = choice.measures[0];
  const all = (selected ?? selectRows(input, choice.measures.slice(0, 1))).filter((r) => r.measure === measure?.id);
  const provinces = all.some((r) => r.region.startsWith("CN-") && !isAggregateCode(r.region));
  const pool = provinces ? all.filter((r) => !isAggregateCode(r.region)) : all;
  const period =
    input.period && !input.period.includes("..") ? input.period : [...new Set(pool.map((r) => r.period))].sort(comparePeriods).at(-1);
  const rows = pool.filter((r) => r.period === period);
  const groups = groupRows(rows, choice.measures, input.region);
  const byRegion = new Set(groups.map((g) => g.region)).size === groups.length;
  const names = new Map(groups.map((g) => [g.key, byRegion ? nameOf(input, g.region) : seriesName(input, g, groups)]));
  const bars: RankingBar[] = groups
    .map((g) => {
      const r = g.rows[0] as RowInput;
      const group = input.names?.[g.region]?.group;
      const gi = group ? GROUP_ORDER.indexOf(group) : -1;
      return {
        region: g.region,
        name: names.get(g.key) ?? g.region,
        value: r.value,
        text: valueText(measure, r.value, lang),
        color: seriesColor(Math.max(gi, 0)),
        pattern: Math.max(gi, 0),
        group,
        flags: parseFlags(r.status),
      };
    })
    .sort((a, b) => b.value - a.value);
  // Ranks, summary and legend read highest first; the bars and the table are drawn in the order asked for.
  const order = input.order === "asc" ? "asc" : "desc";
  const drawn = order === "asc" ? [...bars].reverse() : bars;
  const what = measure?.title[lang] ?? "";
  const figure = baseFigure(input, "ranking", what || seriesTitle(input, groups));
  const axis = valueAxis(
    "y",
    bars.map((b) => b.value),
    unitInfo(measure?.unit),
    lang,
    { zero: "always" },
  );
  const groupIds = [...new Set(bars.map((b) => b.group).filter((g): g is string => !!g))].sort(
    (a, b) => GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b),
  );
  const legend: LegendItem[] = groupIds.map((g) => ({
    id: g,
    label: groupName(input, g),
    color: seriesColor(GROUP_ORDER.indexOf(g)),
    dash: [],
    pattern: GROUP_ORDER.indexOf(g),
  }));
  figure.ranking = { bars: drawn, axis, groups: legend, order };
  figure.legend = legend;
  figure.y = [axis];
  figure.unit = axis.title;
  figure.subtitle = period ? formatPeriod(period, lang) : undefined;
  figure.summary = period ? summarizeRanking(bars, what, period, lang, byRegion) : "";
  figure.takeaway = figure.summary;
  figure.notes = flagNotes(rows, lang);
  figure.selection = { measures: measure ? [measure.id] : [], regions: drawn.map((b) => b.region), period };
  figure.table = {
    columns: [
      { label: lang === "zh" ? "排名" : "Rank", numeric: true },
      { label: byRegion ? (lang === "zh" ? "地区" : "Region") : lang === "zh" ? "名称" : "Name" },
      ...(groupIds.length ? [{ label: lang === "zh" ? "地区分组" : "Group" }] : []),
      // A unit with its own brackets is not nested: "基尼系数，系数（0—1）", not "基尼系数（系数（0—1））".
      { label: withUnit(what, axis.unit, lang), numeric: true },
    ],
    rows: bars.map((b, i) => ({
      key: b.region,
      cells: [
        { text: String(i + 1), value: i + 1 },
        { text: b.name, value: b.region },
        ...(groupIds.length ? [{ text: b.group ? groupName(input, b.group) : "", value: b.group ?? null }] : []),
        { text: fullText(b.value, measureOf(input, measure?.id)?.decimals, lang), value: b.value },
      ],
    })),
  };
  if (order === "asc") figure.table.rows.reverse();
  return figure;
}

const fullText = (v: number, decimals: number | undefined, lang: FigureInput["lang"]) => formatNumber(v, lang, decimals);

/** The NBS group's name, from the names table (the group is the code `CN-EAST` …). */
export const groupName = (input: FigureInput, id: string) => nameOf(input, `CN-${id.toUpperCase()}`, true);

/** The ranking kind: bars by region or category, one measure. */
export const buildRanking: KindBuilder = (input, choice) => rankingFigure(input, firstMeasure(choice));
