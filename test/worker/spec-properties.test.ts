/**
 * Spec-driven property test over the served OpenAPI document, in workerd: for every operation, inputs generated
 * from its parameter schemas (fast-check, through the small JSON Schema → arbitrary generator below) must not be
 * rejected; one invalid parameter must get a 4xx the operation documents, as application/problem+json; every
 * response must validate (ajv) against the schema the document gives for its status and media type; no 5xx.
 *
 * Parameters whose valid values are names from the catalog (measures, categories, fields, cursors, versions to
 * compare, an indicator's dataset references and the filters that must leave it rows) take the value of the
 * operation's documented example, or are left out: the document gives their grammar, the catalog their words.
 * Their grammar is still tested: invalid values must be a documented 4xx.
 */
import { SELF } from "cloudflare:test";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "path" | "query";
  required?: boolean;
  schema: Json;
  examples?: Record<string, { value: unknown }>;
}
interface Operation {
  operationId: string;
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: Json; examples?: Record<string, unknown> }> }>;
}
interface Document {
  paths: Record<string, { get: Operation }>;
  components: Json;
}

/**
 * Cases per operation: every parameter is met several times over the run, and the file takes well under 60 s on a
 * quiet machine (about 30 s measured here under load). The timeouts below only guard against a stuck run.
 */
const VALID_RUNS = 6;
const INVALID_RUNS = 5;

let doc: Document;
const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();

beforeAll(async () => {
  doc = (await (await SELF.fetch("https://atlas.test/v1/openapi.json")).json()) as Document;
});

/** Validates `body` against a response schema of the document (its `$ref`s point into `components`). */
function validatorFor(key: string, schema: Json): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ ...schema, components: doc.components });
    validators.set(key, validate);
  }
  return validate;
}

const itemsOf = (schema: Json) => (schema.items ?? {}) as Json;

/** Bounds of a period range, in order? (`x-ordered-range`: a pattern cannot say it.) */
function ordered(range: string): boolean {
  const [from, to] = range.includes("..") ? range.split("..") : [range, range];
  if (!from || !to) return true;
  const key = (p: string) => {
    const [year, part = ""] = p.split("-");
    const month = part.startsWith("Q")
      ? (Number(part[1]) - 1) * 3 + 1
      : part.startsWith("H")
        ? (Number(part[1]) - 1) * 6 + 1
        : Number(part || 1);
    return Number(year) * 100 + month;
  };
  const end = (p: string) => {
    const [year, part = ""] = p.split("-");
    const month = part.startsWith("Q") ? Number(part[1]) * 3 : part.startsWith("H") ? Number(part[1]) * 6 : Number(part || 12);
    return Number(year) * 100 + month;
  };
  return key(from) <= end(to);
}

/** A valid value of a (scalar) schema, as it is written in a URL. */
function validScalar(schema: Json): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.type === "integer")
    return fc.integer({ min: Number(schema.minimum ?? -1_000_000), max: Number(schema.maximum ?? 1_000_000) }).map(String);
  if (schema.type === "number") {
    const min = Number(schema.minimum ?? -1e6);
    return fc.double({ min, max: Number(schema.maximum ?? 1e6), noNaN: true, noDefaultInfinity: true, minExcluded: false }).map(String);
  }
  let text: fc.Arbitrary<string> =
    typeof schema.pattern === "string"
      ? fc.stringMatching(new RegExp(schema.pattern)).filter((x) => patternOf(schema.pattern as string).test(x))
      : fc.string({ minLength: Number(schema.minLength ?? 0), maxLength: 20 });
  const max = Number(schema.maxLength ?? Number.POSITIVE_INFINITY);
  const minLength = Number(schema.minLength ?? 0);
  text = text.filter((s) => s.length <= max && s.length >= minLength);
  if (schema["x-ordered-range"]) text = text.filter(ordered);
  return text;
}

/** A valid value of a parameter schema, as written in a URL (lists comma-separated, `style: form, explode: false`). */
function validValue(schema: Json): fc.Arbitrary<string> {
  if (schema.type !== "array") return validScalar(schema);
  const items = itemsOf(schema);
  return fc
    .array(validScalar(items), {
      minLength: Math.max(1, Number(schema.minItems ?? 1)),
      maxLength: Math.min(4, Number(schema.maxItems ?? 4)),
    })
    .map((list) => list.join(","));
}

/**
 * A schema's pattern as the API checks it: with Unicode semantics (JSON Schema patterns are ECMA-262 with `u`, so
 * `[\p{L}\p{N}]` is a class of letters and digits), falling back to plain for patterns the `u` flag refuses.
 */
function patternOf(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return new RegExp(pattern);
  }
}

/** Whether `value` satisfies a scalar schema (for filtering generated invalid values). */
function satisfies(schema: Json, value: string): boolean {
  if (Array.isArray(schema.enum)) return (schema.enum as string[]).includes(value);
  if (schema.type === "integer" || schema.type === "number") {
    if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(value)) return false;
    const x = Number(value);
    if (!Number.isFinite(x) || (schema.type === "integer" && !Number.isInteger(x))) return false;
    return x >= Number(schema.minimum ?? Number.NEGATIVE_INFINITY) && x <= Number(schema.maximum ?? Number.POSITIVE_INFINITY);
  }
  if (typeof schema.pattern === "string" && !patternOf(schema.pattern).test(value)) return false;
  if (value.length > Number(schema.maxLength ?? Number.POSITIVE_INFINITY) || value.length < Number(schema.minLength ?? 0)) return false;
  if (schema["x-ordered-range"] && !ordered(value)) return false;
  return true;
}

/** An invalid value: junk, a near miss of a valid value, an out-of-range number, or a reversed range. */
function invalidValue(schema: Json): fc.Arbitrary<string> {
  const scalar = schema.type === "array" ? itemsOf(schema) : schema;
  const near = validScalar(scalar).chain((valid) =>
    fc.constantFrom(`${valid}!`, `${valid}..`, `x${valid}`, `${valid} `, valid.toUpperCase(), valid.replace(/\d/, "a")),
  );
  const junk = fc.oneof(
    fc.constantFrom("", " ", "..", "-1", "1.5", "1e999", "NaN", "true", "@", "%", "0".repeat(50)),
    fc.string({ maxLength: 12 }),
  );
  const candidates: fc.Arbitrary<string>[] = [near, junk];
  if (typeof scalar.maxLength === "number") {
    const max = scalar.maxLength;
    candidates.push(fc.string({ unit: fc.constantFrom("a", "b", "7"), minLength: max + 1, maxLength: max + 3 }));
  }
  if (scalar["x-ordered-range"]) candidates.push(fc.constantFrom("2022..2015", "2020-12..2020-01", "2021..2020-Q4"));
  // In a list, spaces around items and empty items are ignored (documented), and a comma separates items.
  const list = schema.type === "array";
  const bad = fc
    .oneof(...candidates)
    .filter((v) => !satisfies(scalar, list ? v.trim() : v) && !v.includes(",") && !(list && (v.trim() === "" || v.includes("\\"))))
    // "." and ".." are dot segments: the URL parser resolves them before any request is made (another path).
    .filter((v) => v !== "." && v !== "..");
  return schema.type === "array" ? fc.tuple(validScalar(scalar), bad).map(([ok, b]) => `${ok},${b}`) : bad;
}

/** Parameters whose valid values are catalog names (see the module comment). */
function dependsOnCatalog(path: string, p: Parameter): boolean {
  if (p.in === "path") return true;
  // asOf: a day before the first release is a documented 404 (not-yet-released), so valid days come from the catalog.
  if (["measure", "category", "fields", "cursor", "asOf"].includes(p.name)) return true;
  if (path.endsWith("/diff") && (p.name === "from" || p.name === "to")) return true;
  if (path.startsWith("/v1/indicators/")) {
    // Filters must leave every input rows; from/to/base name periods, or (hhi, cr-n) how to read the input.
    if (["region", "group", "period", "from", "to", "base"].includes(p.name)) return true;
    if (typeof p.schema.pattern === "string" && p.schema.pattern.includes(":")) return true; // dataset@version:measure
  }
  // A figure or an embed names a dataset, an indicator or a page of the catalog, and draws the rows its filters keep.
  if (path.startsWith("/v1/charts/") && ["dataset", "region", "group", "period", "indicator", "params"].includes(p.name)) return true;
  // The elements' own attributes (<pa-share>'s `total` and `by`, <pa-ranking>'s `order`): valid with their element only,
  // and the element is a path value.
  if (path.startsWith("/v1/charts/") && ["total", "by", "order"].includes(p.name)) return true;
  if (path === "/oembed" && p.name === "url") return true;
  return false;
}

/** The documented example of a 200 answer: values for the parameters that depend on the catalog. */
function exampleOf(op: Operation): Record<string, string> {
  const names = Object.keys(Object.values(op.responses["200"]?.content ?? {})[0]?.examples ?? {});
  const name = names[0] ?? "";
  const values: Record<string, string> = {};
  for (const p of op.parameters) {
    const value = p.examples?.[name]?.value;
    if (value !== undefined) values[p.name] = Array.isArray(value) ? value.join(",") : String(value);
  }
  return values;
}

/** The URL of a request to `path` with these parameter values. */
function urlOf(path: string, op: Operation, values: Record<string, string>): string {
  let url = path;
  const query = new URLSearchParams();
  for (const p of op.parameters) {
    const value = values[p.name];
    if (value === undefined) continue;
    if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(value).replaceAll("%40", "@"));
    else query.set(p.name, value);
  }
  return `https://atlas.test${url}${query.size ? `?${query}` : ""}`;
}

/** Media type of a response, without charset and header parameters (as the document names it). */
const mediaTypeOf = (response: Response) =>
  (response.headers.get("content-type") ?? "")
    .split(";")
    .map((p) => p.trim())
    .filter((p) => !/^(?:charset|header)=/i.test(p))
    .join("; ");

/** Sends the request; checks no 5xx, a documented status and media type, and the body against its schema. */
async function checkResponse(path: string, op: Operation, url: string): Promise<Response> {
  const response = await SELF.fetch(url);
  const status = String(response.status);
  // The one documented 5xx: oEmbed 1.0 (§2.3.4) answers a format it does not serve with 501 Not Implemented.
  const oembedFormat = path === "/oembed" && response.status === 501 && /[?&]format=(?!(?:json|xml)(?:&|$))/.test(url);
  if (!oembedFormat) expect(response.status, `${url} → 5xx`).toBeLessThan(500);
  const documented = op.responses[status];
  expect(documented, `${url}: status ${status} is not documented for ${path}`).toBeDefined();
  const mediaType = mediaTypeOf(response);
  const content = documented?.content?.[mediaType];
  expect(content, `${url}: ${status} ${mediaType} is not documented`).toBeDefined();
  const text = await response.text();
  if (!/^application\/(?:[\w.-]+\+)?json\b/.test(mediaType)) {
    // CSV, Parquet: the schema says "a string"/"binary"; a body is what there is to check here.
    expect(text.length).toBeGreaterThan(0);
  } else {
    const validate = validatorFor(`${path} ${status} ${mediaType}`, content?.schema ?? {});
    const valid = validate(JSON.parse(text));
    expect(valid ? [] : validate.errors?.slice(0, 3), `${url}: body does not match the schema`).toEqual([]);
  }
  return new Response(text, { status: response.status, headers: response.headers });
}

describe("the OpenAPI document, as a property", () => {
  it("should cover every operation with generated requests", () => {
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(30);
  });

  it("should accept generated valid inputs and answer each as documented", async () => {
    for (const [path, { get: op }] of Object.entries(doc.paths)) {
      const example = exampleOf(op);
      const free = op.parameters.filter((p) => !dependsOnCatalog(path, p));
      const arbitrary = fc.record(Object.fromEntries(free.map((p) => [p.name, validValue(p.schema)])), { requiredKeys: [] });
      await fc.assert(
        fc.asyncProperty(arbitrary, async (generated) => {
          const values = { ...example, ...(generated as Record<string, string>) };
          const url = urlOf(path, op, values);
          const response = await checkResponse(path, op, url);
          expect(response.status, `${url}: ${await response.clone().text()}`).toBe(200);
        }),
        { numRuns: VALID_RUNS },
      );
    }
  }, 180_000);

  it("should answer one invalid parameter with a documented 4xx problem", async () => {
    for (const [path, { get: op }] of Object.entries(doc.paths)) {
      const example = exampleOf(op);
      // Every parameter whose schema some value can break (a free-text item only by its length).
      const candidates = op.parameters.filter((p) => {
        const scalar = p.schema.type === "array" ? itemsOf(p.schema) : p.schema;
        return (
          ["enum", "pattern", "maxLength", "minimum", "maximum"].some((k) => k in scalar) ||
          ["integer", "number"].includes(String(scalar.type))
        );
      });
      const arbitrary = fc.constantFrom(...candidates).chain((p) => fc.tuple(fc.constant(p), invalidValue(p.schema)));
      await fc.assert(
        fc.asyncProperty(arbitrary, async ([p, bad]) => {
          const url = urlOf(path, op, { ...example, [p.name]: bad });
          const response = await checkResponse(path, op, url);
          expect(response.status, `${url} (${p.name}=${JSON.stringify(bad)}) was accepted`).toBeGreaterThanOrEqual(400);
          expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
        }),
        { numRuns: INVALID_RUNS },
      );
    }
  }, 180_000);

  it("should never reject a ref whose version part matches the documented pattern (404 at most)", async () => {
    const path = "/v1/datasets/{ref}";
    const op = doc.paths[path]?.get as Operation;
    const ref = op.parameters.find((p) => p.name === "ref") as Parameter;
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(new RegExp(String(ref.schema.pattern))), async (value) => {
        const url = urlOf(path, op, { ref: value.replace(/^[^@]*/, "internet-users") });
        const response = await checkResponse(path, op, url);
        expect([200, 404], url).toContain(response.status);
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});
