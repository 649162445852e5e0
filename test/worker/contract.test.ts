/**
 * The contract: the served OpenAPI document covers every `/v1` route of the app, and every example request it
 * documents returns the documented status, media type and body (checked with the same valibot schemas the
 * document was generated from; its validity as OpenAPI is checked in Node, test/scripts/openapi.test.ts).
 * The typed client is exercised against the worker.
 */
import { SELF } from "cloudflare:test";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { createAtlasClient } from "../../client";
import { app } from "../../worker/app";
import { OPERATIONS } from "../../worker/contract/operations";

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "path" | "query";
  examples?: Record<string, { value: unknown }>;
}

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

async function documentOf(): Promise<{ paths: Record<string, { get: Json }> }> {
  const response = await get("/v1/openapi.json");
  expect(response.status).toBe(200);
  return (await response.json()) as { paths: Record<string, { get: Json }> };
}

/** The example requests of an operation, rebuilt from its parameters' named examples. */
function exampleRequests(path: string, op: Json): Array<{ name: string; url: string }> {
  const params = (op.parameters as Parameter[]) ?? [];
  const names = new Set(params.flatMap((p) => Object.keys(p.examples ?? {})));
  const responses = op.responses as Record<string, { content?: Record<string, { examples?: Record<string, Json> }> }>;
  for (const r of Object.values(responses))
    for (const c of Object.values(r.content ?? {}))
      for (const [n, e] of Object.entries(c.examples ?? {})) if (!e["x-illustrative"]) names.add(n);
  return [...names].map((name) => {
    let url = path;
    const query = new URLSearchParams();
    for (const p of params) {
      const value = p.examples?.[name]?.value;
      if (value === undefined) continue;
      const text = Array.isArray(value) ? value.join(",") : String(value);
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(text).replaceAll("%40", "@"));
      else query.set(p.name, text);
    }
    return { name, url: `${url}${query.size ? `?${query}` : ""}` };
  });
}

describe("the OpenAPI document", () => {
  it("should document every GET route the app registers under /v1", async () => {
    const doc = await documentOf();
    const documented = new Set(Object.values(doc.paths).map((item) => item.get["x-hono-path"]));
    const routes = new Set(app.routes.filter((r) => r.method === "GET" && r.path.startsWith("/v1")).map((r) => r.path));
    expect(routes.size).toBeGreaterThanOrEqual(8);
    for (const route of routes) expect(documented, `route ${route} is not in /v1/openapi.json`).toContain(route);
    for (const path of documented) expect(routes, `documented ${path} is not a route`).toContain(path);
  });

  it("should give every operation at least one example, and every problem status an example body", async () => {
    const doc = await documentOf();
    for (const [path, item] of Object.entries(doc.paths)) expect(exampleRequests(path, item.get).length, path).toBeGreaterThan(0);
  });

  it("should answer every documented example request as documented", async () => {
    const doc = await documentOf();
    let checked = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      const op = OPERATIONS.find((o) => o.path === path);
      expect(op, path).toBeDefined();
      const responses = item.get.responses as Record<string, { content?: Record<string, { examples?: Record<string, { value?: Json }> }> }>;
      for (const { name, url } of exampleRequests(path, item.get)) {
        const [status, documented] =
          Object.entries(responses).find(([, r]) => Object.values(r.content ?? {}).some((c) => c.examples?.[name])) ?? [];
        expect(status, `${path} example ${name} has a documented response`).toBeDefined();
        const response = await get(url);
        expect(response.status, `${url}`).toBe(Number(status));
        const [mediaType, content] = Object.entries(documented?.content ?? {})[0] ?? [];
        // The served type is the documented one, parameters included (JSON-stat's profile); charset and header aside.
        const served = (response.headers.get("content-type") ?? "")
          .split(";")
          .map((part) => part.trim())
          .filter((part) => !/^(?:charset|header)=/i.test(part))
          .join("; ");
        expect(served, url).toBe(mediaType);
        if (response.status === 200) {
          const schema = op?.success[mediaType ?? ""];
          if (schema && !("jsonSchema" in schema)) {
            const body = await response.json();
            const result = v.safeParse(schema, body);
            expect(result.success ? [] : result.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`), url).toEqual([]);
          } else {
            expect((await response.text()).length).toBeGreaterThan(0);
          }
        } else {
          expect(await response.json(), url).toMatchObject(content?.examples?.[name]?.value ?? {});
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
  });
});

describe("the typed client", () => {
  const atlas = createAtlasClient("https://atlas.test", { fetch: (request: Request) => SELF.fetch(request) });

  it("should fetch typed, filtered data as in the README", async () => {
    const { data, error, response } = await atlas.GET("/v1/datasets/{ref}/data.json", {
      params: { path: { ref: "province-gdp@^1" }, query: { group: ["northeast"], period: "2015..2022" } },
    });
    expect(error).toBeUndefined();
    expect(response.headers.get("content-location")).toMatch(/^\/v1\/datasets\/province-gdp@1\.\d+\.\d+\/data\.json\?/);
    expect(data?.version).toMatch(/^1\./);
    expect(new Set(data?.rows.map((r) => r.region))).toEqual(new Set(["CN-LN", "CN-JL", "CN-HL"]));
    expect(data?.rows).toHaveLength(3 * 8);
  });

  it("should return the problem as a typed error", async () => {
    const { data, error } = await atlas.GET("/v1/datasets/{ref}/data.json", {
      params: { path: { ref: "province-gdp@1.0.0" }, query: { period: "2022..2015" } },
    });
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ status: 400, param: "period", type: "/docs/api#problem-invalid-parameter" });
  });
});
