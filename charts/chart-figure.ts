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

/**
 * The figure `kind` (the element's, for its `kind` attribute: figure/element-figures.ts) of `query` (`measure`,
 * `region`, `period`, `caption`, `total`, `by`, `order`) over `data`.
 */
export function chartFigure(query: URLSearchParams, lang: FigureLang, kind: FigureKind, data: ChartData): Figure {
  const list = (key: string) => query.get(key)?.split(",").filter(Boolean);
  return buildFigure({
    lang,
    kind,
    data,
    meta: { sources: data.sources, defaults: data.defaults },
    names: names as NameTable,
    measure: list("measure"),
    region: list("region"),
    period: query.get("period") ?? undefined,
    caption: query.get("caption") ?? undefined,
    // `<pa-share>`'s own (charts/index.ts admits them for the elements that have them: figure/element-figures.ts).
    total: query.get("total") ?? undefined,
    by: query.get("by") === "group" ? "group" : undefined,
    // `<pa-ranking>`'s order; `<pa-share kind="area">` draws stacked areas (only the builders that read them do).
    order: query.get("order") === "asc" ? "asc" : undefined,
    shareDraw: query.get("kind") === "area" ? "area" : undefined,
  });
}

/** A dataset reference as the chart routes take it (`id` or `id@version|range`). */
export const DATASET_REF = /^[a-z0-9-]+(@[\w.^~*<>=| -]{1,40})?$/;

/**
 * The API path of the data a chart URL's `query` draws, exactly as the element loads it: `…/data.json` with its
 * filters (and `<pa-share>`'s whole beside its parts). `dataset` must match {@link DATASET_REF}.
 */
export function chartDataPath(query: URLSearchParams, origin: string): string {
  const data = new URL(`/v1/datasets/${query.get("dataset")}/data.json`, origin);
  for (const key of ["measure", "region", "group", "period"]) {
    const v = query.get(key);
    if (v) data.searchParams.set(key, v);
  }
  const total = query.get("total");
  if (total && query.get("measure")) data.searchParams.set("measure", `${query.get("measure")},${total}`);
  return data.pathname + data.search;
}
