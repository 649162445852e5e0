/**
 * @module Build step: the OpenAPI 3.1 document of `/v1`, generated from the operations in
 * `worker/contract/` and the valibot schemas they name (converted with @valibot/to-json-schema), written to
 * `.assets/_api/openapi.json` for the worker to serve. Generating it here keeps the converter out of the worker.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toJsonSchema, toJsonSchemaDefs } from "@valibot/to-json-schema";
import type * as v from "valibot";
import { CatalogEntry, Measure, Observation, Problem, PublishedVersion } from "../../schemas";
import { type Body, OPERATIONS, type Operation } from "../../worker/contract/operations";
import { PROBLEM_DOCS } from "../../worker/contract/problems";
import { QUERY_DOCS } from "../../worker/contract/query-docs";
import { PROBLEMS, type ProblemType, problemTypeUri } from "../../worker/lib/problem";
import { RATE_LIMIT } from "../../worker/middleware/rate-limit-policy";
import { ASSETS_DIR } from "../lib/paths";

type Json = Record<string, unknown>;

/** Schemas named in `components.schemas`; wherever they occur they become `$ref`s. */
const DEFINITIONS = { Observation, Measure, PublishedVersion, CatalogEntry, Problem };

function jsonSchema(schema: v.GenericSchema, typeMode: "input" | "output" = "output"): Json {
  const out = toJsonSchema(schema, {
    target: "draft-2020-12",
    typeMode,
    errorMode: "ignore",
    definitions: DEFINITIONS,
    overrideRef: (c) => `#/components/schemas/${c.referenceId}`,
  }) as Json;
  delete out.$schema;
  delete out.$defs;
  return out;
}

function bodySchema(body: Body): Json {
  return "jsonSchema" in body ? body.jsonSchema : jsonSchema(body as v.GenericSchema);
}

/** The query parameters of an operation, from the strict object schema the route validates with. */
function queryParameters(op: Operation, examples: Map<string, Json>): Json[] {
  return Object.entries(op.query.entries).map(([name, entry]) => {
    const optional = entry.type === "optional";
    const inner = (optional ? (entry as unknown as { wrapped: v.GenericSchema }).wrapped : entry) as v.GenericSchema;
    const input = jsonSchema(inner, "input");
    // Lists and integers are documented by their parsed form (an array in form style; an integer).
    const list = input.list === true;
    const integer = input.integer === true;
    const number = input.number === true;
    const ordered = input.orderedRange === true;
    delete input.list;
    delete input.integer;
    delete input.number;
    delete input.orderedRange;
    // Query texts live in worker/contract/query-docs.ts (out of the worker bundle); a schema's own still counts.
    const description = QUERY_DOCS.get(entry as v.GenericSchema) ?? QUERY_DOCS.get(inner) ?? (input.description as string | undefined);
    const schema = list || integer || number ? jsonSchema(inner, "output") : input;
    if (integer) schema.type = "integer";
    if (number) schema.type = "number";
    // A range whose bounds must be in order (`2015..2022`, not `2022..2015`): a pattern cannot say it.
    if (ordered) schema["x-ordered-range"] = true;
    delete schema.description;
    for (const key of ["list", "integer", "number", "orderedRange"]) delete schema[key];
    const parameter: Json = { name, in: "query", required: !optional, schema, ...(description ? { description } : {}) };
    if (list) Object.assign(parameter, { style: "form", explode: false });
    const named = [...examples].filter(([, e]) => (e.query as Json | undefined)?.[name] !== undefined);
    if (named.length > 0) {
      parameter.examples = Object.fromEntries(
        named.map(([key, e]) => {
          const raw = String((e.query as Json)[name]);
          return [key, { summary: e.summary, value: list ? raw.split(",") : raw }];
        }),
      );
    }
    return parameter;
  });
}

function pathParameters(op: Operation, examples: Map<string, Json>): Json[] {
  return Object.entries(op.pathParams ?? {}).map(([name, p]) => {
    const named = [...examples].filter(([, e]) => (e.path as Json | undefined)?.[name] !== undefined);
    return {
      name,
      in: "path",
      required: true,
      description: p.description,
      schema: { type: "string", ...(p.pattern ? { pattern: p.pattern } : {}) },
      ...(named.length > 0
        ? { examples: Object.fromEntries(named.map(([key, e]) => [key, { summary: e.summary, value: (e.path as Json)[name] }])) }
        : {}),
    };
  });
}

const CACHING = {
  version: "Exact versions: `public, max-age=31536000, immutable`. Ranges and `latest`: `public, max-age=300, stale-while-revalidate=60`.",
  short: "`public, max-age=300, stale-while-revalidate=60`: changes when a version is published.",
  deploy: "`public, max-age=3600, stale-while-revalidate=600`: changes only with a deploy.",
};

function operationObject(op: Operation): Json {
  const examples = new Map(op.examples.map((e) => [e.name, e as unknown as Json]));
  const successExamples = op.examples.filter((e) => e.status === 200);
  const responses: Json = {
    200: {
      description: `Success. Caching: ${CACHING[op.caching]}`,
      headers: {
        ETag: { $ref: "#/components/headers/ETag" },
        "Cache-Control": { $ref: "#/components/headers/Cache-Control" },
        "RateLimit-Policy": { $ref: "#/components/headers/RateLimit-Policy" },
        ...(op.caching === "version"
          ? { "Content-Location": { $ref: "#/components/headers/Content-Location" }, Link: { $ref: "#/components/headers/Link" } }
          : {}),
        ...(Object.keys(op.success).length > 1 ? { Vary: { $ref: "#/components/headers/Vary" } } : {}),
      },
      content: Object.fromEntries(
        Object.entries(op.success).map(([mediaType, body], i) => [
          mediaType,
          {
            schema: bodySchema(body),
            // Examples name requests (their parameters carry the same names); they belong to the default media type.
            ...(i === 0 && successExamples.length > 0
              ? { examples: Object.fromEntries(successExamples.map((e) => [e.name, { summary: e.summary }])) }
              : {}),
          },
        ]),
      ),
    },
    304: { $ref: "#/components/responses/NotModified" },
  };
  const byStatus = new Map<number, ProblemType[]>();
  for (const type of op.problems) byStatus.set(PROBLEMS[type].status, [...(byStatus.get(PROBLEMS[type].status) ?? []), type]);
  for (const [status, types] of [...byStatus].sort(([a], [b]) => a - b)) {
    const errorExamples = op.examples.filter((e) => e.status === status);
    responses[status] = {
      description: `Problem: ${types.map((t) => `[\`${t}\`](/docs/api#problem-${t})`).join(", ")}.`,
      ...(status === 429
        ? {
            headers: { "Retry-After": { $ref: "#/components/headers/Retry-After" }, RateLimit: { $ref: "#/components/headers/RateLimit" } },
          }
        : {}),
      content: {
        "application/problem+json": {
          schema: { $ref: "#/components/schemas/Problem" },
          examples: Object.fromEntries(
            (errorExamples.length > 0
              ? errorExamples
              : [{ name: types[0] as string, summary: PROBLEM_DOCS[types[0] as ProblemType].en, problem: types[0] }]
            ).map((e) => {
              const type = (e.problem ?? types[0]) as ProblemType;
              const value = { type: problemTypeUri(type), title: PROBLEMS[type].title.en, status };
              // An example that no request parameters name illustrates the body only.
              return [e.name, { summary: e.summary, value, ...(errorExamples.length > 0 ? {} : { "x-illustrative": true }) }];
            }),
          ),
        },
      },
    };
  }
  return {
    operationId: op.id,
    summary: op.summary,
    description: op.description,
    tags: op.tags,
    parameters: [...pathParameters(op, examples), ...queryParameters(op, examples)],
    responses,
    "x-hono-path": op.hono,
  };
}

/** Generates the document (without its content hash). */
export function generateOpenApi(): Json {
  const paths: Json = {};
  for (const op of OPERATIONS) paths[op.path] = { get: operationObject(op) };
  return {
    openapi: "3.1.0",
    info: {
      title: "Prosperity Atlas API",
      version: "1.0.0",
      summary: "Open data on China's digital economy and common prosperity: versioned datasets, JSON, CSV, JSON-stat, Frictionless.",
      description:
        "Read-only. Every error is `application/problem+json` (RFC 9457) with a `type` documented at /docs/api#problem-…. Every GET has a strong `ETag`. CORS is open for GET, HEAD and OPTIONS. " +
        `Rate limit: ${RATE_LIMIT.limit} requests per ${RATE_LIMIT.window} seconds per client address. Stability promise and versioning rules: /docs/api#stability.`,
      license: { name: "MIT (code); each dataset states its own licence", identifier: "MIT" },
    },
    servers: [{ url: "/", description: "The origin that serves this document" }],
    tags: [
      { name: "meta", description: "Entry point and contract" },
      { name: "datasets", description: "Catalog and metadata" },
      { name: "data", description: "Observations, descriptors and differences" },
      { name: "search", description: "Finding datasets, measures, indicators and views" },
      { name: "feeds", description: "Following new versions (Atom, JSON Feed) and the DCAT-AP catalogue" },
    ],
    paths,
    components: {
      schemas: toJsonSchemaDefs(DEFINITIONS, {
        target: "draft-2020-12",
        typeMode: "output",
        errorMode: "ignore",
        overrideRef: (c) => `#/components/schemas/${c.referenceId}`,
      }),
      headers: {
        ETag: {
          description: "Strong validator from the build-time content hash; send it back in If-None-Match for a 304.",
          schema: { type: "string" },
        },
        "Cache-Control": { description: "Caching policy of the route kind.", schema: { type: "string" } },
        "Content-Location": { description: "For a range or `latest`: the path of the exact version served.", schema: { type: "string" } },
        Link: {
          description:
            'RFC 8288 links: `rel="canonical"` (exact version), `rel="next"` (next page), `rel="describedby"` (datapackage.json), `rel="profile"` (JSON-stat).',
          schema: { type: "string" },
        },
        Vary: { description: "`Accept` when the format was negotiated.", schema: { type: "string" } },
        "RateLimit-Policy": {
          description: `The quota: \`"default";q=${RATE_LIMIT.limit};w=${RATE_LIMIT.window}\`.`,
          schema: { type: "string" },
        },
        RateLimit: { description: 'On 429: `"default";r=0;t=<seconds>`.', schema: { type: "string" } },
        "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" } },
      },
      responses: {
        NotModified: {
          description: "The representation matching If-None-Match has not changed.",
          headers: { ETag: { $ref: "#/components/headers/ETag" } },
        },
      },
    },
    "x-problem-types": Object.fromEntries(
      Object.entries(PROBLEMS).map(([type, p]) => [
        type,
        { uri: problemTypeUri(type as ProblemType), status: p.status, title: p.title, description: PROBLEM_DOCS[type as ProblemType] },
      ]),
    ),
  };
}

/** Writes the document with its content hash (the ETag of `/v1/openapi.json`); returns it. */
export function writeOpenApi(assetsDir = ASSETS_DIR): Json {
  const doc = generateOpenApi();
  const hash = `sha256-${createHash("sha256").update(JSON.stringify(doc)).digest("hex")}`;
  const withHash = { ...doc, "x-content-hash": hash };
  mkdirSync(join(assetsDir, "_api"), { recursive: true });
  writeFileSync(join(assetsDir, "_api/openapi.json"), JSON.stringify(withHash));
  return withHash;
}
