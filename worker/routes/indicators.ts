/**
 * @module `/v1/indicators`: the registry of indicators and named views, and indicators computed on request
 * from exact dataset versions — with their method, inputs and (with `explain=1`) intermediate values.
 * Computing uses the definitions; titles, units, method texts and parameter docs come from the registry the build
 * wrote (`_data/indicators.json`), read only when a body is written.
 */

import type { Context } from "hono";
import { Hono } from "hono/tiny";
import type { IndicatorInfo, IndicatorResult, IndicatorResultRow, IndicatorView } from "../../schemas/indicator";
import { LangQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { DEFINITIONS, findDefinition } from "../indicators/definitions";
import { type LoadedRequest, loadRequestMemoized } from "../indicators/load/load";
import { checkRegions, resolveRequest } from "../indicators/load/resolve";
import { querySchema } from "../indicators/params";
import type { Indicator } from "../indicators/types";
import { findView, VIEWS, type ViewDefinition } from "../indicators/views";
import { IMMUTABLE, SHORT } from "../lib/cache-policy";
import { fnv1a, matchesIfNoneMatch, strongEtag } from "../lib/etag";
import { contentTypeOf, requireJson } from "../lib/format";
import { InvalidInput } from "../lib/math/invalid-input";
import { HttpProblem } from "../lib/problem";
import { parseQuery } from "../lib/query";
import { represent } from "../lib/respond";
import { entryOf, loadIndicatorRegistry } from "../storage/indicator-registry";

/** Routes below `/v1/indicators`. */
export const indicators = new Hono<AppEnv>();

/**
 * Version of the response body's shape and rounding. It is part of every ETag and cache key: the Cache API
 * outlives deploys, so a change to how results are written out must change this (a change to what a method
 * computes changes that method's version instead).
 */
const RESULT_FORMAT = "1";

/** Parameters a view's caller may add or override; the view fixes everything else. */
const VIEW_OVERRIDES = ["period", "region", "group", "explain", "asOf", "lang"];

const infoOf = (info: IndicatorInfo, origin: string): IndicatorInfo => ({
  ...info,
  links: { self: `${origin}/v1/indicators/${info.id}`, example: `${origin}/v1/indicators/${info.id}?${info.example}` },
});

const viewOf = (view: IndicatorView, origin: string): IndicatorView => ({
  ...view,
  links: {
    self: `${origin}/v1/indicators/views/${view.id}`,
    indicator: `${origin}/v1/indicators/${view.indicator}?${view.query}`,
    method: `${origin}/v1/indicators/${view.indicator}`,
  },
});

/** The registry's ETag changes with the method versions (and the code that lists them). */
const registryEtag = (...shape: string[]) =>
  strongEtag(
    fnv1a(DEFINITIONS.map((i) => `${i.id}@${i.method.version}`).join() + VIEWS.map((v) => v.id + v.query).join()).padEnd(32, "0"),
    ...shape,
  );

// Every indicator route is JSON only: a request that cannot take JSON is a 406, as on the dataset routes.
indicators.use("*", async (c, next) => {
  requireJson(c.req.header("accept") ?? null);
  await next();
});

indicators.get("/", (c) => {
  parseQuery(LangQuery, new URL(c.req.url));
  const origin = new URL(c.req.url).origin;
  return represent(c, {
    body: async () => {
      const registry = await loadIndicatorRegistry(c.var.store);
      return JSON.stringify({
        count: registry.indicators.length,
        indicators: registry.indicators.map((i) => infoOf(i, origin)),
        views: registry.views.map((v) => viewOf(v, origin)),
      });
    },
    etag: registryEtag("registry"),
    cacheControl: SHORT,
    contentType: contentTypeOf("json"),
  });
});

indicators.get("/views", (c) => {
  parseQuery(LangQuery, new URL(c.req.url));
  const origin = new URL(c.req.url).origin;
  return represent(c, {
    body: async () => {
      const { views } = await loadIndicatorRegistry(c.var.store);
      return JSON.stringify({ count: views.length, views: views.map((v) => viewOf(v, origin)) });
    },
    etag: registryEtag("views"),
    cacheControl: SHORT,
    contentType: contentTypeOf("json"),
  });
});

indicators.get("/views/:view", async (c) => {
  const view = findView(c.req.param("view"));
  if (!view) {
    throw new HttpProblem("not-found", `There is no view "${c.req.param("view")}".`, { param: "view", allowed: VIEWS.map((v) => v.id) });
  }
  const indicator = findDefinition(view.indicator) as Indicator;
  const url = new URL(c.req.url);
  const params = new URLSearchParams(view.query);
  for (const [key, value] of url.searchParams) {
    if (!VIEW_OVERRIDES.includes(key)) {
      throw new HttpProblem(
        "unknown-parameter",
        `A view fixes its inputs; "${key}" cannot be set. Use the indicator's own URL to change it.`,
        {
          param: key,
          allowed: VIEW_OVERRIDES,
        },
      );
    }
    params.set(key, value);
  }
  return compute(c, indicator, params, view);
});

indicators.get("/:id", async (c) => {
  const indicator = findDefinition(c.req.param("id"));
  if (!indicator) {
    throw new HttpProblem("not-found", `There is no indicator "${c.req.param("id")}".`, {
      param: "id",
      allowed: DEFINITIONS.map((i) => i.id),
    });
  }
  return compute(c, indicator, new URL(c.req.url).searchParams);
});

/** SHA-256 of a text, hex. */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Validates, resolves, answers from the ETag or the cache when it can, else computes and caches. */
async function compute(c: Context<AppEnv>, indicator: Indicator, params: URLSearchParams, view?: ViewDefinition): Promise<Response> {
  const url = new URL(c.req.url);
  const queryUrl = new URL(`${url.origin}${url.pathname}?${params}`);
  const query = parseQuery(querySchema(indicator), queryUrl) as Record<string, unknown>;
  const resolved = await resolveRequest(c.var.store, indicator, query);
  checkRegions(resolved, query.region as string[] | undefined);
  // The body does not depend on lang (texts are bilingual), so lang is not part of the representation's identity.
  const canonical = [...params]
    .filter(([k]) => k !== "lang")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const inputsHash = await sha256(resolved.inputs.map((i) => `${i.dataset}@${i.version}:${i.hash}`).join("\n"));
  const etag = strongEtag(inputsHash, RESULT_FORMAT, indicator.id, indicator.method.version, canonical, view?.id ?? "");
  const headers: Record<string, string> = { etag, "cache-control": resolved.exact ? IMMUTABLE : SHORT };
  if (matchesIfNoneMatch(c.req.header("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  // Results are keyed by their ETag, which already names the exact inputs and the method version.
  const cache = (globalThis as { caches?: { default?: Cache } }).caches?.default;
  const cacheKey = new Request(`https://indicator-cache.prosperity-atlas.internal/${etag.replaceAll('"', "")}`);
  const hit = await cache?.match(cacheKey);
  if (hit) {
    const response = new Response(hit.body, hit);
    response.headers.set("x-cache", "HIT");
    return response;
  }

  let loaded: LoadedRequest;
  let output: ReturnType<Indicator["compute"]>;
  try {
    loaded = await loadRequestMemoized(c.var.store, resolved, {
      ...(query.region ? { region: query.region as string[] } : {}),
      ...(query.group ? { group: query.group as never } : {}),
      ...(query.period ? { period: query.period as never } : {}),
    });
    const options = Object.fromEntries(Object.keys(indicator.options).map((k) => [k, query[k]]));
    output = indicator.compute({ series: loaded.series as never, options: options as never, context: loaded.context });
  } catch (error) {
    // Input the method cannot take (joining ratios or computing) is the caller's to change: a 400 that says how.
    if (error instanceof InvalidInput) throw new HttpProblem("invalid-parameter", error.detail, error.param ? { param: error.param } : {});
    throw error;
  }
  const registry = await loadIndicatorRegistry(c.var.store);
  const info = entryOf(registry.indicators, indicator.id);
  const viewText = view ? entryOf(registry.views, view.id) : undefined;
  const body: IndicatorResult = {
    indicator: indicator.id,
    title: info.title,
    unit: output.unit ?? info.unit,
    method: info.method,
    parameters: parametersOf(indicator, params, query),
    inputs: resolved.inputs,
    results: output.results.map(clean),
    warnings: [...loaded.warnings, ...output.warnings],
    ...(query.explain ? { explain: output.explain } : {}),
    ...(viewText ? { view: { id: viewText.id, title: viewText.title, question: viewText.question } } : {}),
  };
  const response = new Response(JSON.stringify(body), {
    status: 200,
    headers: {
      ...headers,
      "content-type": contentTypeOf("json"),
      ...(view ? { link: `<${url.origin}/v1/indicators/${indicator.id}?${params}>; rel="alternate"` } : {}),
    },
  });
  if (cache) {
    const stored = cache.put(cacheKey, response.clone());
    try {
      c.executionCtx.waitUntil(stored);
    } catch {
      await stored; // no execution context (e.g. app.request in a script): finish the write before answering
    }
  }
  response.headers.set("x-cache", "MISS");
  return response;
}

/** The parameters as given, with the indicator's options parsed and their defaults filled in. */
function parametersOf(indicator: Indicator, params: URLSearchParams, query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of params) if (key !== "lang" && key !== "explain") out[key] = value;
  for (const name of Object.keys(indicator.options)) if (query[name] !== undefined) out[name] = query[name];
  return out;
}

/** 15 significant digits: what a double holds reliably; drops float noise such as 79.8 − 55.9 = 23.899999999999995. */
const round15 = (x: number) => Number(x.toPrecision(15));

/** A result row with its value and components rounded to {@link round15}. */
function clean(row: IndicatorResultRow): IndicatorResultRow {
  const components = row.components
    ? Object.fromEntries(Object.entries(row.components).map(([k, x]) => [k, x === null ? null : round15(x)]))
    : undefined;
  return { ...row, value: round15(row.value), ...(components ? { components } : {}) };
}
