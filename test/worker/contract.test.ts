/**
 * The contract: the served OpenAPI document covers every `/v1` route of the app, and every example request it
 * documents returns the documented status, media type and body (checked with the same valibot schemas the
 * document was generated from; its validity as OpenAPI is checked in Node, test/scripts/openapi.test.ts).
 * The typed client is exercised against the worker.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createAtlasClient } from "../../client";
import { app } from "../../worker/app";
import { exampleRequests, type OpenApiDocument, replayExamples } from "./contract-replay";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

async function documentOf(): Promise<OpenApiDocument> {
  const response = await get("/v1/openapi.json");
  expect(response.status).toBe(200);
  return (await response.json()) as OpenApiDocument;
}

describe("the OpenAPI document", () => {
  it("should document every GET route the app registers under /v1", async () => {
    const doc = await documentOf();
    const documented = new Set(Object.values(doc.paths).map((item) => item.get["x-hono-path"]));
    // `/oembed` sits beside /v1 (oEmbed discovery names it); `/v1/charts/*` documents its .svg and .png operations.
    const routes = new Set(
      app.routes.filter((r) => r.method === "GET" && (r.path.startsWith("/v1") || r.path === "/oembed")).map((r) => r.path),
    );
    expect(routes.size).toBeGreaterThanOrEqual(8);
    for (const route of routes) expect(documented, `route ${route} is not in /v1/openapi.json`).toContain(route);
    for (const path of documented) expect(routes, `documented ${path} is not a route`).toContain(path);
  });

  it("should give every operation at least one example, and every problem status an example body", async () => {
    const doc = await documentOf();
    for (const [path, item] of Object.entries(doc.paths)) expect(exampleRequests(path, item.get).length, path).toBeGreaterThan(0);
  });

  it("should answer every documented example request as documented", async () => {
    expect(await replayExamples(get, await documentOf())).toBeGreaterThanOrEqual(25);
    // Every example, PNG figures included, on a machine other tests share.
  }, 30_000);
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
