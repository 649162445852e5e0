/**
 * Hostile input: fast-check generates thousands of requests — path traversal, unicode, overlong segments and
 * values, injection strings, random parameter combinations and headers — against the real app and bindings.
 * Zero 5xx; every error is a well-formed problem+json. (app.fetch directly: SELF.fetch slows down over
 * thousands of requests in the test pool; the app, its bindings and the runtime are the same.)
 */
import { createExecutionContext, env } from "cloudflare:test";
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { Problem } from "../../schemas";
import { app } from "../../worker/app";

const HOSTILE = [
  "../../../etc/passwd",
  "..%2F..%2Fcatalog.json",
  "%2e%2e%2f",
  "%00",
  "\u0000",
  "' OR 1=1 --",
  '"; DROP TABLE data; --',
  "<script>alert(1)</script>",
  '=HYPERLINK("http://x")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4shell probe, meant literally
  "${jndi:ldap://x/a}",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "北京",
  "🦄",
  "\u202Eevil",
  "a".repeat(5000),
  "",
  ",,,,",
  "..",
  "-1",
  "0",
  "1e309",
  "99999999999999999999",
  "NaN",
  "2022..2015",
  "2021-13",
  "CN-BJ,CN-BJ",
  "^1",
  "~1.0",
  ">=1.0.0 <2 || 3",
  "latest",
  "1.0.0",
  "9.9.9",
  "*",
  "x".repeat(65),
];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 10 }),
);
const ids = fc.oneof(fc.constantFrom("province-gdp", "internet-users", "regions", "no-such", "PROVINCE-GDP", "fixture-panel"), text);
const versions = fc.oneof(
  fc.constantFrom("", "@1.0.0", "@^1", "@latest", "@~1.0", "@9.9.9", "@"),
  text.map((t) => `@${t}`),
);
const files = fc.constantFrom(
  "",
  "/data",
  "/data.json",
  "/data.csv",
  "/data.jsonstat",
  "/data.xml",
  "/datapackage.json",
  "/diff",
  "/data/extra",
  "/",
);
const paths = fc.oneof(
  fc
    .tuple(ids, versions, files)
    .map(([id, version, file]) => `/v1/datasets/${encodeURIComponent(id + version).replaceAll("%40", "@")}${file}`),
  fc.tuple(ids, files).map(([id, file]) => `/v1/datasets/${id}${file}`),
  fc.constantFrom(
    "/v1",
    "/v1/",
    "/v1/datasets",
    "/v1/regions",
    "/v1/openapi.json",
    "/v1/indicators/x",
    "/_data/catalog.json",
    "/_api/openapi.json",
    "/v2",
  ),
  text.map((t) => `/v1/${t}`),
);
const PARAMS = [
  "region",
  "group",
  "period",
  "measure",
  "category",
  "latest",
  "fields",
  "limit",
  "cursor",
  "bom",
  "lang",
  "from",
  "to",
  "regoin",
  "format",
  "",
];
const queries = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), text), text), { maxLength: 6 });
// Header values are ASCII on the wire (fetch would reject or re-encode anything else).
const headerText = fc.oneof(fc.constantFrom(...HOSTILE.filter((h) => /^[\x20-\x7e]*$/.test(h))), fc.stringMatching(/^[\x20-\x7e]{0,60}$/));
const headers = fc.record(
  {
    accept: fc.oneof(
      fc.constantFrom("text/csv", "application/xml", "application/json+stat", "*/*", "text/*;q=0", "application/json;q=abc", ""),
      headerText,
    ),
    "accept-language": fc.oneof(fc.constantFrom("zh-CN", "en", "fr", "*"), headerText),
    "if-none-match": fc.oneof(fc.constantFrom("*", '"x"', 'W/"y"'), headerText),
    "cf-connecting-ip": fc.ipV4(),
  },
  { requiredKeys: ["cf-connecting-ip"] },
);
const methods = fc.constantFrom("GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "DELETE");

/**
 * Well-formed requests to real routes, so that the property also walks the handlers' success paths (a fuzz that
 * only ever meets 404s proves little): real ids and versions, real files, valid parameter values.
 */
const realRoutes = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("province-gdp", "internet-users", "national-gini", "province-population", "regions"),
      fc.constantFrom("@1.0.0", "@^1", "@latest", ""),
      fc.constantFrom("", "/data", "/data.json", "/data.csv", "/data.jsonstat", "/datapackage.json"),
    )
    .map(([id, version, file]) => `/v1/datasets/${id}${file === "" || version !== "" ? version : "@latest"}${file}`),
  fc.constantFrom("/v1", "/v1/datasets", "/v1/regions", "/v1/indicators", "/v1/openapi.json"),
);
const realQueries = fc.array(
  fc.oneof(
    fc.constantFrom<[string, string]>(["lang", "zh"], ["lang", "en"], ["limit", "5"], ["latest", "2"], ["bom", "1"]),
    fc.constantFrom("2015..2022", "2021", "2010..").map((p): [string, string] => ["period", p]),
  ),
  { maxLength: 2 },
);
const realHeaders = fc.record({
  accept: fc.constantFrom("*/*", "application/json"),
  "accept-language": fc.constantFrom("zh-CN", "en"),
  "cf-connecting-ip": fc.ipV4(),
});
/** Half hostile, half well-formed GETs to real routes. */
const requests = fc.oneof(fc.tuple(paths, queries, headers, methods), fc.tuple(realRoutes, realQueries, realHeaders, fc.constant("GET")));

/** Builds the request, or undefined when the URL or a header cannot be represented at all (a client-side error). */
function requestOf(path: string, query: Array<[string, string]>, h: Record<string, string>, method: string): Request | undefined {
  try {
    const url = new URL(`https://fuzz.test${path}`);
    for (const [k, value] of query) url.searchParams.append(k, value);
    return new Request(url, { method, headers: h });
  } catch {
    return undefined;
  }
}

describe("hostile requests", () => {
  it("should never answer 5xx, and answer every error as problem+json", async () => {
    let sent = 0;
    let getSuccesses = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requests, async ([path, query, h, method]) => {
        const request = requestOf(path, query, h, method);
        if (!request) return;
        sent++;
        const response = await app.fetch(request, env, createExecutionContext());
        const body = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (method === "GET" && response.status < 300) getSuccesses++;
        expect(response.status, `${method} ${request.url}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get("content-type"), request.url).toMatch(/^application\/problem\+json/);
          if (method !== "HEAD") {
            const problem = v.parse(Problem, JSON.parse(body));
            expect(problem.status).toBe(response.status);
            expect(problem.type).toMatch(/^\/docs\/api#problem-[a-z-]+$/);
            expect(problem.detail?.length ?? 0).toBeLessThan(2000);
          }
        }
      }),
      { numRuns: 2500, seed: 20260501 },
    );
    expect(sent).toBeGreaterThanOrEqual(2000);
    // The generators reach the handlers, not only the 404 fallback: successes and several kinds of problems occur.
    expect(getSuccesses).toBeGreaterThanOrEqual(500);
    expect(new Set([...statuses.keys()].filter((s) => s >= 400)).size).toBeGreaterThanOrEqual(5);
    console.log("fuzz statuses", JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b))));
  }, 120_000);

  it("should answer random combinations of plausible parameters with rows that satisfy them", async () => {
    /** Mostly valid values, sometimes not. */
    const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: invalid, weight: 1 });
    const regions = mostly(
      fc.constantFrom("CN", "CHN", "CN-BJ", "CN-SH", "CN-GD", "CN-XZ", "USA"),
      fc.constantFrom("cn-bj", "CN-", "CN-BJ "),
    );
    const periods = mostly(
      fc.oneof(
        fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 20 })).map(([a, n]) => `${a}..${a + n}`),
        fc.constantFrom("2021-06..2021-12", "2020-Q1..", "..2010", "2015", "2021-H2"),
      ),
      fc.constantFrom("..", "2021-00", "2021-Q5", "2022..2015"),
    );
    const params = fc.record(
      {
        region: fc.array(regions, { minLength: 1, maxLength: 4 }).map((l) => l.join(",")),
        group: fc
          .array(mostly(fc.constantFrom("east", "central", "west", "northeast"), fc.constant("south")), { minLength: 1, maxLength: 3 })
          .map((l) => l.join(",")),
        period: periods,
        latest: mostly(fc.integer({ min: 1, max: 1000 }).map(String), fc.constantFrom("0", "1001", "abc")),
        fields: fc.subarray(["region", "period", "measure", "value", "status"], { minLength: 1 }).map((l) => l.join(",")),
        limit: mostly(fc.integer({ min: 1, max: 10_000 }).map(String), fc.constantFrom("0", "10001")),
        lang: mostly(fc.constantFrom("zh", "en"), fc.constant("fr")),
      },
      { requiredKeys: [] },
    );
    const targets = fc.constantFrom(
      "/v1/datasets/province-gdp@1.0.0/data",
      "/v1/datasets/province-gdp@^1/data.csv",
      "/v1/datasets/internet-users@latest/data.json",
      "/v1/datasets/internet-users@1.0.0/data.jsonstat",
      "/v1/datasets/regions@1.0.0/data",
      "/v1/datasets/province-gdp/diff?from=1.0.0&to=latest",
    );
    let ok = 0;
    await fc.assert(
      fc.asyncProperty(targets, params, async (target, query) => {
        const url = new URL(`https://fuzz.test${target}`);
        const applicable = target.includes("/diff")
          ? ["region", "group", "period", "lang"]
          : target.includes("regions@")
            ? ["region", "group", "lang", "limit"]
            : Object.keys(query);
        for (const [k, value] of Object.entries(query))
          if (applicable.includes(k) && !(k === "fields" && target.endsWith(".jsonstat"))) url.searchParams.set(k, value);
        const response = await app.fetch(new Request(url), env, createExecutionContext());
        const body = await response.text();
        expect(response.status, url.href).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
          v.parse(Problem, JSON.parse(body));
          return;
        }
        ok++;
        if (!target.endsWith("/data") && !target.endsWith("/data.json")) return;
        const rows = (JSON.parse(body) as { rows: Array<Record<string, unknown>> }).rows;
        const wanted = url.searchParams
          .get("region")
          ?.split(",")
          .map((r) => r.trim())
          .flatMap((r) => (r === "CN" || r === "CHN" ? ["CN", "CHN"] : [r]));
        // region= and group= add up (a union), so the check applies when only region= is given.
        if (wanted && !url.searchParams.has("group") && rows.length > 0 && "region" in (rows[0] ?? {}))
          for (const row of rows) expect(wanted).toContain(row.region);
        const limit = url.searchParams.get("limit");
        if (limit) expect(rows.length).toBeLessThanOrEqual(Number(limit));
      }),
      { numRuns: 1500, seed: 20260502 },
    );
    expect(ok).toBeGreaterThan(300);
  }, 120_000);
});
