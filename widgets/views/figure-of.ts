/**
 * @module The bridge from an element to the figure model: its attributes and loaded data become a
 * {@link FigureInput}, with the names table (names.ts).
 */
import { buildFigureWith, type KindBuilder } from "../../figure/build/kind";
import type { FigureInput, MetaInput } from "../../figure/input";
import type { Figure, FigureKind } from "../../figure/model";
import type { WidgetLang } from "../internal/i18n";
import { list } from "../internal/urls";
import type { DatasetBundle } from "./dataset-helpers";
import type { DatasetHost } from "./host";
import { NAMES } from "./names";

/**
 * The figure an element shows: its data, language, attributes and the kind it draws, built by that kind's
 * `builder` (figure/build.ts), so an element's view carries its own builder and not every kind's.
 */
export function figureOf(
  el: DatasetHost,
  bundle: DatasetBundle,
  lang: WidgetLang,
  kind: FigureKind,
  builder: KindBuilder,
  extra: Partial<FigureInput> = {},
): Figure {
  const data = bundle.data;
  const meta: MetaInput = {
    sources: data.sources as MetaInput["sources"],
    defaults: data.defaults as MetaInput["defaults"],
  };
  return buildFigureWith(
    {
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
    },
    builder,
  );
}
