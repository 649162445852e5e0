/**
 * @module The charts Worker: `GET /v1/charts/{element}.svg` draws the figure an element would show for the same
 * attributes (`dataset`, `measure`, `region`, `group`, `period`, `kind`, `lang`, `theme`, `caption`, `width`,
 * `height`; `indicator.svg` takes `<pa-indicator>`'s `indicator` and `params` instead of the dataset ones) as a
 * standalone SVG. A second Worker, reached from the API worker's `/v1/charts/*` route by a service
 * binding, because the figure model and renderer do not fit the API worker's 40 KB budget. The API worker
 * POSTs the element's data response (`…/data.json` with its filters; status in `x-pa-data-status`) with the
 * reader's URL, so the figure is drawn from exactly what the widgets load; this Worker has no other way in.
 */
import { buildFigure } from "../figure/build";
import { indicatorFigure } from "../figure/build/indicator";
import type { FigureKind, FigureLang } from "../figure/model";
import type { NameTable } from "../figure/names";
import names from "../figure/names-table.json";
import { renderSvg } from "../figure/svg/render";
import type { IndicatorResult } from "../schemas/indicator";
import { oembed } from "./oembed";
import { problem } from "./problem";

/** The charts Worker has no bindings. */
export type ChartsEnv = Record<string, never>;

/** Element → the figure kind it draws (`chart` takes `kind=line|area|bar`). */
const ELEMENTS: Record<string, FigureKind> = {
  chart: "line",
  ranking: "ranking",
  share: "share",
  tilemap: "tilemap",
  stat: "stat",
  table: "table",
  indicator: "indicator",
};
const PARAMS = new Set(["dataset", "measure", "region", "group", "period", "kind", "lang", "theme", "caption", "width", "height"]);
/** `<pa-indicator>`'s attributes: the indicator id and its parameters as one query string. */
const INDICATOR_PARAMS = new Set(["indicator", "params", "lang", "theme", "caption", "width", "height"]);
const IMMUTABLE = "public, max-age=31536000, immutable";
const SHORT = "public, max-age=300, stale-while-revalidate=60";

/** Asks the API worker for the data at `path` (it posts the response back with `x-pa-data-status`). */
const need = (path: string) => new Response(null, { status: 204, headers: { "x-pa-data": path } });

const size = (v: string | null, name: string): number | undefined | string => {
  if (v === null || v === "") return undefined;
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
    // The first row of the dataset the page URL names (its title and latest version).
    const id = /\/datasets\/([a-z0-9-]+)\/?$/.exec(url.searchParams.get("url") ?? "")?.[1] ?? "-";
    return need(`/v1/datasets/${id}@latest/data.json?limit=1`);
  }
  const m = /^\/v1\/charts\/([a-z]+)\.svg$/.exec(path);
  const element = m?.[1];
  if (!element || !(element in ELEMENTS))
    return problem(404, "not-found", `No chart at ${path.slice(0, 100)}. Elements: ${Object.keys(ELEMENTS).join(", ")} (.svg).`, path, {
      allowed: Object.keys(ELEMENTS),
    });
  const q = url.searchParams;
  const indicator = element === "indicator";
  const allowed = indicator ? INDICATOR_PARAMS : PARAMS;
  for (const key of q.keys())
    if (!allowed.has(key))
      return problem(400, "unknown-parameter", `Unknown parameter ${key.slice(0, 40)}.`, path, { param: key, allowed: [...allowed] });
  const dataset = q.get("dataset") ?? "";
  if (!indicator && !/^[a-z0-9-]+(@[\w.^~*<>=| -]{1,40})?$/.test(dataset))
    return problem(400, "invalid-parameter", "dataset must be id or id@version.", path, { param: "dataset" });
  const indicatorId = q.get("indicator") ?? "";
  if (indicator && !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(indicatorId))
    return problem(400, "invalid-parameter", "indicator must be an indicator id (e.g. theil-t).", path, { param: "indicator" });
  const lang: FigureLang = q.get("lang") === "en" ? "en" : q.get("lang") === "zh" || !q.get("lang") ? "zh" : ("" as FigureLang);
  if (!lang) return problem(400, "invalid-parameter", "lang must be zh or en.", path, { param: "lang", allowed: ["zh", "en"] });
  const theme = q.get("theme") ?? "light";
  if (theme !== "light" && theme !== "dark")
    return problem(400, "invalid-parameter", "theme must be light or dark.", path, { param: "theme", allowed: ["light", "dark"] });
  const kindParam = q.get("kind");
  if (kindParam && (element !== "chart" || !["line", "area", "bar"].includes(kindParam)))
    return problem(400, "invalid-parameter", "kind (line, area, bar) applies to chart only.", path, { param: "kind" });
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
    const data = new URL(`/v1/datasets/${dataset}/data.json`, url.origin);
    for (const key of ["measure", "region", "group", "period"]) {
      const v = q.get(key);
      if (v) data.searchParams.set(key, v);
    }
    return need(data.pathname + data.search);
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
      `${result.inputs.map((i) => i.hash).join(",")}|${result.method.version}|${element}?${[...q].sort().join("&")}`,
    );
    return svgResponse(request, `"${tag}"`, exact, () =>
      renderSvg(figure, { width: width as number | undefined, height: height as number | undefined, theme }),
    );
  }
  const body = (await res.json()) as {
    dataset: string;
    version: string;
    hash: string;
    title: { zh: string; en: string };
    attribution?: { zh: string; en: string };
    measures: never[];
    rows: never[];
    sources?: never[];
    defaults?: { measures: string[] };
  };
  const exact = /@\d+\.\d+\.\d+$/.test(dataset);
  const etag = `"${body.hash.slice(0, 16)}-${await digest(`${element}?${[...q].sort().join("&")}`)}"`;
  const list = (key: string) => q.get(key)?.split(",").filter(Boolean);
  const figure = buildFigure({
    lang,
    kind: (kindParam as FigureKind | null) ?? (ELEMENTS[element] as FigureKind),
    data: body,
    meta: { sources: body.sources, defaults: body.defaults },
    names: names as NameTable,
    measure: list("measure"),
    region: list("region"),
    period: q.get("period") ?? undefined,
    caption: q.get("caption") ?? undefined,
  });
  return svgResponse(request, etag, exact, () =>
    renderSvg(figure, { width: width as number | undefined, height: height as number | undefined, theme }),
  );
}

/** The SVG response: immutable for exact versions, a short cache otherwise, 304 when the ETag matches. */
function svgResponse(request: Request, etag: string, exact: boolean, svg: () => string): Response {
  const headers = {
    "content-type": "image/svg+xml; charset=utf-8",
    "cache-control": exact ? IMMUTABLE : SHORT,
    etag,
    "access-control-allow-origin": "*",
    "x-content-type-options": "nosniff",
    // An SVG opened on its own runs no script and loads nothing.
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(svg(), { headers });
}

async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(hash).slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export default { fetch: handle } satisfies ExportedHandler<ChartsEnv>;
