/**
 * @module THE table of what each element (widgets/elements.ts) draws without JavaScript and what it takes: the
 * charts Worker's `/v1/charts/{element}.svg|png` (which figure, which `kind` values, which of the element's own
 * attributes as query parameters), its OpenAPI operations, the widget's message for a `kind` typo, the embed
 * builder's kinds (what it asks for each) and the site's static fallbacks all read it here. A new element gets a
 * server-rendered figure, a typo-checked `kind` and a builder kind by one line here; the tests compare this table
 * with the elements' attributes in custom-elements.json (test/scripts/element-figures.test.ts).
 */
import type { FigureKind } from "./model";

/** What the embed builder asks for an element. */
export interface KindOptions {
  /** Several measures (`true`) or exactly one. */
  multiMeasure: boolean;
  /** Several regions, exactly one, or none (the element shows every province). */
  regions: "many" | "one" | "none";
  /** A period range (`a..b`), a single period, or none (the latest). */
  period: "range" | "single" | "none";
  /** Needs a dataset of the 31 provinces (rankings, tile maps, NBS group shares). */
  provinces?: boolean;
  /**
   * Shows an indicator's result, not a dataset (`<pa-indicator>`): the builder asks for an indicator (with its
   * documented example's parameters) instead of a dataset, version, measures, regions and period.
   */
  indicator?: boolean;
}

/** One element's row. */
export interface ElementFigure {
  /** The figure it draws (with its default `kind`). */
  figure: FigureKind;
  /**
   * Its `kind` attribute: each value it accepts → the figure the server draws for it, the default first. Absent:
   * the element has no `kind` of its own (a `kind` attribute is refused by the server and not checked).
   */
  kinds?: Readonly<Record<string, FigureKind>>;
  /** Its own attributes beyond its base's (the dataset's or indicator's), which the server's figure follows too. */
  params?: readonly string[];
  /** Attributes the element has that the server's figure does not follow (it refuses them); say why beside them. */
  widgetOnly?: readonly string[];
  /** What the embed builder asks for it. */
  builder: KindOptions;
  /** Further builder kinds: fixed attributes, with what the builder asks for then (e.g. `by=group`). */
  presets?: readonly { fixed: Readonly<Record<string, string>>; builder: KindOptions }[];
}

const OVER_TIME: KindOptions = { multiMeasure: true, regions: "many", period: "range" };
const ONE_PERIOD: KindOptions = { multiMeasure: false, regions: "none", period: "single", provinces: true };

/** Element tag → its row. */
export const ELEMENT_FIGURES: Readonly<Record<string, ElementFigure>> = {
  "pa-chart": { figure: "line", kinds: { line: "line", area: "area", bar: "bar" }, builder: OVER_TIME },
  "pa-ranking": {
    figure: "ranking",
    // `order`: highest first (`desc`, default) or lowest first (`asc`), drawn by the figure model.
    params: ["order"],
    // `kind` is inherited; a ranking has one.
    widgetOnly: ["kind"],
    builder: ONE_PERIOD,
  },
  "pa-share": {
    // The figure model draws 100 % bars (`bar`) or stacked areas (`area`), the server's figure as the widget's.
    figure: "share",
    kinds: { bar: "share", area: "share" },
    params: ["total", "by"],
    builder: { multiMeasure: false, regions: "many", period: "range" },
    presets: [{ fixed: { by: "group" }, builder: { multiMeasure: false, regions: "none", period: "range", provinces: true } }],
  },
  "pa-tilemap": { figure: "tilemap", builder: ONE_PERIOD },
  "pa-stat": { figure: "stat", builder: { multiMeasure: false, regions: "one", period: "none" } },
  "pa-table": { figure: "table", builder: OVER_TIME },
  "pa-indicator": { figure: "indicator", builder: { multiMeasure: false, regions: "none", period: "none", indicator: true } },
};

/** What the builder asks for an element without a row: a dataset element's measures, regions and period range. */
export const DEFAULT_KIND_OPTIONS: KindOptions = OVER_TIME;

// A map, so that `toString` and the like are not elements.
const FIGURES = new Map(Object.entries(ELEMENT_FIGURES));

/** The row of `tag`, or undefined when no static figure is drawn for it. */
export const elementFigure = (tag: string): ElementFigure | undefined => FIGURES.get(tag);

/** The figure kind `tag` draws, or undefined when no static figure is drawn for it. */
export const figureKindOf = (tag: string): FigureKind | undefined => FIGURES.get(tag)?.figure;

/** The `kind` values `tag` accepts, its default first; undefined when it has no `kind` of its own. */
export const kindsOf = (tag: string): string[] | undefined => {
  const kinds = FIGURES.get(tag)?.kinds;
  return kinds ? Object.keys(kinds) : undefined;
};

/** The figure `tag` draws for `kind` (its default figure when `kind` is absent or not one of its kinds). */
export const figureFor = (tag: string, kind: string | null | undefined): FigureKind | undefined => {
  const row = FIGURES.get(tag);
  return (kind && row?.kinds && Object.hasOwn(row.kinds, kind) ? row.kinds[kind] : undefined) ?? row?.figure;
};

/** The attributes every element has that its server figure follows. */
export const COMMON_ATTRIBUTES = ["lang", "theme", "caption"] as const;
/** The dataset elements' attributes (widgets/element/dataset-element.ts). */
export const DATASET_ATTRIBUTES = ["dataset", "measure", "region", "group", "period"] as const;
/** `<pa-indicator>`'s attributes: the indicator and its parameters as one query string. */
export const INDICATOR_ATTRIBUTES = ["indicator", "params"] as const;

/**
 * The attributes of `tag` that `/v1/charts/{element}` takes as query parameters (the image's own `width`,
 * `height` and `density` aside): its base's, `kind` when it has kinds, and its own; undefined when not drawn.
 */
export function serverAttributes(tag: string): string[] | undefined {
  const row = FIGURES.get(tag);
  if (!row) return undefined;
  const base = row.figure === "indicator" ? INDICATOR_ATTRIBUTES : DATASET_ATTRIBUTES;
  return [...base, ...(row.kinds ? ["kind"] : []), ...(row.params ?? []), ...COMMON_ATTRIBUTES];
}

/** The tags among `tags` that have a static figure, in their order. */
export const drawnTags = (tags: readonly string[]): string[] => tags.filter((tag) => figureKindOf(tag) !== undefined);
