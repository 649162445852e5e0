/**
 * @module The figure and oEmbed operations: `/v1/charts/{element}.svg|png` and `/oembed`, answered by the charts
 * Worker (charts/) behind the API worker's `/v1/charts/*` and `/oembed` routes (the `x-hono-path` of all three).
 */
import * as v from "valibot";
import { ELEMENT_FIGURES, kindsOf } from "../../figure/element-figures";
import { DATASET_REF_PATTERN, filterEntries, integerParam } from "../../schemas/query";
import type { Operation } from "./operation";
import { VERSIONED } from "./problem-sets";

const text = (description: string) => v.optional(v.pipe(v.string(), v.description(description)));
/** A data filter exactly as the data route checks it (the charts Worker passes it on), with its description here. */
const filter = (name: "measure" | "region" | "group" | "period", description: string) =>
  v.optional(v.pipe(filterEntries[name].wrapped, v.description(description)));
/** The elements drawn from a dataset (figure/element-figures.ts); `<pa-indicator>` has operations of its own. */
const DATASET_ELEMENTS = Object.entries(ELEMENT_FIGURES)
  .filter(([, row]) => row.figure !== "indicator")
  .map(([tag]) => tag.slice(3));
/** The elements (by name) that have the attribute `name` of their own, as `` `share` only``. */
const only = (name: string) =>
  `${Object.entries(ELEMENT_FIGURES)
    .filter(([, row]) => row.params?.includes(name))
    .map(([tag]) => `\`${tag.slice(3)}\``)
    .join(", ")} only`;
/** Every element's `kind` values, and each element's with its default first. */
const KIND_VALUES = [...new Set(Object.keys(ELEMENT_FIGURES).flatMap((tag) => kindsOf(tag) ?? []))];
const KINDS_SAID = Object.keys(ELEMENT_FIGURES)
  .filter((tag) => kindsOf(tag))
  .map((tag) => `\`${tag.slice(3)}\`: ${kindsOf(tag)?.join(", ")} (default ${kindsOf(tag)?.[0]})`)
  .join("; ");

/**
 * The schemas of the elements' own attributes (figure/element-figures.ts `params`): a new one needs its schema
 * here (test/scripts/element-figures.test.ts checks); which elements take it is said from the table.
 */
const OWN_ENTRIES = {
  total: text(`${only("total")}: the measure the parts are shares of (default: the parts' sum).`),
  by: v.optional(
    v.pipe(v.picklist(["group"]), v.description(`${only("by")}: \`group\` sums the provinces into the four NBS region groups.`)),
  ),
  order: v.optional(v.pipe(v.picklist(["desc", "asc"]), v.description(`${only("order")}: highest first (\`desc\`, default) or \`asc\`.`))),
};
/** The elements' own attributes that have a schema here. */
export const OWN_CHART_PARAMS: readonly string[] = Object.keys(OWN_ENTRIES);
const ELEMENT = `^(?:${DATASET_ELEMENTS.join("|")})$`;

/** The element's attributes as query parameters, as `<pa-…>` takes them. */
const FIGURE_ENTRIES = {
  dataset: v.pipe(
    v.string(),
    v.regex(new RegExp(DATASET_REF_PATTERN)),
    v.description("`{id}` or `{id}@{version}` (exact, a semver range, or `latest`): the element's `dataset`."),
  ),
  measure: filter("measure", "Measures, comma-separated (default: the dataset's declared defaults)."),
  region: filter("region", "Region codes, comma-separated."),
  group: filter("group", "NBS region groups (`east`, `central`, `west`, `northeast`), comma-separated."),
  period: filter("period", "A period or a range `a..b` (a single period draws rankings, shares and tile maps)."),
  kind: v.optional(v.pipe(v.picklist(KIND_VALUES), v.description(`The element's \`kind\`: ${KINDS_SAID}.`))),
  ...OWN_ENTRIES,
  lang: v.optional(v.pipe(v.picklist(["zh", "en"]), v.description("Language of every text (default zh)."))),
  theme: v.optional(v.pipe(v.picklist(["light", "dark"]), v.description("Colour scheme (default light)."))),
  caption: text("A title replacing the dataset's. PNG: characters the embedded font lacks are refused (400)."),
  width: v.optional(v.pipe(integerParam(240, 2400), v.description("Figure width in px, 240–2400 (default 640)."))),
  height: v.optional(v.pipe(integerParam(240, 2400), v.description("Figure height in px, 240–2400 (default: what the figure needs)."))),
};
const FigureQuery = v.strictObject(FIGURE_ENTRIES);
const PngQuery = v.strictObject({
  ...FIGURE_ENTRIES,
  density: v.optional(v.pipe(v.picklist(["1", "2"]), v.description("Device pixels per figure pixel (default 2)."))),
});
const OembedQuery = v.strictObject({
  url: v.pipe(
    v.string(),
    v.description(
      "A page or chart URL of this site: `/datasets/{id}/`, `/indicators/{id}/`, `/indicators/views/{id}/` (each also under `/en/`), or `/v1/charts/{element}.svg|png?…`.",
    ),
  ),
  format: v.optional(
    v.pipe(v.picklist(["json", "xml"]), v.description("`json` (default) or `xml`; any other is 501 Not Implemented, as oEmbed 1.0 says.")),
  ),
  maxwidth: text("The embed's largest width in px."),
  maxheight: text("The embed's largest height in px."),
});

const SVG = {
  jsonSchema: {
    type: "string",
    contentMediaType: "image/svg+xml",
    description: "A standalone, accessible SVG (`role=img`, `<title>`, `<desc>` = the summary).",
  },
};
const PNG = {
  jsonSchema: {
    type: "string",
    contentMediaType: "image/png",
    description: "A PNG of the same SVG (resvg, embedded Noto Sans SC subset).",
  },
};
const OEMBED_XML = {
  jsonSchema: {
    type: "string",
    contentMediaType: "text/xml",
    description: "The same members as the JSON answer, as `<oembed>` child elements (`format=xml`).",
  },
};
const OEMBED = v.object({
  version: v.literal("1.0"),
  type: v.literal("rich"),
  title: v.string(),
  provider_name: v.string(),
  provider_url: v.string(),
  html: v.string(),
  width: v.pipe(v.number(), v.integer()),
  height: v.pipe(v.number(), v.integer()),
  thumbnail_url: v.string(),
  thumbnail_width: v.pipe(v.number(), v.integer()),
  thumbnail_height: v.pipe(v.number(), v.integer()),
});
const DRAWN =
  "Draws the figure the element shows for the same attributes (the figure model the widgets draw): title, legend, axes, notes, and the source line with dataset@version. Exact versions are immutable; ranges and `latest` cache for five minutes.";

/** The figure of one element, as SVG or PNG. */
const figure = (format: "svg" | "png"): Operation => ({
  id: format === "svg" ? "chartSvg" : "chartPng",
  path: `/v1/charts/{element}.${format}`,
  hono: "/v1/charts/*",
  summary: format === "svg" ? "A figure as SVG" : "A figure as PNG",
  description:
    format === "svg"
      ? DRAWN
      : `${DRAWN} Rasterised at \`density\` (default 2) device pixels per figure pixel; texts the embedded font cannot draw are named in \`x-pa-missing-glyphs\`.`,
  tags: ["charts"],
  pathParams: { element: { description: `The element: ${DATASET_ELEMENTS.join(", ")}.`, pattern: ELEMENT } },
  query: format === "svg" ? FigureQuery : PngQuery,
  success: format === "svg" ? { "image/svg+xml": SVG } : { "image/png": PNG },
  caching: "version",
  problems: [...VERSIONED, "not-found"],
  examples: [
    {
      name: "gdp-two-provinces",
      summary: "Provincial GDP of Guangdong and Jiangsu, version 1.0.0",
      path: { element: "chart" },
      query: { dataset: "province-gdp@1.0.0", region: "CN-GD,CN-JS", ...(format === "png" ? { density: "1" } : {}) },
      status: 200,
    },
    {
      name: "ranking-2024",
      summary: "Provinces ranked by GDP in 2024, in English",
      path: { element: "ranking" },
      query: { dataset: "province-gdp@1.0.0", period: "2024", lang: "en", ...(format === "png" ? { width: "320", density: "1" } : {}) },
      status: 200,
    },
    {
      name: "bad-width",
      summary: "A width out of range",
      path: { element: "chart" },
      query: { dataset: "province-gdp@1.0.0", width: "9" },
      status: 400,
      problem: "invalid-parameter",
    },
    {
      name: "no-such-dataset",
      summary: "An unknown dataset",
      path: { element: "chart" },
      query: { dataset: "no-such-data" },
      status: 404,
      problem: "unknown-dataset",
    },
  ],
});

const INDICATOR_ENTRIES = {
  indicator: v.pipe(v.string(), v.description("`<pa-indicator>`'s `indicator`: an indicator id (e.g. `theil-t`).")),
  params: text("`<pa-indicator>`'s `params`: the indicator's query as one encoded string (e.g. `value=…&weight=…`)."),
  lang: FIGURE_ENTRIES.lang,
  theme: FIGURE_ENTRIES.theme,
  caption: FIGURE_ENTRIES.caption,
  width: FIGURE_ENTRIES.width,
  height: FIGURE_ENTRIES.height,
};

/** The figure of `<pa-indicator>`, as SVG or PNG: the result of `GET /v1/indicators/{indicator}?{params}`. */
const indicatorFigure = (format: "svg" | "png"): Operation => ({
  id: format === "svg" ? "indicatorChartSvg" : "indicatorChartPng",
  path: `/v1/charts/indicator.${format}`,
  hono: "/v1/charts/*",
  summary: format === "svg" ? "An indicator's figure as SVG" : "An indicator's figure as PNG",
  description: `Draws what \`<pa-indicator>\` shows for the same \`indicator\` and \`params\`: the result of \`GET /v1/indicators/{indicator}?{params}\`, with its method and inputs in the source line. Immutable when every input is an exact version.${format === "png" ? " Rasterised at `density` (default 2) device pixels per figure pixel." : ""}`,
  tags: ["charts"],
  query: format === "svg" ? v.strictObject(INDICATOR_ENTRIES) : v.strictObject({ ...INDICATOR_ENTRIES, density: PngQuery.entries.density }),
  success: format === "svg" ? { "image/svg+xml": SVG } : { "image/png": PNG },
  caching: "version",
  problems: [...VERSIONED, "not-found"],
  examples: [
    {
      name: "digital-economy-growth",
      summary: "Year-on-year growth of the digital economy",
      query: {
        indicator: "growth-yoy",
        params: "value=digital-economy@1.0.0:size",
        ...(format === "png" ? { width: "320", density: "1" } : {}),
      },
      status: 200,
    },
    { name: "bad-indicator", summary: "Not an indicator id", query: { indicator: "Theil T" }, status: 400, problem: "invalid-parameter" },
  ],
});

/** Figures and oEmbed. */
export const CHART_OPERATIONS: Operation[] = [
  figure("svg"),
  figure("png"),
  indicatorFigure("svg"),
  indicatorFigure("png"),
  {
    id: "oembed",
    path: "/oembed",
    hono: "/oembed",
    summary: "oEmbed 1.0 for dataset, indicator, view and chart URLs",
    description:
      'A `rich` embed: `html` is the element with its static figure inside (image, links to the page and the numbers), sized to maxwidth/maxheight; `thumbnail_url` is a PNG. Pages announce it with `<link rel="alternate" type="application/json+oembed">`. A URL it cannot embed is 404; a `format` other than json or xml is 501 Not Implemented (oEmbed 1.0 §2.3.4).',
    tags: ["charts"],
    query: OembedQuery,
    success: { "application/json": OEMBED, "text/xml": OEMBED_XML },
    caching: "short",
    problems: ["not-found", "not-implemented"],
    examples: [
      { name: "view", summary: "A named view's page", query: { url: "/indicators/views/digital-economy-growth/" }, status: 200 },
      {
        name: "dataset-small",
        summary: "A dataset page, at most 300 px wide",
        query: { url: "/en/datasets/province-gdp/", maxwidth: "300" },
        status: 200,
      },
      {
        name: "elsewhere",
        summary: "A URL of another site",
        query: { url: "https://elsewhere.example/datasets/province-gdp/" },
        status: 404,
        problem: "not-found",
      },
    ],
  },
];
