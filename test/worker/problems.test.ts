import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { PROBLEMS } from "../../worker/lib/problem";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

async function expectProblem(path: string, status: number, type: string, init?: RequestInit) {
  const response = await get(path, init);
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ type: `/docs/api#problem-${type}`, status });
  expect(typeof body.title).toBe("string");
  expect(typeof body.detail).toBe("string");
  return body;
}

describe("errors are problem+json, never 500", () => {
  it("should answer 404 for an unknown dataset, listing the known ones", async () => {
    const body = await expectProblem("/v1/datasets/no-such-data@1.0.0/data", 404, "unknown-dataset");
    expect(body.allowed).toContain("internet-users");
  });

  it("should answer 404 for an unknown version, listing the published ones", async () => {
    const body = await expectProblem("/v1/datasets/internet-users@9.9.9/data", 404, "unknown-version");
    expect(body.allowed).toEqual(["1.0.1", "1.0.0"]);
  });

  it("should answer 400 for a malformed version range", async () => {
    await expectProblem("/v1/datasets/internet-users@not-a-range!/data", 400, "invalid-parameter");
  });

  it.each([
    ["period=2021-13", "period"],
    ["period=2022..2015", "period"],
    ["period=..", "period"],
    ["region=beijing", "region"],
    ["measure=nope", "measure"],
    ["group=south", "group"],
    ["region=CN-BJ&region=CN-SH", "region"],
  ])("should answer 400 naming the parameter for ?%s", async (query, param) => {
    const body = await expectProblem(`/v1/datasets/province-gdp@1.0.0/data?${query}`, 400, "invalid-parameter");
    expect(body.param).toBe(param);
  });

  it("should reject unknown parameters instead of ignoring them", async () => {
    const body = await expectProblem("/v1/datasets/province-gdp@1.0.0/data?regoin=CN-BJ", 400, "unknown-parameter");
    expect(body.param).toBe("regoin");
    expect(body.allowed).toContain("region");
  });

  it("should answer 406 when neither JSON nor CSV is acceptable", async () => {
    await expectProblem("/v1/datasets/province-gdp@1.0.0/data", 406, "not-acceptable", { headers: { accept: "application/xml" } });
  });

  it("should answer 405 with Allow for writes", async () => {
    const response = await get("/v1/datasets", { method: "POST", body: "{}" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("should answer 414 for absurdly long URLs", async () => {
    await expectProblem(`/v1/datasets/province-gdp@1.0.0/data?region=${"CN-BJ,".repeat(1000)}`, 414, "uri-too-long");
  });

  it("should refuse an overlong URL in the request's language (the language is set before the limits run)", async () => {
    const body = await expectProblem(`/v1/datasets/province-gdp@1.0.0/data?lang=zh&region=${"CN-BJ,".repeat(1000)}`, 414, "uri-too-long");
    expect(body.title).toBe(PROBLEMS["uri-too-long"].title.zh);
  });

  it("should give the title in Chinese when asked", async () => {
    const body = await expectProblem("/v1/datasets/nope/data", 404, "unknown-dataset", {
      headers: { "accept-language": "zh-CN,zh;q=0.9" },
    });
    expect(body.title).toBe("数据集不存在");
  });

  it("should answer unknown paths with a 404 problem", async () => {
    await expectProblem("/v1/nothing/here", 404, "not-found");
  });
});
