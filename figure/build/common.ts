/**
 * @module Pieces every figure kind shares: series names without codes, the value text of a row, the source
 * line, notes about flags, and an empty figure to start from.
 */

import { flagLabel, parseFlags } from "../flags";
import { formatValue } from "../format/number";
import type { FigureInput, MeasureInput, RowInput } from "../input";
import type { Figure, FigureKind, FigureLang } from "../model";
import { regionName } from "../names";
import { sourceLine } from "../source";

/** The national codes whose name a single-region figure does not repeat in its title. */
export const NATIONAL = new Set(["CN", "CHN"]);

/** A value as text with its measure's unit and precision. */
export const valueText = (m: MeasureInput | undefined, value: number | null | undefined, lang: FigureLang, unit = true): string =>
  formatValue(value, m?.unit, lang, { decimals: m?.decimals, unit });

/** The measure of an id, if the data describes it. */
export const measureOf = (input: FigureInput, id: string | undefined): MeasureInput | undefined =>
  input.data.measures.find((m) => m.id === id);

/** The title of a measure in the figure's language (the id when the data does not describe it). */
export const measureTitle = (input: FigureInput, id: string): string => measureOf(input, id)?.title[input.lang] ?? id;

/** A region's name in the figure's language. */
export const nameOf = (input: FigureInput, code: string, short = false): string => regionName(input.names, code, input.lang, short);

/**
 * The note explaining the flags present in `rows`, in the figure's language: one line naming each flag once
 * ("空心点或标记：旧口径（…）；序列断点（…）。"), not one line per flag repeating the prefix, in the words of the
 * table marks' legend (schemas/flags.ts). Empty without flags.
 */
export function flagNotes(rows: readonly RowInput[], lang: FigureLang): string[] {
  const flags = [...new Set(rows.flatMap((r) => parseFlags(r.status)))].slice(0, 6).map((f) => flagLabel(f, lang));
  if (flags.length === 0) return [];
  return [lang === "zh" ? `空心点或标记：${flags.join("；")}。` : `Hollow or marked points: ${flags.join("; ")}.`];
}

/** The source line of the input's dataset. */
export const sourceOf = (input: FigureInput) =>
  sourceLine(
    {
      dataset: input.data.dataset,
      version: input.data.version,
      sources: input.meta?.sources,
      attribution: input.data.attribution,
      licence: input.meta?.licence?.attribution,
      date: input.date,
    },
    input.lang,
  );

/** A figure with the parts every kind has; the kind's builder fills the rest. */
export function baseFigure(input: FigureInput, kind: FigureKind, title: string): Figure {
  return {
    model: 1,
    kind,
    lang: input.lang,
    title: input.caption?.trim() || title,
    y: [],
    series: [],
    legend: [],
    annotations: [],
    notes: [],
    source: sourceOf(input),
    summary: "",
    takeaway: "",
    selection: { measures: [], regions: [] },
  };
}

/** "甲、乙和丙" / "A, B and C". */
export function joinList(items: readonly string[], lang: FigureLang): string {
  if (items.length <= 1) return items[0] ?? "";
  const head = items.slice(0, -1).join(lang === "zh" ? "、" : ", ");
  return lang === "zh" ? `${head}和${items.at(-1)}` : `${head} and ${items.at(-1)}`;
}
