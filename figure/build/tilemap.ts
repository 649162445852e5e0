/**
 * @module Tile-map figures: the 31 provinces as equal tiles shaded in five quantile classes of one measure in
 * one period, named (short names in both languages), with a class legend in the scaled unit.
 */
import { classColor } from "../colors";
import { chooseScale, formatTick } from "../format/number";
import { formatPeriod } from "../format/period";
import { unitInfo } from "../format/unit";
import type { FigureInput } from "../input";
import type { Figure, FigureColor, Tile, TileClass } from "../model";
import { GRID, TILES } from "../tile-layout";
import { baseFigure, flagNotes, measureTitle, nameOf, valueText } from "./common";
import { firstMeasure, type KindBuilder } from "./kind";
import { isAggregateCode, rankingFigure } from "./ranking";
import type { MeasureChoice } from "./select";

/** Splits values into `k` classes of (nearly) equal counts; returns each class's [min, max]. */
export function quantileClasses(values: readonly number[], k = 5): [number, number][] {
  const sorted = [...values].sort((a, b) => a - b);
  const classes: [number, number][] = [];
  for (let i = 0; i < k; i++) {
    const slice = sorted.slice(Math.floor((i * sorted.length) / k), Math.floor(((i + 1) * sorted.length) / k));
    const [first, last] = [slice[0], slice.at(-1)];
    if (first !== undefined && last !== undefined) classes.push([first, last]);
  }
  return classes;
}

/** The class of a value: the first whose maximum it does not exceed. */
export function classOf(value: number, classes: readonly [number, number][]): number {
  const i = classes.findIndex(([, max]) => value <= max);
  return i < 0 ? classes.length - 1 : i;
}

/** In the light scheme, classes from 3 up draw white text: ≥ 4.5:1 on every fill. The dark scheme's fills are all light: dark ink. */
export const LIGHT_TEXT_FROM = 3;
const INK_DARK: FigureColor = { token: "fg-on-light", light: "#1f2328", dark: "#0d1117" };
const INK_LIGHT: FigureColor = { token: "fg-on-dark", light: "#ffffff", dark: "#0d1117" };
const NO_DATA: FigureColor = { token: "nd", light: "#f0f1f3", dark: "#21262d" };

/** A tile map of the first measure in the period asked for (else the latest). */
export function tilemapFigure(input: FigureInput, choice: MeasureChoice): Figure {
  const lang = input.lang;
  const ranking = rankingFigure(input, choice);
  const measure = choice.measures[0];
  const period = ranking.selection.period;
  const bars = ranking.ranking?.bars.filter((b) => !isAggregateCode(b.region)) ?? [];
  const values = new Map(bars.map((b) => [b.region, b]));
  const bounds = quantileClasses(bars.map((b) => b.value));
  const scale = chooseScale(Math.max(0, ...bars.map((b) => Math.abs(b.value))), unitInfo(measure?.unit), lang);
  const top = Math.max(0, ...bounds.flat().map((v) => Math.abs(v / scale.divisor)));
  const digits = top >= 100 ? 0 : top >= 1 ? 1 : decimalsFor(top);
  const label = (v: number) => formatTick(v, { ...scale, decimals: digits }, lang);
  const classes: TileClass[] = bounds.map(([from, to], i) => ({ label: `${label(from)}–${label(to)}`, from, to, color: classColor(i) }));
  const tiles: Tile[] = Object.entries(TILES).map(([region, [col, row]]) => {
    const bar = values.get(region);
    const ci = bar ? classOf(bar.value, bounds) : -1;
    return {
      region,
      label: nameOf(input, region, true),
      name: nameOf(input, region),
      col,
      row,
      value: bar?.value ?? null,
      text: bar ? valueText(measure, bar.value, lang) : "—",
      short: bar ? label(bar.value) : undefined,
      classIndex: ci,
      color: ci < 0 ? NO_DATA : classColor(ci),
      ink: ci >= LIGHT_TEXT_FROM ? INK_LIGHT : INK_DARK,
    };
  });
  const what = measure ? measureTitle(input, measure.id) : "";
  const figure = baseFigure(input, "tilemap", what);
  figure.tilemap = { tiles, classes, cols: GRID.columns, rows: GRID.rows, period };
  figure.unit = scale.unit;
  figure.legend = classes.map((c, i) => ({ id: `class-${i}`, label: c.label, color: c.color, dash: [] }));
  figure.subtitle = period ? formatPeriod(period, lang) : undefined;
  figure.summary = ranking.summary;
  figure.takeaway = ranking.takeaway;
  figure.table = ranking.table;
  figure.notes = flagNotes([], lang).concat(ranking.notes);
  figure.selection = ranking.selection;
  return figure;
}

/** Decimals for a class bound: a few significant figures. */
function decimalsFor(v: number): number {
  const a = Math.abs(v);
  if (a === 0 || a >= 100) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 1;
  return Math.min(4, 2 - Math.floor(Math.log10(a)));
}

/** The tile-map kind: provinces on a grid, one measure. */
export const buildTilemap: KindBuilder = (input, choice) => tilemapFigure(input, firstMeasure(choice));
