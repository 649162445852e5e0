/**
 * @module Which figure each element draws when it is drawn without JavaScript: the charts Worker's
 * `/v1/charts/{element}.svg|png`, the site's static fallbacks and oEmbed all read it here, and the embed
 * builder offers a static fallback for exactly the elements of the table (widgets/elements.ts) found here
 * (scripts/build/site/builder-data.ts). A new element gets a server-rendered figure by one line here.
 */
import type { FigureKind } from "./model";

/** Element tag → the figure kind it draws (`<pa-chart>` also takes `kind=line|area|bar`). */
export const ELEMENT_FIGURES: Readonly<Record<string, FigureKind>> = {
  "pa-chart": "line",
  "pa-ranking": "ranking",
  "pa-share": "share",
  "pa-tilemap": "tilemap",
  "pa-stat": "stat",
  "pa-table": "table",
  "pa-indicator": "indicator",
};

// A map, so that `toString` and the like are not elements.
const FIGURES = new Map(Object.entries(ELEMENT_FIGURES));

/** The figure kind `tag` draws, or undefined when no static figure is drawn for it. */
export const figureKindOf = (tag: string): FigureKind | undefined => FIGURES.get(tag);

/** The tags among `tags` that have a static figure, in their order. */
export const drawnTags = (tags: readonly string[]): string[] => tags.filter((tag) => figureKindOf(tag) !== undefined);
