/**
 * @module The bridge from an element to the figure model: its attributes and loaded data become a
 * {@link FigureInput}; the names table the build generates from the data ships in this (views) chunk.
 */
import { buildFigure } from "../../figure/build";
import type { FigureInput, MetaInput } from "../../figure/input";
import type { Figure, FigureKind } from "../../figure/model";
import type { NameTable } from "../../figure/names";
import names from "../../figure/names-table.json";
import type { WidgetLang } from "../internal/i18n";
import { list } from "../internal/urls";
import type { DatasetBundle } from "./dataset-helpers";
import type { DatasetHost } from "./host";

/** The names table (region code → zh/en names), generated from the data by the build. */
export const NAMES = names as NameTable;

/** The figure an element shows: its data, language, attributes and the kind it draws. */
export function figureOf(
  el: DatasetHost,
  bundle: DatasetBundle,
  lang: WidgetLang,
  kind: FigureKind,
  extra: Partial<FigureInput> = {},
): Figure {
  const data = bundle.data;
  const meta: MetaInput = {
    sources: data.sources as MetaInput["sources"],
    defaults: data.defaults as MetaInput["defaults"],
  };
  return buildFigure({
    lang,
    kind,
    data: { ...data, rows: bundle.rows },
    meta,
    names: NAMES,
    measure: list(el.measure),
    region: list(el.region),
    period: el.period || undefined,
    caption: el.caption || undefined,
    date: new Date().toISOString().slice(0, 10),
    ...extra,
  });
}
