/**
 * @module The figure a `/v1/charts/{element}` URL describes: the element's attributes in its query, drawn over the
 * data response the API answered for them. The SVG/PNG route and oEmbed (for its alt text) both read it here.
 */
import { buildFigure } from "../figure/build";
import type { FigureInput } from "../figure/input";
import type { Figure, FigureKind, FigureLang } from "../figure/model";
import type { NameTable } from "../figure/names";
import names from "../figure/names-table.json";

/** A data response (`…/data.json`) with the metadata the figure reads. */
export type ChartData = FigureInput["data"] & { sources?: never[]; defaults?: { measures: string[] } };

/** The figure of `query` (`kind`, `measure`, `region`, `period`, `caption`) over `data`; `kind` defaults to the element's. */
export function chartFigure(query: URLSearchParams, lang: FigureLang, elementKind: FigureKind, data: ChartData): Figure {
  const list = (key: string) => query.get(key)?.split(",").filter(Boolean);
  return buildFigure({
    lang,
    kind: (query.get("kind") as FigureKind | null) ?? elementKind,
    data,
    meta: { sources: data.sources, defaults: data.defaults },
    names: names as NameTable,
    measure: list("measure"),
    region: list("region"),
    period: query.get("period") ?? undefined,
    caption: query.get("caption") ?? undefined,
  });
}
