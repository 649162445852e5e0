/**
 * @module What `/oembed` needs to know of the site's pages (dataset, indicator and view pages) that only the build
 * knows: the alt text of each page figure it embeds (the figure's summary) and the attributes of a dataset page's
 * own element (the measures and regions the page shows). The build writes it to `.charts/oembed-pages.json`
 * (scripts/build/site/oembed-pages.ts) and the charts Worker bundles that file (charts/oembed.ts). Keys are built
 * here for both sides.
 */

/** The build's knowledge of the pages, for oEmbed. */
export interface OembedPages {
  /** Image path (no origin) → the figure's summary, its accessible description. */
  alts: Record<string, string>;
  /** `{id}@{version}` → the attributes of the dataset page's element besides `dataset` and `lang`, in order. */
  datasets: Record<string, [string, string][]>;
}

/** Where the build writes {@link OembedPages} for the charts Worker to bundle. */
export const OEMBED_PAGES_FILE = ".charts/oembed-pages.json";

/**
 * The URL path of a dataset page's static figure or card (`.assets/charts/{id}@{version}.{lang}.svg`,
 * scripts/build/charts.ts), `@` written `%40` as the static-asset server serves it (it redirects the `@` spelling).
 */
export const datasetImagePath = (ref: string, lang: "zh" | "en", ext: "svg" | "card.png" = "svg"): string =>
  `/charts/${encodeURIComponent(ref)}.${lang}.${ext}`;

/** The attributes of `<pa-indicator>` an oEmbed answer embeds, in order. */
export const indicatorAttributes = (indicator: string, params: string, lang: "zh" | "en"): [string, string][] => [
  ["indicator", indicator],
  ["params", params],
  ["lang", lang],
];

/** The path of the charts Worker's figure of `<pa-indicator>` with {@link indicatorAttributes}. */
export const indicatorImagePath = (indicator: string, params: string, lang: "zh" | "en"): string =>
  `/v1/charts/indicator.svg?${new URLSearchParams(indicatorAttributes(indicator, params, lang))}`;
