/**
 * @module `/oembed` (oEmbed 1.0), answered in the charts Worker, for four kinds of URL of this site: dataset pages
 * (`/datasets/{id}/`), indicator pages (`/indicators/{id}/`), named-view pages (`/indicators/views/{id}/`), each
 * also under `/en/`, and chart URLs (`/v1/charts/{element}.svg|png?…`). The answer is a `rich` embed whose `html` is
 * the element with its static fallback inside (the figure as `<img>`, alt = the figure's summary, links to the page
 * and the numbers), sized to fit maxwidth/maxheight, and whose thumbnail is a PNG. A chart URL's summary is drawn
 * here from its data; a page's comes from the build (figure/embed/oembed-pages.ts), which drew the page's figure, and
 * a dataset page's element has the page's own measures and regions, so that it draws what its image shows.
 * `format=json|xml`; a URL it cannot embed is 404 and another format 501, as the spec says. The API worker sends
 * what {@link oembedData} names: the dataset's first row, a chart URL's data or indicator result, or the indicator
 * registry.
 */
import built from "../.charts/oembed-pages.json";
import { indicatorFigure } from "../figure/build/indicator";
import { COMMON_ATTRIBUTES, DATASET_ATTRIBUTES, ELEMENT_FIGURES, figureFor, INDICATOR_ATTRIBUTES } from "../figure/element-figures";
import { datasetImagePath, indicatorAttributes, indicatorImagePath, type OembedPages } from "../figure/embed/oembed-pages";
import type { NameTable } from "../figure/names";
import names from "../figure/names-table.json";
import type { IndicatorResult } from "../schemas/indicator";
import { type ChartData, chartDataPath, chartFigure, DATASET_REF } from "./chart-figure";
import { problem } from "./problem";

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
const esc = (v: string) => v.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
const num = (v: string | null) => (v && /^\d{1,5}$/.test(v) ? Number(v) : undefined);

/** The figure's default width and its height/width ratio in an embed. */
const WIDTH = 640;
const RATIO = 0.69;
/** Smallest figure the chart routes draw; a smaller embed shows that image scaled down. */
const MIN = 240;
/** A chart URL's attributes that the element takes too (width, height and density are the image's own). */
const ELEMENT_ATTRIBUTES = [
  ...new Set([
    ...DATASET_ATTRIBUTES,
    "kind",
    ...Object.values(ELEMENT_FIGURES).flatMap((row) => row.params ?? []),
    ...COMMON_ATTRIBUTES,
    ...INDICATOR_ATTRIBUTES,
  ]),
];

/** What the `url` parameter names. */
type Target =
  | { kind: "dataset"; id: string; lang: "zh" | "en" }
  | { kind: "indicator" | "view"; id: string; lang: "zh" | "en" }
  | { kind: "chart"; element: string; query: URLSearchParams; lang: "zh" | "en" };

/** Reads the `url` parameter: a page or chart URL of this origin, or undefined. */
function targetOf(url: URL): Target | undefined {
  let target: URL;
  try {
    target = new URL(url.searchParams.get("url") ?? "", url.origin);
  } catch {
    return undefined;
  }
  if (target.origin !== url.origin) return undefined;
  const page = /^\/(en\/)?(datasets|indicators|indicators\/views)\/([a-z0-9-]+)\/?$/.exec(target.pathname);
  if (page) {
    const lang = page[1] ? "en" : "zh";
    const id = page[3] as string;
    if (page[2] === "datasets") return { kind: "dataset", id, lang };
    if (page[2] === "indicators" && id === "views") return undefined;
    return { kind: page[2] === "indicators" ? "indicator" : "view", id, lang };
  }
  const chart = /^\/v1\/charts\/([a-z]+)\.(svg|png)$/.exec(target.pathname);
  if (chart)
    return {
      kind: "chart",
      element: chart[1] as string,
      query: target.searchParams,
      lang: target.searchParams.get("lang") === "en" ? "en" : "zh",
    };
  return undefined;
}

/** The API path whose response an oEmbed request needs (posted back by the API worker). */
export function oembedData(url: URL): string {
  const target = targetOf(url);
  if (!target) return "/v1/datasets/-/data.json?limit=1";
  if (target.kind === "dataset") return `/v1/datasets/${target.id}@latest/data.json?limit=1`;
  if (target.kind === "chart" && target.element === "indicator") {
    // The result the figure draws (as charts/index.ts asks for it), so that the fallback's alt is its summary.
    const id = target.query.get("indicator") ?? "";
    const data = new URL(`/v1/indicators/${INDICATOR_ID.test(id) ? id : "-"}`, url.origin);
    data.search = new URLSearchParams(target.query.get("params") ?? "").toString();
    return data.pathname + data.search;
  }
  if (target.kind === "chart" && target.element !== "indicator") {
    // The rows the chart draws (as charts/index.ts asks for them), so that the fallback's alt is its summary.
    const query = new URLSearchParams(target.query);
    if (!DATASET_REF.test(query.get("dataset") ?? "")) query.set("dataset", "-");
    return chartDataPath(query, url.origin);
  }
  return "/v1/indicators";
}

/**
 * What the build knows of the pages. An image it has no alt for (another release's) falls back to the title; a
 * dataset version it has no page element for, to the dataset's defaults. (Read as JSON, the attribute pairs are
 * typed string[][]; the build wrote them as {@link OembedPages}.)
 */
const PAGES = built as unknown as OembedPages;

/** What the embed shows, once the data is known. */
interface Embed {
  title: string;
  /** The fallback image's text: the figure's summary (drawn here, or by the build for a page), else the title. */
  alt?: string;
  tag: string;
  attributes: [string, string][];
  /** The figure's SVG URL: a chart route's without a size (width and height are added to fit), or a static file's. */
  image: string;
  /** Whether {@link image} is a static file (drawn at its own size, scaled by the `<img>`). */
  static?: boolean;
  page: { href: string; label: string };
  numbers: { href: string; label: string };
  /** A card of a fixed size, where the build wrote one. */
  card?: string;
}

type DatasetRow = { dataset: string; version: string; title: { zh: string; en: string }; measures: unknown[] };
type Registry = {
  indicators: { id: string; title: { zh: string; en: string }; example: string }[];
  views: { id: string; title: { zh: string; en: string }; indicator: string; query: string }[];
};

/** An indicator id, as the chart route checks it. */
const INDICATOR_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The embed of `target` from the posted data, or undefined when there is none. */
function embedOf(target: Target, origin: string, data: unknown): Embed | undefined {
  const { lang } = target;
  const zh = lang === "zh";
  const prefix = `${origin}${zh ? "" : "/en"}`;
  if (target.kind === "chart" && target.element === "indicator") return indicatorChartEmbed(target, origin, prefix, data);
  if (target.kind === "dataset" || target.kind === "chart") {
    const row = data as DatasetRow;
    if (!row?.dataset || row.measures.length === 0) return undefined;
    if (target.kind === "dataset" && row.dataset !== target.id) return undefined;
    const ref = `${row.dataset}@${row.version}`;
    const page = { href: `${prefix}/datasets/${row.dataset}/`, label: zh ? "数据集页面" : "Dataset page" };
    const numbers = { href: `${origin}/v1/datasets/${ref}/data.csv`, label: "CSV" };
    if (target.kind === "dataset")
      return {
        title: row.title[lang],
        tag: "pa-chart",
        attributes: [["dataset", ref], ...(PAGES.datasets[ref] ?? []), ["lang", lang]],
        // The dataset page's own static figure (scripts/build/charts.ts), as on the page.
        image: `${origin}${datasetImagePath(ref, lang)}`,
        alt: PAGES.alts[datasetImagePath(ref, lang)],
        static: true,
        page,
        numbers,
        card: `${origin}${datasetImagePath(ref, lang, "card.png")}`,
      };
    const attributes = ELEMENT_ATTRIBUTES.flatMap((k): [string, string][] => {
      const v = k === "lang" ? lang : target.query.get(k);
      return v ? [[k, v]] : [];
    });
    const query = new URLSearchParams(attributes).toString();
    return {
      title: target.query.get("caption") ?? row.title[lang],
      alt: summaryOf(target, row),
      tag: `pa-${target.element}`,
      attributes,
      image: `${origin}/v1/charts/${target.element}.svg?${query}`,
      page,
      numbers,
    };
  }
  const registry = data as Registry;
  if (!Array.isArray(registry?.indicators)) return undefined;
  const view = target.kind === "view" ? registry.views.find((v) => v.id === target.id) : undefined;
  const info = target.kind === "indicator" ? registry.indicators.find((i) => i.id === target.id) : undefined;
  const indicator = view?.indicator ?? info?.id;
  const params = view?.query ?? info?.example;
  const title = (view ?? info)?.title[lang];
  if (!indicator || params === undefined || !title) return undefined;
  const image = indicatorImagePath(indicator, params, lang);
  return {
    title,
    alt: PAGES.alts[image],
    tag: "pa-indicator",
    attributes: indicatorAttributes(indicator, params, lang),
    image: `${origin}${image}`,
    page: view
      ? { href: `${prefix}/indicators/views/${view.id}/`, label: zh ? "视图页面" : "View page" }
      : { href: `${prefix}/indicators/${indicator}/`, label: zh ? "指标页面" : "Indicator page" },
    numbers: {
      href: view ? `${origin}/v1/indicators/views/${view.id}` : `${origin}/v1/indicators/${indicator}?${params}`,
      label: zh ? "结果（JSON）" : "Results (JSON)",
    },
  };
}

/** The embed of an indicator chart URL (`/v1/charts/indicator.svg?indicator=…&params=…`) from its result. */
function indicatorChartEmbed(target: Extract<Target, { kind: "chart" }>, origin: string, prefix: string, data: unknown): Embed | undefined {
  const result = data as IndicatorResult;
  if (typeof result?.indicator !== "string" || !Array.isArray(result.results) || !result.title) return undefined;
  const { lang, query } = target;
  const zh = lang === "zh";
  const caption = query.get("caption") ?? undefined;
  const attributes = ["indicator", "params", "lang", "theme", "caption"].flatMap((k): [string, string][] => {
    const v = k === "lang" ? lang : query.get(k);
    return v ? [[k, v]] : [];
  });
  let alt: string | undefined;
  try {
    alt = indicatorFigure({ lang, result, names: names as NameTable, caption }).summary;
  } catch {
    alt = undefined;
  }
  return {
    title: caption ?? result.title[lang],
    alt,
    tag: "pa-indicator",
    attributes,
    image: `${origin}/v1/charts/indicator.svg?${new URLSearchParams(attributes)}`,
    page: { href: `${prefix}/indicators/${result.indicator}/`, label: zh ? "指标页面" : "Indicator page" },
    numbers: {
      href: `${origin}/v1/indicators/${result.indicator}?${query.get("params") ?? ""}`,
      label: zh ? "结果（JSON）" : "Results (JSON)",
    },
  };
}

/** The summary of the figure a chart URL draws (the same model as the route), or undefined when it cannot be drawn. */
function summaryOf(target: Extract<Target, { kind: "chart" }>, data: DatasetRow): string | undefined {
  const q = target.query;
  const kind = figureFor(`pa-${target.element}`, q.get("kind"));
  if (!kind) return undefined;
  try {
    return chartFigure(q, target.lang, kind, data as unknown as ChartData).summary;
  } catch {
    return undefined;
  }
}

/** Answers one oEmbed request (see the module comment); the posted body is {@link oembedData}'s response. */
export async function oembed(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const q = url.searchParams;
  const origin = url.origin;
  // Read the posted body whatever the answer: left unread, the API worker's stream into it is aborted.
  const posted = await request.text();
  const format = q.get("format") ?? "json";
  if (format !== "json" && format !== "xml")
    return problem(501, "not-implemented", `format=${format.slice(0, 20)}: only json and xml.`, "/oembed");
  const target = targetOf(url);
  const data = target && request.headers.get("x-pa-data-status") === "200" ? parse(posted) : undefined;
  const embed = target && data ? embedOf(target, origin, data) : undefined;
  if (!target || !embed)
    return problem(404, "not-found", "No embed for this URL: dataset, indicator, view and chart URLs of this site only.", "/oembed");
  const { lang } = target;
  // Within maxwidth and maxheight, at the figure's proportions.
  const width = Math.max(1, Math.min(num(q.get("maxwidth")) ?? WIDTH, WIDTH, Math.floor((num(q.get("maxheight")) ?? 1e5) / RATIO)));
  const height = Math.max(1, Math.floor(width * RATIO));
  // The image is drawn at the embed's size where the chart routes can (at least 240 px); below that it is scaled.
  const drawn = Math.max(width, MIN);
  const sized = (ext: "svg" | "png", w: number, h: number) => `${embed.image.replace(/\.svg\?/, `.${ext}?`)}&width=${w}&height=${h}`;
  const img = embed.static ? embed.image : sized("svg", drawn, Math.max(Math.floor(drawn * RATIO), MIN));
  const element = `<${embed.tag}${embed.attributes.map(([k, v]) => ` ${k}="${esc(v)}"`).join("")}><img src="${esc(img)}" alt="${esc(embed.alt ?? embed.title)}" width="${width}" height="${height}"><a href="${esc(embed.page.href)}">${esc(embed.page.label)}</a> · <a href="${esc(embed.numbers.href)}">${esc(embed.numbers.label)}</a></${embed.tag}>`;
  const body: Record<string, string | number> = {
    version: "1.0",
    type: "rich",
    title: embed.title,
    provider_name: lang === "zh" ? "共富图谱" : "Prosperity Atlas",
    provider_url: `${origin}/`,
    html: `<script async src="${origin}/widgets/v1-loader.js"></script>${element}`,
    width,
    height,
    // The build's 1200×630 card, or the chart route's PNG of 600×414 figure pixels at its 2× density.
    thumbnail_url: embed.card ?? sized("png", 600, 414),
    thumbnail_width: 1200,
    thumbnail_height: embed.card ? 630 : 828,
  };
  const headers = { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" };
  if (format === "json") return Response.json(body, { headers });
  const fields = Object.entries(body).map(([k, v]) => `<${k}>${esc(String(v))}</${k}>`);
  return new Response(`<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed>${fields.join("")}</oembed>`, {
    headers: { ...headers, "content-type": "text/xml; charset=utf-8" },
  });
}
