/**
 * HTTP behaviour of every route: ETag/304, Cache-Control per kind, ranges, CORS preflight, Vary, HEAD, security
 * headers, the edge cache, and the problem responses for methods, bodies and languages.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

/** One GET per route, with the Cache-Control it must carry. */
const ROUTES: Array<[string, RegExp]> = [
  ["/v1", /max-age=3600/],
  ["/v1/openapi.json", /max-age=3600/],
  ["/v1/datasets", /max-age=300/],
  ["/v1/datasets/province-gdp", /max-age=300/],
  ["/v1/datasets/province-gdp@1.0.0", /immutable/],
  ["/v1/datasets/province-gdp@^1", /max-age=300/],
  ["/v1/datasets/province-gdp@1.0.0/data", /immutable/],
  ["/v1/datasets/province-gdp@latest/data.json?region=CN-BJ", /max-age=300/],
  ["/v1/datasets/province-gdp@1.0.0/data.csv", /immutable/],
  ["/v1/datasets/province-gdp@~1.0/data.jsonstat?period=2024", /max-age=300/],
  ["/v1/datasets/province-gdp@1.0.0/datapackage.json", /immutable/],
  ["/v1/datasets/province-gdp/diff?from=1.0.0&to=1.0.0", /immutable/],
  ["/v1/datasets/province-gdp/diff?from=1.0.0&to=latest", /max-age=300/],
  ["/v1/regions", /max-age=300/],
];

describe.each(ROUTES)("GET %s", (path, cacheControl) => {
  it("should carry a strong ETag, answer If-None-Match with 304, and follow its cache policy", async () => {
    const first = await get(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]{32}-[0-9a-f]{8}"$/);
    expect(first.headers.get("cache-control")).toMatch(cacheControl);
    const again = await get(path, { headers: { "if-none-match": `"nope", ${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
    expect(await again.text()).toBe("");
  });

  it("should answer a CORS preflight and expose its headers, and send security headers", async () => {
    const preflight = await get(path, {
      method: "OPTIONS",
      headers: { origin: "https://portal.example.gov.cn", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toMatch(/GET/);
    const response = await get(path, { headers: { origin: "https://portal.example.gov.cn" } });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    for (const exposed of ["ETag", "Link", "Content-Location", "RateLimit-Policy"])
      expect(response.headers.get("access-control-expose-headers")).toContain(exposed);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("ratelimit-policy")).toBe('"default";q=600;w=60');
  });

  it("should answer HEAD with the GET headers and no body", async () => {
    const head = await get(path, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe((await get(path)).headers.get("etag"));
    expect(await head.text()).toBe("");
  });
});

describe("ranges", () => {
  it.each([
    // 1.0.1 is the correction that flags 1.0.0's rows; =1.0.0 still names the first release exactly.
    ["^1", "1.0.1"],
    ["~1.0", "1.0.1"],
    ["1.x", "1.0.1"],
    [">=1.0.0 <2", "1.0.1"],
    ["latest", "1.0.1"],
    ["<1.0.1", "1.0.0"],
  ])("should resolve @%s to the newest match and say which", async (range, exact) => {
    const response = await get(`/v1/datasets/internet-users@${encodeURIComponent(range)}/data?period=2021-12`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-location")).toBe(`/v1/datasets/internet-users@${exact}/data?period=2021-12`);
    expect(response.headers.get("link")).toContain(
      `<https://atlas.test/v1/datasets/internet-users@${exact}/data?period=2021-12>; rel="canonical"`,
    );
    expect(((await response.json()) as { version: string }).version).toBe(exact);
  });

  it("should answer 404 when no version matches a valid range", async () => {
    const response = await get("/v1/datasets/internet-users@^2/data");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ type: "/docs/api#problem-unknown-version", allowed: ["1.0.1", "1.0.0"] });
  });
});

describe("the edge cache", () => {
  it("should serve a repeated computed response from caches.default with the same validators", async () => {
    const path = "/v1/datasets/province-gdp@1.0.0/data.csv?region=CN-GD&limit=3";
    const first = await get(path);
    const body = await first.text();
    let second = await get(path);
    for (let i = 0; i < 20 && second.headers.get("x-edge-cache") !== "hit"; i++) {
      await new Promise((r) => setTimeout(r, 25));
      second = await get(path);
    }
    expect(second.headers.get("x-edge-cache")).toBe("hit");
    expect(await second.text()).toBe(body);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("link")).toBe(first.headers.get("link"));
  });
});

describe("problems", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE"])("should answer %s with 405 and Allow", async (method) => {
    const response = await get("/v1/datasets", { method, body: method === "DELETE" ? undefined : "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("should answer a GET that carries content with 413", async () => {
    const response = await get("/v1/datasets", { headers: { "content-length": "5" } });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ type: "/docs/api#problem-content-too-large" });
  });

  it("should answer 406 on JSON-only routes when JSON is not acceptable", async () => {
    for (const path of ["/v1", "/v1/datasets", "/v1/datasets/province-gdp@1.0.0/datapackage.json", "/v1/regions"]) {
      const response = await get(path, { headers: { accept: "text/csv" } });
      expect(response.status).toBe(406);
      expect(await response.json()).toMatchObject({ allowed: ["application/json"] });
    }
  });

  it("should title problems in the language of lang= first, then Accept-Language", async () => {
    const zh = await get("/v1/datasets/nope?lang=zh", { headers: { "accept-language": "en" } });
    expect(await zh.json()).toMatchObject({ title: "数据集不存在" });
    expect(zh.headers.get("content-language")).toBe("zh");
    expect(zh.headers.get("vary")).toContain("Accept-Language");
    const en = await get("/v1/datasets/nope", { headers: { "accept-language": "en-GB,zh;q=0.5" } });
    expect(await en.json()).toMatchObject({ title: "Unknown dataset" });
  });

  it("should name the parameter and list allowed values in detail and members", async () => {
    const body = (await (await get("/v1/datasets/province-gdp@1.0.0/data?group=south")).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ param: "group", allowed: ["east", "central", "west", "northeast"] });
    expect(body.detail).toMatch(/group/);
    const unknown = (await (await get("/v1/regions?region=CN-BJ")).json()) as Record<string, unknown>;
    expect(unknown).toMatchObject({ type: "/docs/api#problem-unknown-parameter", param: "region", allowed: ["lang"] });
  });

  it("should keep the data blocks and the build's files private", async () => {
    expect((await get("/_data/catalog.json")).status).toBe(404);
    expect((await get("/_api/openapi.json")).status).toBe(404);
  });
});

describe("the reference page", () => {
  it("should be served with a strict CSP, nosniff and a referrer policy, and carry the problem anchors", async () => {
    const { env } = await import("cloudflare:test");
    const response = await env.ASSETS.fetch("https://atlas.test/docs/api");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'; script-src 'self'; style-src 'self'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const html = await response.text();
    expect(html).toContain('id="problem-invalid-parameter"');
    expect(html).not.toMatch(/(?:src|href)="https?:/);
  });
});
