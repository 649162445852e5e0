/**
 * @module The charts Worker: `GET /v1/charts/{element}.svg` draws the figure an element would show for the same
 * attributes (`dataset`, `measure`, `region`, `group`, `period`, `lang`, `theme`, `caption`, and the element's
 * `kind` and own attributes as figure/element-figures.ts lists them — `<pa-share>`'s `total` and `by`, `<pa-ranking>`'s
 * `order` —; plus
 * `width`, `height`; `indicator.svg` takes `<pa-indicator>`'s `indicator` and `params` instead of the dataset ones)
 * as a standalone SVG; `….png` rasterises that SVG (2× density by default, `density=1|2`) with resvg and an embedded
 * Noto Sans SC subset (charts/respond.ts). A second Worker, reached from the API worker's `/v1/charts/*` route by a service
 * binding, because the figure model and renderer do not fit the API worker's 40 KB budget. The API worker
 * POSTs the element's data response (`…/data.json` with its filters; status in `x-pa-data-status`) with the
 * reader's URL, so the figure is drawn from exactly what the widgets load; this Worker has no other way in.
 */
import { indicatorFigure } from "../figure/build/indicator";
import { ELEMENT_FIGURES, figureFor, kindsOf, serverAttributes } from "../figure/element-figures";
import type { FigureLang } from "../figure/model";
import type { NameTable } from "../figure/names";
import names from "../figure/names-table.json";
import { renderSvg } from "../figure/svg/render";
import type { IndicatorResult } from "../schemas/indicator";
import { type ChartData, chartDataPath, chartFigure, DATASET_REF } from "./chart-figure";
import { oembed, oembedData } from "./oembed";
import { problem } from "./problem";
import { captionGaps, figureResponse } from "./respond";

/** The charts Worker has no bindings. */
export type ChartsEnv = Record<string, never>;

/** The image's own parameters (each element's attributes come from figure/element-figures.ts). */
const IMAGE_PARAMS = ["width", "height"];
/** PNG only: device pixels per figure pixel. */
const DENSITY = "density";

/** Asks the API worker for the data at `path` (it posts the response back with `x-pa-data-status`). */
const need = (path: string) => new Response(null, { status: 204, headers: { "x-pa-data": path } });

const size = (v: string | null, name: string): number | undefined | string => {
  if (v === null) return undefined;
  return /^\d{3,4}$/.test(v) && Number(v) >= 240 && Number(v) <= 2400
    ? Number(v)
    : `${name} must be a whole number of px from 240 to 2400.`;
};

/** Handles one request. */
export async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname;
  const posted = request.method === "POST" && request.headers.has("x-pa-data-status");
  if (path === "/oembed") {
    if (posted) return oembed(request);
    return need(oembedData(url));
  }
  const m = /^\/v1\/charts\/([a-z]+)\.(svg|png)$/.exec(path);
  const element = m?.[1];
  const format = m?.[2] as "svg" | "png" | undefined;
  const tag = `pa-${element}`;
  const attributes = element ? serverAttributes(tag) : undefined;
  if (!element || !attributes) {
    const elements = Object.keys(ELEMENT_FIGURES).map((tag) => tag.slice(3));
    return problem(404, "not-found", `No chart at ${path.slice(0, 100)}. Elements: ${elements.join(", ")} (.svg, .png).`, path, {
      allowed: elements,
    });
  }
  const q = url.searchParams;
  const indicator = figureFor(tag, null) === "indicator";
  // The element's attributes (its kind and its own, as the table says), then the image's.
  const allowed = new Set([...attributes, ...IMAGE_PARAMS]);
  if (format === "png") allowed.add(DENSITY);
  for (const key of q.keys())
    if (!allowed.has(key))
      return problem(400, "unknown-parameter", `Unknown parameter ${key.slice(0, 40)}.`, path, { param: key, allowed: [...allowed] });
  const density = q.get(DENSITY) ?? "2";
  if (density !== "1" && density !== "2")
    return problem(400, "invalid-parameter", "density must be 1 or 2.", path, { param: DENSITY, allowed: ["1", "2"] });
  // A caption is the reader's own text: a PNG cannot draw what the font lacks, so it is refused (the SVG draws it).
  const captionMissing = format === "png" ? captionGaps(q.get("caption")) : [];
  if (captionMissing.length)
    return problem(
      400,
      "invalid-parameter",
      `caption has characters the PNG font cannot draw (${captionMissing.slice(0, 10).join(" ")}); the .svg draws them.`,
      path,
      { param: "caption", missing: captionMissing.slice(0, 50) },
    );
  const out = { format: format ?? "svg", density: Number(density) } as const;
  const dataset = q.get("dataset") ?? "";
  if (!indicator && !DATASET_REF.test(dataset))
    return problem(400, "invalid-parameter", "dataset must be id or id@version.", path, { param: "dataset" });
  const indicatorId = q.get("indicator") ?? "";
  if (indicator && !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(indicatorId))
    return problem(400, "invalid-parameter", "indicator must be an indicator id (e.g. theil-t).", path, { param: "indicator" });
  // Absent is the default; present but empty is a typo, as the OpenAPI document says (`kind=` too).
  const lang: FigureLang = q.get("lang") === "en" ? "en" : q.get("lang") === "zh" || !q.has("lang") ? "zh" : ("" as FigureLang);
  if (!lang) return problem(400, "invalid-parameter", "lang must be zh or en.", path, { param: "lang", allowed: ["zh", "en"] });
  const theme = q.get("theme") ?? "light";
  if (theme !== "light" && theme !== "dark")
    return problem(400, "invalid-parameter", "theme must be light or dark.", path, { param: "theme", allowed: ["light", "dark"] });
  const kindParam = q.get("kind");
  const kinds = kindsOf(tag) ?? [];
  if (kindParam !== null && !kinds.includes(kindParam))
    return problem(400, "invalid-parameter", `kind must be ${kinds.join(", ")}.`, path, { param: "kind", allowed: kinds });
  // The figure drawn for that kind (the element's default without one).
  const figureKind = figureFor(tag, kindParam) ?? "message";
  const by = q.get("by");
  if (by !== null && by !== "group")
    return problem(400, "invalid-parameter", "by must be group.", path, { param: "by", allowed: ["group"] });
  const order = q.get("order");
  if (order !== null && order !== "asc" && order !== "desc")
    return problem(400, "invalid-parameter", "order must be asc or desc.", path, { param: "order", allowed: ["asc", "desc"] });
  const width = size(q.get("width"), "width");
  const height = size(q.get("height"), "height");
  for (const [name, v] of [
    ["width", width],
    ["height", height],
  ] as const)
    if (typeof v === "string") return problem(400, "invalid-parameter", v, path, { param: name });

  if (!posted && indicator) {
    // The result exactly as `<pa-indicator indicator=… params=…>` loads it; the API checks the parameters.
    const data = new URL(`/v1/indicators/${indicatorId}`, url.origin);
    data.search = new URLSearchParams(q.get("params") ?? "").toString();
    return need(data.pathname + data.search);
  }
  if (!posted) {
    return need(chartDataPath(q, url.origin));
  }
  // The data exactly as the element would load it (sent by the API worker).
  const status = Number(request.headers.get("x-pa-data-status"));
  if (status !== 200) {
    // The API's own problem (unknown dataset, bad filter) is the answer; it stays a 4xx.
    return new Response(await request.text(), {
      status: status >= 500 || !status ? 502 : status,
      headers: {
        "content-type": "application/problem+json; charset=utf-8",
        "cache-control": "no-store",
        "access-control-allow-origin": "*",
      },
    });
  }
  const res = new Response(request.body);
  if (indicator) {
    const result = (await res.json()) as IndicatorResult;
    const figure = indicatorFigure({ lang, result, names: names as NameTable, caption: q.get("caption") ?? undefined });
    // Exact when every input was asked for by exact version; the inputs' hashes name the data drawn.
    const exact = result.inputs.every((i) => /^\d+\.\d+\.\d+$/.test(i.requested));
    const tag = await digest(
      `${result.inputs.map((i) => i.hash).join(",")}|${result.method.version}|${element}.${format}?${[...q].sort().join("&")}`,
    );
    return figureResponse(request, `"${tag}"`, exact, out, () =>
      renderSvg(figure, { width: width as number | undefined, height: height as number | undefined, theme }),
    );
  }
  const body = (await res.json()) as ChartData & { hash: string };
  const exact = /@\d+\.\d+\.\d+$/.test(dataset);
  const etag = `"${body.hash.slice(0, 16)}-${await digest(`${element}.${format}?${[...q].sort().join("&")}`)}"`;
  const figure = chartFigure(q, lang, figureKind, body);
  return figureResponse(request, etag, exact, out, () =>
    renderSvg(figure, { width: width as number | undefined, height: height as number | undefined, theme }),
  );
}

async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(hash).slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export default { fetch: handle } satisfies ExportedHandler<ChartsEnv>;
