import { SELF } from "cloudflare:test";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { IndicatorInfo, IndicatorResult, IndicatorView } from "../../schemas/indicator";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

async function result(path: string): Promise<IndicatorResult> {
  const response = await get(path);
  const text = await response.text();
  expect(response.status, text.slice(0, 500)).toBe(200);
  return v.parse(IndicatorResult, JSON.parse(text));
}

async function problem(path: string, param?: string): Promise<{ detail: string; param?: string }> {
  const response = await get(path);
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as { detail: string; param?: string };
  if (param) expect(body.param).toBe(param);
  return body;
}

describe("GET /v1/indicators", () => {
  it("should list every indicator with its method, parameters and an example, and the named views", async () => {
    const response = await get("/v1/indicators");
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toMatch(/^"/);
    const body = (await response.json()) as { count: number; indicators: unknown[]; views: unknown[] };
    const indicators = body.indicators.map((i) => v.parse(IndicatorInfo, i));
    expect(body.count).toBe(indicators.length);
    expect(indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining(["gini", "theil-t", "theil-l", "hhi", "entropy-index", "coupling-coordination"]),
    );
    const theil = indicators.find((i) => i.id === "theil-t");
    expect(theil?.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["value", "weight", "by", "period", "explain"]));
    expect(body.views.map((x) => v.parse(IndicatorView, x).id)).toContain("gdp-per-capita-inequality");
  });

  it("should compute every indicator's example on the published data", async () => {
    const { indicators } = (await (await get("/v1/indicators")).json()) as { indicators: IndicatorInfo[] };
    for (const indicator of indicators) {
      const body = await result(`/v1/indicators/${indicator.id}?${indicator.example}`);
      expect(body.indicator, indicator.id).toBe(indicator.id);
      expect(body.results.length, indicator.id).toBeGreaterThan(0);
      expect(body.inputs.length, indicator.id).toBeGreaterThan(0);
    }
  });
});

describe("GET /v1/indicators/{id}", () => {
  const theil =
    "/v1/indicators/theil-t?value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&by=regions@1.0.0:group";

  it("should decompose Theil T by the NBS regions, per year, with exact inputs and the method", async () => {
    const body = await result(theil);
    expect(body.results.map((r) => r.period)).toEqual(["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"]);
    for (const r of body.results) {
      expect(r.region).toBe("CN");
      expect(Math.abs((r.components?.between as number) + (r.components?.within as number) - r.value)).toBeLessThan(1e-12);
    }
    expect(body.inputs).toEqual([
      expect.objectContaining({
        param: "value",
        dataset: "province-gdp",
        version: "1.0.0",
        measure: "gdp",
        hash: expect.stringMatching(/^sha256-/),
      }),
      expect.objectContaining({ param: "value", dataset: "province-population", measure: "population" }),
      expect.objectContaining({ param: "weight", dataset: "province-population", measure: "population" }),
      expect.objectContaining({ param: "by", dataset: "regions", field: "group" }),
    ]);
    expect(body.method.reference).toMatch(/Shorrocks/);
    // GDP starts in 2006, population in 2015: the years without population are left out, and the response says so.
    expect(body.warnings?.[0]?.en).toMatch(/Left out 2006/);
    expect(body.explain).toBeUndefined();
  });

  it("should add group means, shares and contributions with explain=1", async () => {
    const body = await result(`${theil}&period=2024&explain=1`);
    const year = (
      body.explain as { periods: Record<string, { groups: { group: string; mean: number; valueShare: number }[]; units: unknown[] }> }
    ).periods["2024"];
    expect(year?.groups.map((g) => g.group).sort()).toEqual(["central", "east", "northeast", "west"]);
    expect(year?.units).toHaveLength(31);
    expect(year?.groups.reduce((s, g) => s + g.valueShare, 0)).toBeCloseTo(1, 10);
  });

  it("should answer If-None-Match with 304 and serve a repeat from the Workers cache, as the dataset routes do", async () => {
    const path = `${theil}&period=2020..2022`;
    const first = await get(path);
    // One response pipeline (worker/lib/respond.ts): one cache header, `x-edge-cache: hit`, absent when computed.
    expect(first.headers.get("x-edge-cache")).toBeNull();
    expect(first.headers.get("x-cache")).toBeNull();
    expect(first.headers.get("cache-control")).toMatch(/immutable/);
    const etag = first.headers.get("etag") as string;
    const body = await first.text();
    // The copy is written after the response (waitUntil): ask again until it is there.
    let again = await get(path);
    for (let i = 0; i < 20 && again.headers.get("x-edge-cache") !== "hit"; i++) {
      await again.text();
      await new Promise((r) => setTimeout(r, 25));
      again = await get(path);
    }
    expect(again.headers.get("x-edge-cache")).toBe("hit");
    expect(again.headers.get("x-cache")).toBeNull();
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(body);
    const notModified = await get(path, { headers: { "if-none-match": etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(notModified.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
  });

  it("should give one ETag per meaning, whatever the parameters' order or lang, as the dataset routes do", async () => {
    const etagOf = async (path: string) => {
      const response = await get(path);
      await response.arrayBuffer();
      expect(response.status).toBe(200);
      return response.headers.get("etag");
    };
    const reordered = `/v1/indicators/theil-t?by=regions@1.0.0:group&period=2020&weight=province-population@1.0.0:population&value=province-gdp@1.0.0:gdp/province-population@1.0.0:population`;
    const original = await etagOf(`${theil}&period=2020`);
    expect(await etagOf(reordered)).toBe(original);
    expect(await etagOf(`${reordered}&lang=zh`)).toBe(original);
    // The same holds on the dataset routes: the canonical query is one function (worker/lib/query.ts).
    const data = await etagOf("/v1/datasets/province-gdp@1.0.0/data?region=CN-GD&period=2020");
    expect(await etagOf("/v1/datasets/province-gdp@1.0.0/data?period=2020&region=CN-GD")).toBe(data);
  });

  it("should derive the ETag from the inputs, the method version and the parameters", async () => {
    const a = (await get(`${theil}&period=2020`)).headers.get("etag");
    const b = (await get(`${theil}&period=2021`)).headers.get("etag");
    const c = (await get(`${theil.replace("theil-t", "theil-l")}&period=2020`)).headers.get("etag");
    expect(new Set([a, b, c]).size).toBe(3);
    // A range that resolves to the same exact version gives the same data, but is only briefly cacheable.
    const ranged = await get(`/v1/indicators/gini?value=province-gdp@^1:gdp&period=2024`);
    expect(ranged.headers.get("cache-control")).not.toMatch(/immutable/);
    expect(((await ranged.json()) as IndicatorResult).inputs[0]).toMatchObject({ version: "1.0.0", requested: "^1" });
  });

  it("should measure platform concentration only where each platform's share is known", async () => {
    const body = await result("/v1/indicators/hhi?shares=platform-market-shares@1.0.0:mobile_payment_share_pct&explain=1");
    const periods = body.results.map((r) => r.period);
    // 2014-Q3 and 2019 give only a combined top-3 / top-2 figure: left out, with a warning.
    expect(periods).not.toContain("2014-Q3");
    expect(periods).not.toContain("2019");
    expect(body.warnings?.filter((w) => /combined share of several firms/.test(w.en))).toHaveLength(2);
    for (const r of body.results) {
      expect(r.class).toBe("highly-concentrated");
      expect(r.components?.upper).toBeGreaterThanOrEqual(r.value);
    }
  });

  it("should say which values are estimates", async () => {
    const body = await result("/v1/indicators/growth-yoy?value=digital-economy@1.0.0:size");
    expect(body.warnings?.some((w) => /estimate/.test(w.en))).toBe(true);
    // In zh the flag is quoted as the API's code, not as an English word mid-sentence ("（6 estimate）").
    const zh = body.warnings?.find((w) => /状态标记/.test(w.zh))?.zh ?? "";
    expect(zh).toMatch(/（status=estimate：\d+个）/);
  });
});

describe("invalid combinations are 400 problems that say what to change", () => {
  it("should require the weights of a population-weighted method", async () => {
    const body = await problem("/v1/indicators/williamson?value=province-gdp@1.0.0:gdp", "weight");
    expect(body.detail).toMatch(/weight/);
  });

  it("should reject mismatched periods when a range is asked for, naming the range the inputs share", async () => {
    const body = await problem(
      "/v1/indicators/theil-t?value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&period=2010..2020",
      "period",
    );
    expect(body.detail).toMatch(/period=2015\.\.2020/);
  });

  it("should reject a zero value where the method takes logarithms, and accept it where it does not", async () => {
    // Several provinces report 0 dial-up users in 2016: Theil L (logarithms of values) refuses, Theil T does not.
    const path = "/v1/indicators/theil-l?value=province-telecom@1.0.0:dialup_internet_users&period=2016";
    expect((await problem(path)).detail).toMatch(/positive values.*is 0.*theil-t/);
    await result(path.replace("theil-l", "theil-t"));
  });

  it("should name unknown datasets, measures and malformed references", async () => {
    expect((await problem("/v1/indicators/gini?value=nope@1.0.0:gdp", "value")).detail).toMatch(/no dataset "nope"/);
    expect((await problem("/v1/indicators/gini?value=province-gdp@1.0.0:gpd", "value")).detail).toMatch(/no measure "gpd"/);
    expect((await problem("/v1/indicators/gini?value=province-gdp", "value")).detail).toMatch(/dataset reference/);
    await problem("/v1/indicators/gini?value=province-gdp@9.9.9:gdp", "value");
    await problem("/v1/indicators/theil-t?value=province-gdp@1.0.0:gdp&by=province-gdp@1.0.0:gdp", "by");
    await problem("/v1/indicators/gini?value=province-gdp@1.0.0:gdp&colour=red", "colour");
    await problem("/v1/indicators/hhi?shares=platform-market-shares@1.0.0:food_delivery_share_pct&guidelines=eu", "guidelines");
  });

  it("should answer 404 for an unknown indicator or view, listing the known ones", async () => {
    for (const path of ["/v1/indicators/nope", "/v1/indicators/views/nope"]) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { allowed: string[] }).allowed.length).toBeGreaterThan(0);
    }
  });
});

describe("named views", () => {
  it("should answer each question in one URL and link the indicator query it stands for", async () => {
    const { views } = (await (await get("/v1/indicators/views")).json()) as { views: IndicatorView[] };
    expect(views.length).toBeGreaterThanOrEqual(4);
    for (const view of views) {
      const response = await get(`/v1/indicators/views/${view.id}`);
      expect(response.status, view.id).toBe(200);
      const body = v.parse(IndicatorResult, await response.json());
      expect(body.view?.id).toBe(view.id);
      expect(body.indicator).toBe(view.indicator);
      expect(body.results.length).toBeGreaterThan(0);
      expect(response.headers.get("link")).toContain(`/v1/indicators/${view.indicator}?`);
      const direct = await result(`/v1/indicators/${view.indicator}?${view.query}`);
      expect(body.results).toEqual(direct.results);
    }
  });

  it("should let a view's period and explain be set, but not its inputs", async () => {
    const body = await result("/v1/indicators/views/gdp-per-capita-inequality?period=2024&explain=1");
    expect(body.results.map((r) => r.period)).toEqual(["2024"]);
    expect(body.explain).toBeDefined();
    await problem("/v1/indicators/views/gdp-per-capita-inequality?value=province-gdp@1.0.0:gdp", "value");
  });
});
