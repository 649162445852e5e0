/**
 * @module Stat figures: the latest value of one series, scaled for reading ("134.9万亿元"), its change since the
 * period before (per cent, or percentage points for a per cent) and a sparkline.
 */

import { isWeak, parseFlags } from "../flags";
import { formatChange, formatNumber } from "../format/number";
import { formatPeriod } from "../format/period";
import type { FigureInput } from "../input";
import type { Figure } from "../model";
import { baseFigure, flagNotes, measureTitle, NATIONAL, nameOf, valueText } from "./common";
import { firstMeasure, type KindBuilder } from "./kind";
import type { MeasureChoice } from "./select";
import { groupRows, selectRows, withUnit } from "./series";

/** A stat of the first series (the region asked for, else the first). */
export function statFigure(input: FigureInput, choice: MeasureChoice): Figure {
  const lang = input.lang;
  const zh = lang === "zh";
  const measure = choice.measures[0];
  const rows = selectRows({ ...input, region: undefined }, choice.measures);
  const groups = groupRows(rows, choice.measures, input.region);
  const wanted = input.region?.[0];
  const g = groups.find((x) => !wanted || x.region === wanted) ?? groups[0];
  const points = g?.rows ?? [];
  const [last, previous] = [points.at(-1), points.at(-2)];
  const region = g && !NATIONAL.has(g.region) ? nameOf(input, g.region) : "";
  const mtitle = measure ? measureTitle(input, measure.id) : "";
  const what = region ? (zh ? `${region}${mtitle}` : `${mtitle}, ${region}`) : mtitle;
  const figure = baseFigure(input, "stat", what);
  if (!last || !measure) return figure;
  const value = valueText(measure, last.value, lang);
  const change = previous ? formatChange(previous.value, last.value, measure.unit, lang) : undefined;
  const since = previous ? formatPeriod(previous.period, lang) : "";
  const when = formatPeriod(last.period, lang);
  const d = previous ? Math.sign(last.value - previous.value) : 0;
  const magnitude = change?.replace(/^[+−±]/, "");
  const changeText = !change
    ? ""
    : zh
      ? `比${since}${d > 0 ? "增加" : d < 0 ? "减少" : "持平"}${d ? magnitude : ""}`
      : `${d > 0 ? "up" : d < 0 ? "down" : "unchanged"}${d ? ` ${magnitude}` : ""} on ${since}`;
  figure.stat = {
    value: last.value,
    text: value,
    period: last.period,
    periodText: when,
    change: change ? { text: changeText, since, direction: d > 0 ? "up" : d < 0 ? "down" : "flat" } : undefined,
    sparkline: points.map((p, i) => ({ x: i, y: p.value })),
  };
  figure.unit = measure.unit[lang];
  figure.subtitle = when;
  figure.summary = zh
    ? `${when}${what}为${value}${change ? `，${changeText}` : ""}。`
    : `${what} was ${value} in ${when}${change ? `, ${changeText}` : ""}.`;
  if (!zh) figure.summary = figure.summary.charAt(0).toUpperCase() + figure.summary.slice(1);
  figure.takeaway = figure.summary;
  figure.notes = flagNotes(points, lang);
  if (isWeak(parseFlags(last.status)))
    figure.notes.unshift(zh ? "最新值来自较弱来源（见注）。" : "The latest value is from a weaker source (see notes).");
  figure.selection = { measures: [measure.id], regions: g ? [g.region] : [], period: last.period };
  figure.table = {
    columns: [{ label: zh ? "时期" : "Period" }, { label: withUnit(what, measure.unit[lang], lang), numeric: true }],
    // Tables keep the published precision; only the headline is scaled.
    rows: points.map((p) => ({
      cells: [
        { text: formatPeriod(p.period, lang), value: p.period },
        { text: formatNumber(p.value, lang, measure.decimals), value: p.value },
      ],
    })),
  };
  return figure;
}

/** The stat kind: the latest value and its change, one measure. */
export const buildStat: KindBuilder = (input, choice) => statFigure(input, firstMeasure(choice));
