/**
 * @module The bridge from an element to the figure model: its attributes and loaded data become a
 * {@link FigureInput}, with the names table (names.ts).
 */
import { buildFigure } from "../../figure/build";
import type { FigureInput, MetaInput } from "../../figure/input";
import type { Figure, FigureKind } from "../../figure/model";
import type { WidgetLang } from "../internal/i18n";
import { list } from "../internal/urls";
import type { DatasetBundle } from "./dataset-helpers";
import type { DatasetHost } from "./host";
import { NAMES } from "./names";

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
    // The version's publication date: what the numbers are as of, and stable across downloads.
    date: data.published ?? new Date().toISOString().slice(0, 10),
    ...extra,
  });
}
