/**
 * @module The `/v1/indicators` operations of the OpenAPI document. Each indicator gets its own documented path
 * (`/v1/indicators/gini`, …) with the exact query schema its route validates with, so a client sees every
 * indicator's parameters; all of them are served by the one app route `/v1/indicators/:id`.
 */
import * as v from "valibot";
import { IndicatorInfo, IndicatorResult, IndicatorView } from "../../schemas/indicator";
import { LangQuery } from "../../schemas/query";
import { COMMON_PARAMETERS, querySchema } from "../indicators/params";
import { INDICATORS } from "../indicators/registry";
import { VIEWS } from "../indicators/views";
import type { Operation } from "./operation";
import { AS_OF, COMMON } from "./problem-sets";

/** `GET /v1/indicators`. */
const RegistryResponse = v.object({ count: v.number(), indicators: v.array(IndicatorInfo), views: v.array(IndicatorView) });
/** `GET /v1/indicators/views`. */
const ViewsResponse = v.object({ count: v.number(), views: v.array(IndicatorView) });

/** What a caller may set on a named view (the view fixes its inputs): the filters every indicator takes. */
const ViewQuery = v.strictObject(COMMON_PARAMETERS);

const bySearch = (query: string) => Object.fromEntries(new URLSearchParams(query));

const perIndicator: Operation[] = INDICATORS.map((indicator) => ({
  id: `indicator-${indicator.id}`,
  path: `/v1/indicators/${indicator.id}`,
  hono: "/v1/indicators/:id",
  summary: `Compute ${indicator.id}`,
  description:
    `The indicator \`${indicator.id}\` (method version ${indicator.method.version}) computed on exact dataset versions given as ` +
    "`dataset@version:measure` references. The result carries the method block and its inputs with content hashes; `explain=1` adds intermediate values. Formula, reference and parameter docs: `GET /v1/indicators`.",
  tags: ["indicators"],
  query: querySchema(indicator),
  success: { "application/json": IndicatorResult },
  caching: "version",
  problems: [...AS_OF, "not-found"],
  examples: [{ name: "example", summary: `The registry's example for ${indicator.id}`, query: bySearch(indicator.example), status: 200 }],
}));

/** Every indicator operation. */
export const INDICATOR_OPERATIONS: Operation[] = [
  {
    id: "listIndicators",
    path: "/v1/indicators",
    hono: "/v1/indicators",
    summary: "The indicator registry",
    description:
      "Every indicator with zh/en title and description, formula (plain-text notation and LaTeX, math only) with what its symbols stand for in zh/en words (`method.where`), reference, method version, parameters and an example; and the named views.",
    tags: ["indicators"],
    query: LangQuery,
    success: { "application/json": RegistryResponse },
    caching: "deploy",
    problems: COMMON,
    examples: [{ name: "registry", summary: "All indicators and views", status: 200 }],
  },
  {
    id: "listIndicatorViews",
    path: "/v1/indicators/views",
    hono: "/v1/indicators/views",
    summary: "Named views",
    description: "Questions of the seed essay answered in one URL each, with the indicator query each stands for.",
    tags: ["indicators"],
    query: LangQuery,
    success: { "application/json": ViewsResponse },
    caching: "deploy",
    problems: COMMON,
    examples: [{ name: "views", summary: "All named views", status: 200 }],
  },
  {
    id: "getIndicatorView",
    path: "/v1/indicators/views/{view}",
    hono: "/v1/indicators/views/:view",
    summary: "One named view, computed",
    description:
      "A named view's indicator result. Its inputs are fixed; `period`, `region`, `group`, `explain`, `asOf` and `lang` may be set (`asOf`: a day before its inputs were released is a `not-yet-released` problem).",
    tags: ["indicators"],
    pathParams: { view: { description: "A view id from `GET /v1/indicators/views`.", pattern: "^[a-z][a-z0-9-]*$" } },
    query: ViewQuery,
    success: { "application/json": IndicatorResult },
    caching: "version",
    problems: [...AS_OF, "not-found"],
    examples: [
      ...VIEWS.slice(0, 1).map((view) => ({ name: view.id, summary: `The view ${view.id}`, path: { view: view.id }, status: 200 })),
      ...VIEWS.slice(0, 1).map((view) => ({
        name: "as-of",
        summary: `The view ${view.id} as of 2026-12-01`,
        path: { view: view.id },
        query: { asOf: "2026-12-01" },
        status: 200,
      })),
      ...VIEWS.slice(0, 1).map((view) => ({
        name: "before-release",
        summary: `The view ${view.id} on a day before its inputs were released`,
        path: { view: view.id },
        query: { asOf: "2026-01-01" },
        status: 404,
        problem: "not-yet-released" as const,
      })),
      { name: "no-such-view", summary: "An unknown view", path: { view: "no-such-view" }, status: 404, problem: "not-found" as const },
    ],
  },
  ...perIndicator,
];
