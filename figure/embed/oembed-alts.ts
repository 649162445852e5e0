/**
 * @module The alt texts of the figures `/oembed` embeds for pages (dataset, indicator and view pages): the build
 * knows each page's figure and its summary, writes them to `.charts/oembed-alts.json` (scripts/build/oembed-alts.ts)
 * and the charts Worker bundles that file (charts/oembed.ts). Keyed by the image's path, built here for both sides.
 */

/** Image path (no origin) → the figure's summary, its accessible description. */
export type OembedAlts = Record<string, string>;

/** Where the build writes {@link OembedAlts} for the charts Worker to bundle. */
export const OEMBED_ALTS_FILE = ".charts/oembed-alts.json";

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
