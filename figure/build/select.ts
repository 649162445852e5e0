/**
 * @module Which measures a figure shows: those asked for, else the dataset's declared defaults, else the first
 * measure and those sharing its unit. Different units never share an axis: two units get two labelled axes,
 * more get a message naming them.
 */

import type { FigureInput, MeasureInput } from "../input";
import type { FigureLang } from "../model";

/** The measures chosen and, when they cannot be drawn together, why. */
export interface MeasureChoice {
  measures: MeasureInput[];
  /** Units in axis order (at most two when `message` is absent). */
  units: string[];
  message?: string;
}

const unitKey = (m: MeasureInput) => m.unit.zh;

/** Picks the measures of a figure (see the module comment). */
export function chooseMeasures(input: FigureInput): MeasureChoice {
  const { data, meta, lang } = input;
  const present = new Set(data.rows.map((r) => r.measure));
  const byId = new Map(data.measures.map((m) => [m.id, m]));
  const known = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => byId.get(id)).filter((m): m is MeasureInput => !!m && present.has(m.id));
  let measures = known(input.measure);
  if (measures.length === 0) measures = known(meta?.defaults?.measures);
  if (measures.length === 0) {
    const first = data.measures.find((m) => present.has(m.id));
    measures = first ? data.measures.filter((m) => present.has(m.id) && unitKey(m) === unitKey(first)) : [];
  }
  const units = [...new Set(measures.map(unitKey))];
  if (units.length <= 2) return { measures, units };
  return { measures, units, message: tooManyUnits(measures, lang) };
}

/** "这些指标的单位各不相同（亿元、%、万人）…" — three or more units cannot share a figure. */
function tooManyUnits(measures: readonly MeasureInput[], lang: FigureLang): string {
  const units = [...new Set(measures.map((m) => m.unit[lang]))];
  return lang === "zh"
    ? `所选指标共有${units.length}种单位（${units.join("、")}），一张图最多显示两种单位。请减少指标，或分成几张图。`
    : `The measures chosen have ${units.length} units (${units.join(", ")}); a figure shows at most two. Choose fewer measures or make several figures.`;
}
