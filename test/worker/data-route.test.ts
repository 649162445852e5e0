import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

interface Row {
  region: string;
  period: string;
  measure: string;
  value: number;
  status?: string;
}

async function rows(path: string): Promise<Row[]> {
  const response = await get(path);
  expect(response.status).toBe(200);
  return ((await response.json()) as { rows: Row[] }).rows;
}

const value = (list: Row[], period: string, measure: string) => list.find((r) => r.period === period && r.measure === measure)?.value;

describe("GET /v1/datasets/{id}@{version}/data", () => {
  it("should reproduce the seed's CNNIC figures for June and December 2021", async () => {
    const list = await rows("/v1/datasets/internet-users@1.0.0/data?period=2021-06..2021-12");
    expect(new Set(list.map((r) => r.period))).toEqual(new Set(["2021-06", "2021-12"]));
    expect(value(list, "2021-12", "internet_users")).toBe(1032);
    expect(value(list, "2021-12", "penetration_pct")).toBe(73.0);
    expect(value(list, "2021-06", "internet_users")).toBe(1011);
    expect(value(list, "2021-06", "penetration_pct")).toBe(71.6);
    expect(value(list, "2021-06", "rural_users")).toBe(297);
    expect(value(list, "2021-06", "rural_penetration_pct")).toBe(59.2);
  });

  it("should serve the same rows as CSV by extension and by Accept", async () => {
    const json = await rows("/v1/datasets/internet-users@1.0.0/data?period=2021-06..2021-12");
    for (const response of [
      await get("/v1/datasets/internet-users@1.0.0/data.csv?period=2021-06..2021-12"),
      await get("/v1/datasets/internet-users@1.0.0/data?period=2021-06..2021-12", { headers: { accept: "text/csv" } }),
    ]) {
      expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
      const lines = (await response.text()).trimEnd().split("\r\n");
      expect(lines[0]).toBe("region,period,measure,category,value,status,note,source");
      expect(lines).toHaveLength(json.length + 1);
      const csvRows = lines.slice(1).map((line) => line.split(",").slice(0, 5).join(","));
      expect(csvRows).toEqual(json.map((r) => `${r.region},${r.period},${r.measure},,${r.value}`));
    }
  });

  it("should say Vary: Accept only when Accept chose the format", async () => {
    expect((await get("/v1/datasets/internet-users@1.0.0/data")).headers.get("vary")).toMatch(/Accept/);
    expect((await get("/v1/datasets/internet-users@1.0.0/data.csv")).headers.get("vary") ?? "").not.toMatch(/Accept/);
  });

  it("should filter provinces by code list and by NBS group", async () => {
    const two = await rows("/v1/datasets/province-gdp@1.0.0/data?region=CN-BJ,CN-SH&period=2015..2022");
    expect(new Set(two.map((r) => r.region))).toEqual(new Set(["CN-BJ", "CN-SH"]));
    expect(two).toHaveLength(16);
    expect(Math.min(...two.map((r) => Number(r.period)))).toBe(2015);
    expect(Math.max(...two.map((r) => Number(r.period)))).toBe(2022);
    const northeast = await rows("/v1/datasets/province-gdp@1.0.0/data?group=northeast&period=2024");
    expect(new Set(northeast.map((r) => r.region))).toEqual(new Set(["CN-LN", "CN-JL", "CN-HL"]));
  });

  it("should include a year's months when the range is given in years", async () => {
    const list = await rows("/v1/datasets/internet-users@1.0.0/data?period=2021..2021&measure=internet_users");
    expect(list.map((r) => r.period)).toEqual(["2021-06", "2021-12"]);
  });

  it("should carry the status flags of the source", async () => {
    const list = await rows("/v1/datasets/internet-users@1.0.0/data?period=2022-12&measure=internet_users");
    expect(list).toEqual([expect.objectContaining({ value: 1060, status: "rounded" })]);
  });

  it("should resolve a range to the newest matching version and say which", async () => {
    const response = await get("/v1/datasets/internet-users@^1/data?period=2021-12");
    expect(response.status).toBe(200);
    // ^1 resolves to the newest 1.x: 1.0.1, the correction that flags the rows of 1.0.0.
    expect(response.headers.get("content-location")).toBe("/v1/datasets/internet-users@1.0.1/data?period=2021-12");
    expect(response.headers.get("cache-control")).not.toMatch(/immutable/);
    const body = (await response.json()) as { version: string; requested: string };
    expect(body).toMatchObject({ version: "1.0.1", requested: "^1" });
  });
});

describe("caching", () => {
  it("should make exact versions immutable with a strong ETag, and answer 304 to If-None-Match", async () => {
    const first = await get("/v1/datasets/internet-users@1.0.0/data?period=2021");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{32}-[0-9a-f]{8}"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const second = await get("/v1/datasets/internet-users@1.0.0/data?period=2021", { headers: { "if-none-match": etag ?? "" } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
    expect(second.headers.get("etag")).toBe(etag);
  });

  it("should give different representations different ETags", async () => {
    const a = (await get("/v1/datasets/internet-users@1.0.0/data?period=2021")).headers.get("etag");
    const b = (await get("/v1/datasets/internet-users@1.0.0/data.csv?period=2021")).headers.get("etag");
    const c = (await get("/v1/datasets/internet-users@1.0.0/data?period=2020")).headers.get("etag");
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it("should send CORS headers on data and on preflight", async () => {
    const response = await get("/v1/datasets/internet-users@1.0.0/data");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toMatch(/ETag/);
    const preflight = await get("/v1/datasets/internet-users@1.0.0/data", {
      method: "OPTIONS",
      headers: { origin: "https://blog.example", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toMatch(/GET/);
  });
});
