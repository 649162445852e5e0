/**
 * A zh request reads its problem in Chinese: `lang=zh` or `Accept-Language: zh` gives a Chinese `title` and
 * `detail` for every problem type (the detail stayed English before), naming the parameter and the allowed
 * values; en requests keep their English detail.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { HttpProblem, PROBLEMS, type ProblemType, problemResponse } from "../../worker/lib/problem";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

/** Two English words in a row: prose, not an identifier (CN-BJ, application/json, /v1/datasets). */
const ENGLISH_PROSE = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;
const CJK = /[\u4e00-\u9fff]/;

function expectChinese(body: Record<string, unknown>) {
  for (const member of ["title", "detail"]) {
    const value = String(body[member]);
    expect(value, `${member}: ${value}`).toMatch(CJK);
    expect(value, `${member}: ${value}`).not.toMatch(ENGLISH_PROSE);
  }
}

describe("problem texts in zh", () => {
  const extras: Record<ProblemType, ConstructorParameters<typeof HttpProblem>[2]> = {
    "not-found": {},
    "unknown-dataset": { param: "id", allowed: ["internet-users", "province-gdp"] },
    "unknown-version": { param: "version", allowed: ["1.0.1", "1.0.0"] },
    "not-yet-released": { param: "asOf" },
    "invalid-parameter": { param: "period" },
    "unknown-parameter": { param: "foo", allowed: ["lang"] },
    "method-not-allowed": { allowed: ["GET", "HEAD", "OPTIONS"] },
    "not-acceptable": { param: "Accept", allowed: ["application/json"] },
    gone: { successor: "/v1/datasets" },
    "content-too-large": { param: "body" },
    "uri-too-long": { param: "url" },
    "rate-limited": { limit: 600, window: 60 },
    "internal-error": {},
    "not-implemented": { param: "format", allowed: ["json", "xml"] },
  };

  it.each(Object.keys(PROBLEMS) as ProblemType[])("should give %s a Chinese title and detail", async (type) => {
    const english = "The English detail, written where the problem was raised.";
    const zh = (await problemResponse(new HttpProblem(type, english, extras[type]), "zh", "/v1/x").json()) as Record<string, unknown>;
    expectChinese(zh);
    const en = (await problemResponse(new HttpProblem(type, english, extras[type]), "en", "/v1/x").json()) as Record<string, unknown>;
    expect(en.detail).toBe(english);
  });

  it.each([
    ["/v1/datasets/no-such-data@1.0.0/data", {}],
    ["/v1/datasets/internet-users@9.9.9/data", {}],
    ["/v1/datasets/province-gdp@1.0.0/data?period=2021-13", {}],
    ["/v1/datasets/province-gdp@1.0.0/data?group=south", {}],
    ["/v1/datasets/province-gdp@1.0.0/data?measure=nope", {}],
    ["/v1/regions?region=CN-BJ", {}],
    ["/v1/nothing-here", {}],
    ["/v1/datasets", { method: "DELETE" }],
    ["/v1/datasets", { headers: { "content-length": "5" } }],
    ["/v1/datasets", { headers: { accept: "text/csv" } }],
  ] as [string, RequestInit][])("should answer %s in Chinese for lang=zh and for Accept-Language: zh", async (path, init) => {
    const withLang = `${path}${path.includes("?") ? "&" : "?"}lang=zh`;
    const headers = { ...(init.headers as Record<string, string>) };
    for (const [url, extra] of [
      [withLang, {}],
      [path, { "accept-language": "zh-CN,zh;q=0.9,en;q=0.5" }],
    ] as const) {
      const response = await get(url, { ...init, headers: { ...headers, ...extra } });
      expect(response.status).toBeGreaterThanOrEqual(400);
      const body = (await response.json()) as Record<string, unknown>;
      if (url === withLang && body.type === "/docs/api#problem-unknown-parameter") continue;
      expectChinese(body);
    }
  });

  it("should name the refused parameter and its allowed values in the Chinese detail", async () => {
    const body = (await (await get("/v1/datasets/province-gdp@1.0.0/data?group=south&lang=zh")).json()) as Record<string, unknown>;
    expect(body.detail).toBe("参数无效：group。可用值：east、central、west、northeast。");
  });
});
