/**
 * The contract defects measured with tools we did not write (schemathesis, pandas, pyjstat, curl; issue #15),
 * one test each: every one of them failed before its fix.
 */
import { createExecutionContext, env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createAtlasClient } from "../../client";
import { app } from "../../worker/app";

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: "path" | "query";
  schema: Json;
}
interface OperationObject {
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

async function spec(): Promise<{ paths: Record<string, { get: OperationObject }> }> {
  return (await (await get("/v1/openapi.json")).json()) as never;
}

const parameter = (op: OperationObject, name: string) => op.parameters.find((p) => p.name === name);
const pattern = (p: Parameter | undefined) => new RegExp(String(p?.schema.pattern ?? p?.schema.items), "u");

describe("JSON-stat media type", () => {
  it("should serve JSON-stat with the media type the document lists for it", async () => {
    const doc = await spec();
    const listed = Object.keys(doc.paths["/v1/datasets/{ref}/data.jsonstat"]?.get.responses["200"]?.content ?? {});
    expect(listed).toHaveLength(1);
    const negotiated = Object.keys(doc.paths["/v1/datasets/{ref}/data"]?.get.responses["200"]?.content ?? {});
    expect(negotiated).toContain(listed[0]);
    const byExtension = await get("/v1/datasets/province-gdp@1.0.0/data.jsonstat?period=2024");
    const byAccept = await get("/v1/datasets/province-gdp@1.0.0/data?period=2024", { headers: { accept: String(listed[0]) } });
    for (const response of [byExtension, byAccept]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")?.replace(/; ?charset=utf-8/, "")).toBe(listed[0]);
      expect((await response.json()) as Json).toMatchObject({ version: "2.0", class: "dataset" });
    }
  });
});

describe("parameter patterns as exact as the checks", () => {
  it("should not let period='' or '..' pass the documented pattern", async () => {
    const doc = await spec();
    const period = pattern(parameter(doc.paths["/v1/datasets/{ref}/data"]?.get as OperationObject, "period"));
    for (const bad of ["", ".."]) expect(period.test(bad), JSON.stringify(bad)).toBe(false);
    for (const good of ["2015..2022", "2021-06", "..2010", "2020-Q1.."]) expect(period.test(good), good).toBe(true);
  });

  it("should give every indicator input a pattern that accepts a reference and rejects junk", async () => {
    const doc = await spec();
    const gini = doc.paths["/v1/indicators/gini"]?.get as OperationObject;
    for (const name of ["value", "weight"]) {
      const p = pattern(parameter(gini, name));
      expect(p.test("province-population@1.0.0:population"), name).toBe(true);
      expect(p.test("junk"), name).toBe(false);
    }
    expect(pattern(parameter(gini, "value")).test("province-gdp@1.0.0:gdp/province-population@1.0.0:population")).toBe(true);
  });

  it("should document a ref whose version part is a version, a range or latest", async () => {
    const doc = await spec();
    const ref = pattern(parameter(doc.paths["/v1/datasets/{ref}/data"]?.get as OperationObject, "ref"));
    for (const good of ["province-gdp@1.0.0", "province-gdp@^1", "province-gdp@latest", "province-gdp@>=1.0.0 <2", "province-gdp@1.x"])
      expect(ref.test(good), good).toBe(true);
    for (const bad of ["province-gdp@", "province-gdp@anything!", "province-gdp@01.0.0", "Province-gdp@1.0.0"])
      expect(ref.test(bad), bad).toBe(false);
  });

  it("should document explain as 0 or 1 and reject explain=true", async () => {
    const doc = await spec();
    expect(parameter(doc.paths["/v1/indicators/gini"]?.get as OperationObject, "explain")?.schema.enum).toEqual(["0", "1"]);
    const response = await get("/v1/indicators/views/internet-urban-rural-gap?explain=true");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ param: "explain" });
  });
});

describe("methods", () => {
  it("should answer PROPFIND and other methods with 405 and Allow", async () => {
    for (const method of ["PROPFIND", "MKCOL", "LOCK", "PURGE"]) {
      const response = await get("/v1/datasets", { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow"), method).toBe("GET, HEAD, OPTIONS");
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
  });
});

describe("the typed client on CSV routes", () => {
  const atlas = createAtlasClient("https://atlas.test", { fetch: (request: Request) => SELF.fetch(request) });

  it("should return CSV as text, not throw parsing it as JSON", async () => {
    const { data, error } = await atlas.GET("/v1/datasets/{ref}/data.csv", {
      params: { path: { ref: "internet-users@1.0.0" }, query: { period: "2021-12", measure: ["internet_users"] } },
    });
    expect(error).toBeUndefined();
    expect(data).toMatch(/^region,period,measure/);
    expect(data).toMatch(/\r\nCN,2021-12,internet_users,,1032,/);
  });

  it("should return negotiated CSV as text", async () => {
    const { data } = await atlas.GET("/v1/datasets/{ref}/data", {
      params: { path: { ref: "internet-users@1.0.0" }, query: { period: "2021-12" } },
      headers: { accept: "text/csv" },
    });
    expect(typeof data).toBe("string");
  });
});

describe("negotiation", () => {
  it("should honour Accept-Language weights", async () => {
    const cases: Array<[string, string]> = [
      ["zh-CN;q=0, en", "en"],
      ["en;q=0.5, zh-CN;q=0.9", "zh"],
      ["fr, zh-Hans-CN;q=0.8, en;q=0.7", "zh"],
      ["zh-TW", "zh"],
      ["de", "en"],
    ];
    for (const [header, lang] of cases) {
      const response = await get("/v1/datasets?lang=fr", { headers: { "accept-language": header } });
      expect(response.headers.get("content-language"), header).toBe(lang);
    }
  });

  it("should answer 406 on indicator routes when JSON is not acceptable", async () => {
    for (const path of ["/v1/indicators", "/v1/indicators/views", "/v1/indicators/views/internet-urban-rural-gap", "/v1/indicators/gini"]) {
      const response = await get(path, { headers: { accept: "foo/bar" } });
      expect(response.status, path).toBe(406);
    }
  });

  it("should name the CSV representation in Content-Location when CSV was negotiated", async () => {
    const response = await get("/v1/datasets/province-gdp@^1/data?region=CN-BJ", { headers: { accept: "text/csv" } });
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-location")).toMatch(/^\/v1\/datasets\/province-gdp@1\.\d+\.\d+\/data\.csv\?region=CN-BJ$/);
  });
});

describe("problems naming the right parameter", () => {
  it("should answer region=00 on an indicator with a 400 naming region", async () => {
    const response = await get("/v1/indicators/views/internet-urban-rural-gap?region=00");
    expect(response.status).toBe(400);
    const body = (await response.json()) as Json;
    expect(body).toMatchObject({ param: "region" });
    expect(String(body.detail)).toMatch(/00/);
  });

  it("should answer a version with a leading zero with 400, not 404", async () => {
    for (const path of [
      "/v1/datasets/province-gdp@01.0.0",
      "/v1/datasets/province-gdp@01.0.0/data",
      "/v1/datasets/province-gdp@1.00.0/data.csv",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({ param: "version" });
    }
  });
});

describe("headers", () => {
  it("should send RateLimit-Policy on a CORS preflight", async () => {
    const response = await get("/v1/datasets", {
      method: "OPTIONS",
      headers: { origin: "https://portal.example.gov.cn", "access-control-request-method": "GET" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("ratelimit-policy")).toBe('"default";q=600;w=60');
  });

  it("should send frame-ancestors and HSTS on pages", async () => {
    for (const path of ["/", "/en/", "/datasets/", "/docs/api"]) {
      const response = await env.ASSETS.fetch(`https://atlas.test${path}`);
      expect(response.headers.get("content-security-policy"), path).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get("strict-transport-security"), path).toMatch(/max-age=\d{8,}/);
    }
  });
});

describe("an unknown page", () => {
  it("should answer an HTML 404 page in the page's language, not problem+json", async () => {
    for (const [path, lang] of [
      ["/no-such-page/", "zh"],
      ["/en/no-such-page/", "en"],
    ]) {
      const response = await env.ASSETS.fetch(`https://atlas.test${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toMatch(/^text\/html/);
      expect(await response.text(), path).toMatch(new RegExp(`<html lang="${lang === "zh" ? "zh-Hans" : "en"}"`));
    }
  });
});

describe("rate limit under wrangler dev", () => {
  it("should not count every loopback request as one client", async () => {
    // Miniflare sets CF-Connecting-IP to the socket's address when a local request has none: 127.0.0.1 for all.
    const statuses: number[] = [];
    for (let i = 0; i < 620; i++) {
      const response = await app.fetch(
        new Request("https://atlas.test/v1", { headers: { "cf-connecting-ip": "127.0.0.1" } }),
        env,
        createExecutionContext(),
      );
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s === 429)).toEqual([]);
  }, 60_000);

  it("should still count a public address", async () => {
    let last = 0;
    for (let i = 0; i < 601; i++) {
      const response = await app.fetch(
        new Request("https://atlas.test/v1", { headers: { "cf-connecting-ip": "203.0.113.77" } }),
        env,
        createExecutionContext(),
      );
      await response.arrayBuffer();
      last = response.status;
    }
    expect(last).toBe(429);
  }, 60_000);
});
