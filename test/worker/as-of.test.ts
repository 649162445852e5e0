/**
 * `asOf=` on every route that resolves a version: data (all formats), metadata, datapackage and diff. The
 * published versions are all released on 2026-11-28 (data/<id>/<version>/version.json), so a later day resolves
 * as without `asOf` and an earlier one is a `not-yet-released` problem.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

const ROUTES = [
  "/v1/datasets/national-gini@latest/data",
  "/v1/datasets/national-gini@^1/data.json",
  "/v1/datasets/national-gini@latest/data.csv",
  "/v1/datasets/national-gini@~1.1/data.jsonstat",
  "/v1/datasets/national-gini@latest/datapackage.json",
  "/v1/datasets/national-gini@latest",
  "/v1/datasets/national-gini",
];

describe.each(ROUTES)("GET %s", (path) => {
  it("should resolve to the newest version released on or before asOf", async () => {
    const response = await get(`${path}?asOf=2026-11-28`);
    expect(response.status).toBe(200);
    if (path.includes("@")) expect(response.headers.get("content-location") ?? "").toMatch(/national-gini@1\.1\.0/);
  });

  it("should answer a day before the first release with a not-yet-released problem", async () => {
    const response = await get(`${path}?asOf=2026-11-27`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toMatchObject({
      type: "/docs/api#problem-not-yet-released",
      param: "asOf",
      firstReleased: "2026-11-28",
      allowed: [],
    });
  });

  it.each(["2026-02-30", "2026-11", "yesterday", "2026-11-28T00:00:00Z"])("should answer asOf=%s with 400", async (day) => {
    const response = await get(`${path}?asOf=${encodeURIComponent(day)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: "/docs/api#problem-invalid-parameter", param: "asOf" });
  });
});

describe("asOf with an exact version and on diff", () => {
  it("should serve an exact version released by then as immutable, with its ETag and 304", async () => {
    const first = await get("/v1/datasets/national-gini@1.0.0/data?asOf=2027-01-01");
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toMatch(/immutable/);
    const etag = first.headers.get("etag") ?? "";
    const again = await get("/v1/datasets/national-gini@1.0.0/data?asOf=2027-01-01", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("should name the version resolved as of the day in the body", async () => {
    // 1.1.0 was released on 2026-11-28 and 1.1.1 (its flag correction) on 2026-12-04.
    const before = (await (await get("/v1/datasets/national-gini@latest/data.json?asOf=2026-12-01")).json()) as { version: string };
    expect(before.version).toBe("1.1.0");
    const after = (await (await get("/v1/datasets/national-gini@latest/data.json?asOf=2030-01-01")).json()) as { version: string };
    expect(after.version).toBe("1.1.1");
  });

  it("should apply asOf to both sides of a diff", async () => {
    expect((await get("/v1/datasets/national-gini/diff?from=1.0.0&to=latest&asOf=2026-12-01")).status).toBe(200);
    const early = await get("/v1/datasets/national-gini/diff?from=1.0.0&to=latest&asOf=2026-01-01");
    expect(early.status).toBe(404);
    expect(await early.json()).toMatchObject({ type: "/docs/api#problem-not-yet-released" });
  });
});

describe("asOf on indicators", () => {
  const GINI = "/v1/indicators/gini?value=province-gdp@latest:gdp/province-population@latest:population&period=2024";

  it("should resolve every input as of the day, and name the versions it used", async () => {
    const response = await get(`${GINI}&asOf=2026-11-28`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { inputs: { dataset: string; version: string }[] };
    expect(body.inputs.map((i) => i.version)).toEqual(["1.0.0", "1.0.0"]);
  });

  it("should answer a day before the inputs were released with not-yet-released, on views too", async () => {
    for (const path of [`${GINI}&asOf=2026-11-27`, "/v1/indicators/views/gdp-per-capita-inequality?asOf=2026-11-27"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toMatchObject({ type: "/docs/api#problem-not-yet-released", param: "asOf" });
    }
  });

  it("should refuse an impossible day with 400", async () => {
    const response = await get(`${GINI}&asOf=2026-02-30`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ param: "asOf" });
  });
});
