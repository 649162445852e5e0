/**
 * @module `/v1/indicators`: the registry of indicators and named views, and indicators computed on request
 * from exact dataset versions — with their method, inputs and (with `explain=1`) intermediate values.
 * Computing uses the definitions; named views, titles, units, method texts and parameter docs come from the registry
 * document the build wrote (`_data/indicators.json`, memoized per isolate). Every answer goes through
 * `represent()`, as the dataset routes' do: one ETag, 304, edge-cache and header pipeline.
 */

import type { Context } from "hono";
import { Hono } from "hono/tiny";
import type { IndicatorInfo, IndicatorResult, IndicatorResultRow, IndicatorView } from "../../schemas/indicator";
import { LangQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { DEFINITIONS, findDefinition } from "../indicators/definitions";
import { type LoadedRequest, loadRequestMemoized } from "../indicators/load/load";
import { checkRegions, type ResolvedRequest, resolveRequest } from "../indicators/load/resolve";
import { type IndicatorQuery, parseIndicatorQuery } from "../indicators/params";
import type { IndicatorRegistry } from "../indicators/registry-document";
import { entryOf, loadIndicatorRegistry } from "../indicators/registry-store";
import type { ComputeOutput, Indicator } from "../indicators/types";
import type { ViewDefinition } from "../indicators/views";
import { IMMUTABLE, SHORT } from "../lib/cache-policy";
import { strongEtag } from "../lib/etag";
import { contentTypeOf, requireJson } from "../lib/format";
import { InvalidInput } from "../lib/math/invalid-input";
import { HttpProblem } from "../lib/problem";
import { canonicalQuery, parseQuery } from "../lib/query";
import { represent } from "../lib/respond";
import type { DataStore } from "../storage/store";

/** Routes below `/v1/indicators`. */
export const indicators = new Hono<AppEnv>();

/**
 * Version of the response body's shape and rounding. It is part of every ETag and cache key: the Cache API
 * outlives deploys, so a change to how results are written out must change this (a change to what a method
 * computes changes that method's version instead). "2": the method's formula is math only and its remarks are
 * `method.where` in both languages, so results cached with the old method text are not served again.
 */
const RESULT_FORMAT = "2";

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

/** The registry's ETag: the build's hash of every indicator's and view's entry (texts included). */
const registryEtag = (registry: IndicatorRegistry, shape: string) => strongEtag(registry.hash.slice(0, 32), shape);

// Every indicator route is JSON only: a request that cannot take JSON is a 406, as on the dataset routes.
indicators.use("*", async (c, next) => {
  requireJson(c.req.header("accept") ?? null);
  await next();
});

indicators.get("/", async (c) => {
  parseQuery(LangQuery, new URL(c.req.url));
  const origin = new URL(c.req.url).origin;
  const registry = await loadIndicatorRegistry(c.var.store);
  return represent(c, {
    body: () =>
      JSON.stringify({
        count: registry.indicators.length,
        indicators: registry.indicators.map((i) => infoOf(i, origin)),
        views: registry.views.map((v) => viewOf(v, origin)),
      }),
    etag: registryEtag(registry, "registry"),
    cacheControl: SHORT,
    contentType: contentTypeOf("json"),
  });
});

indicators.get("/views", async (c) => {
  parseQuery(LangQuery, new URL(c.req.url));
  const origin = new URL(c.req.url).origin;
  const registry = await loadIndicatorRegistry(c.var.store);
  const { views } = registry;
  return represent(c, {
    body: () => JSON.stringify({ count: views.length, views: views.map((v) => viewOf(v, origin)) }),
    etag: registryEtag(registry, "views"),
    cacheControl: SHORT,
    contentType: contentTypeOf("json"),
  });
});

indicators.get("/views/:view", async (c) => {
  // Views are data of the registry document (built from worker/indicators/views.ts), not code of the worker.
  const { views } = await loadIndicatorRegistry(c.var.store);
  const view = views.find((v) => v.id === c.req.param("view"));
  if (!view) {
    throw new HttpProblem("not-found", `There is no view "${c.req.param("view")}".`, { param: "view", allowed: views.map((v) => v.id) });
  }
  const indicator = findDefinition(view.indicator);
  // The build writes views from worker/indicators/views.ts, whose test checks each names a definition: a miss is ours.
  if (!indicator) throw new Error(`view ${view.id} names no indicator definition ${view.indicator}`);
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

/**
 * Validates and resolves the request, then answers through the one response pipeline ({@link represent}):
 * 304 from the ETag before any row is read, else the Workers Cache API, else the computation.
 */
async function compute(c: Context<AppEnv>, indicator: Indicator, params: URLSearchParams, view?: ViewDefinition): Promise<Response> {
  const url = new URL(c.req.url);
  const query = parseIndicatorQuery(indicator, new URL(`${url.origin}${url.pathname}?${params}`));
  const resolved = await resolveRequest(c.var.store, indicator, query);
  checkRegions(resolved, query.region);
  // The body does not depend on lang (texts are bilingual), so lang is not part of the representation's identity.
  const canonical = canonicalQuery(params, ["lang"]);
  const inputsHash = await sha256(resolved.inputs.map((i) => `${i.dataset}@${i.version}:${i.hash}`).join("\n"));
  const etag = strongEtag(inputsHash, RESULT_FORMAT, indicator.id, indicator.method.version, canonical, view?.id ?? "");
  return represent(c, {
    etag,
    cacheControl: resolved.exact ? IMMUTABLE : SHORT,
    contentType: contentTypeOf("json"),
    headers: view ? { link: `<${url.origin}/v1/indicators/${indicator.id}?${params}>; rel="alternate"` } : {},
    // The ETag names the exact inputs (by hash), the method version and the result format: a new release of an
    // input behind `latest` is a new key, never a stale copy.
    edgeCacheKey: `${url.origin}${url.pathname}?${canonical}${canonical ? "&" : ""}_etag=${encodeURIComponent(etag)}`,
    body: async () => JSON.stringify(await result(c.var.store, indicator, resolved, query, params, view)),
  });
}

/** Loads the inputs, computes, and writes the result with the registry's texts. */
async function result(
  store: DataStore,
  indicator: Indicator,
  resolved: ResolvedRequest,
  query: IndicatorQuery,
  params: URLSearchParams,
  view: ViewDefinition | undefined,
): Promise<IndicatorResult> {
  let loaded: LoadedRequest;
  let output: ComputeOutput;
  try {
    loaded = await loadRequestMemoized(store, resolved, {
      ...(query.region ? { region: query.region } : {}),
      ...(query.group ? { group: query.group } : {}),
      ...(query.period ? { period: query.period } : {}),
    });
    const options = Object.fromEntries(Object.keys(indicator.options).map((k) => [k, query[k]]));
    output = indicator.compute({ series: loaded.series, options, context: loaded.context });
  } catch (error) {
    // Input the method cannot take (joining ratios or computing) is the caller's to change: a 400 that says how.
    if (error instanceof InvalidInput) throw new HttpProblem("invalid-parameter", error.detail, error.param ? { param: error.param } : {});
    throw error;
  }
  const registry = await loadIndicatorRegistry(store);
  const info = entryOf(registry.indicators, indicator.id);
  const viewText = view ? entryOf(registry.views, view.id) : undefined;
  return {
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
}

/** The parameters as given, with the indicator's options parsed and their defaults filled in. */
function parametersOf(indicator: Indicator, params: URLSearchParams, query: IndicatorQuery): Record<string, unknown> {
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
