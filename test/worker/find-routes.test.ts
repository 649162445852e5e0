/**
 * HTTP behaviour of the routes that help find and follow data — search, the change feeds and the DCAT-AP
 * catalogue — in workerd: media types, the request's origin in every URL, strong ETags and 304, CORS, caching,
 * problem+json for bad input.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

const ROUTES: Array<[string, string]> = [
  ["/v1/search?q=hlw", "application/json"],
  ["/v1/changes.atom", "application/atom+xml"],
  ["/v1/changes.json", "application/feed+json"],
  ["/v1/datasets/national-gini/changes.atom", "application/atom+xml"],
  ["/v1/datasets/national-gini/changes.json", "application/feed+json"],
  ["/v1/catalog.dcat.jsonld", "application/ld+json"],
];

describe.each(ROUTES)("GET %s", (path, type) => {
  it("should answer in its media type, with a strong ETag, 304, CORS and a five-minute cache", async () => {
    const first = await get(path, { headers: { origin: "https://elsewhere.example" } });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe(`${type}; charset=utf-8`);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toMatch(/max-age=300/);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]{8}"$/);
    const text = await first.text();
    expect(text).not.toContain("{{origin}}");
    if (!path.startsWith("/v1/search")) expect(text).toContain("https://atlas.test/v1/datasets/national-gini@1.1.0");
    const again = await get(path, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("should name the origin it was asked at, with another ETag", async () => {
    const here = await get(path);
    const there = await SELF.fetch(`http://other.test${path}`);
    expect(await there.text()).not.toContain("https://atlas.test");
    expect(there.headers.get("etag")).not.toBe(here.headers.get("etag"));
  });

  it("should refuse unknown parameters and unacceptable media types with problem+json", async () => {
    const unknown = await get(`${path}${path.includes("?") ? "&" : "?"}foo=1`);
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ type: "/docs/api#problem-unknown-parameter", param: "foo" });
    const csv = await get(path, { headers: { accept: "text/csv" } });
    expect(csv.status).toBe(406);
    expect(csv.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect((await get(path, { headers: { accept: `${type}, */*;q=0.1` } })).status).toBe(200);
  });
});

describe("the change feeds of one dataset", () => {
  it("should answer an unknown dataset with unknown-dataset, listing the ids", async () => {
    for (const file of ["changes.atom", "changes.json"]) {
      const response = await get(`/v1/datasets/no-such-data/changes.${file.split(".")[1]}`);
      expect(response.status).toBe(404);
      const body = (await response.json()) as { type: string; allowed: string[] };
      expect(body.type).toBe("/docs/api#problem-unknown-dataset");
      expect(body.allowed).toContain("national-gini");
    }
    expect((await get("/v1/datasets/..%2Fchanges.atom/changes.atom")).status).toBe(404);
  });
});

describe("GET /v1/search", () => {
  it("should answer Chinese, English and pinyin with ranked hits, absolute links and highlights", async () => {
    for (const q of ["互联网普及率", "internet penetration", "hulianwang", "hlw"]) {
      const response = await get(`/v1/search?q=${encodeURIComponent(q)}&limit=3`);
      const body = (await response.json()) as {
        query: string;
        count: number;
        results: {
          id: string;
          score: number;
          links: { api: string; page: { zh: string; en: string } };
          highlights: { marks: number[][] }[];
        }[];
      };
      expect(body.query).toBe(q);
      expect(body.count).toBe(3);
      expect(body.results.map((r) => r.id)).toContain("internet-users:penetration_pct");
      const scores = body.results.map((r) => r.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const r of body.results) {
        expect(r.highlights.length).toBeGreaterThan(0);
        expect(r.links.api).toMatch(/^https:\/\/atlas\.test\/v1\//);
        expect(r.links.page.en).toMatch(/^https:\/\/atlas\.test\/en\//);
      }
    }
  });

  it("should link each hit to a page and an API route that answer", async () => {
    const body = (await (await get("/v1/search?q=gini&limit=20")).json()) as { results: { links: { api: string } }[] };
    for (const r of body.results) expect((await SELF.fetch(r.links.api)).status, r.links.api).toBe(200);
  });

  it("should keep only the kinds asked for", async () => {
    const body = (await (await get("/v1/search?q=gini&kind=indicator,view")).json()) as { results: { kind: string }[] };
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r) => r.kind === "indicator" || r.kind === "view")).toBe(true);
  });

  it.each([
    ["", "q"],
    ["q=", "q"],
    ["q=%20%2C", "q"],
    [`q=${"x".repeat(101)}`, "q"],
    ["q=gdp&limit=0", "limit"],
    ["q=gdp&limit=51", "limit"],
    ["q=gdp&kind=table", "kind"],
  ])("should answer ?%s with a 400 naming %s", async (query, param) => {
    const response = await get(`/v1/search?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: "/docs/api#problem-invalid-parameter", param });
  });

  it("should answer a query that matches nothing with an empty list", async () => {
    expect(await (await get("/v1/search?q=zzzzqqqq")).json()).toMatchObject({ count: 0, results: [] });
  });
});
