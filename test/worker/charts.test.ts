/**
 * `GET /v1/charts/{element}.svg` through the API worker's service binding to the charts Worker: an accessible SVG
 * of the same figure the element draws (title, desc = summary, source with dataset@version), immutable for exact
 * versions with an ETag, and problem+json 4xx for unknown elements and bad parameters.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

describe("GET /v1/charts/{element}.svg", () => {
  for (const [element, query] of [
    ["chart", "dataset=province-gdp@1.0.0&region=CN-GD,CN-JS"],
    ["chart", "dataset=province-gdp@1.0.0&region=CN-GD&kind=bar&lang=en&theme=dark"],
    ["ranking", "dataset=province-gdp@1.0.0&period=2024"],
    ["share", "dataset=province-gdp@1.0.0&region=CN-GD,CN-JS,CN-SD&period=2024"],
    ["tilemap", "dataset=province-gdp@1.0.0&lang=en"],
    ["stat", "dataset=province-gdp@1.0.0&region=CN-GD"],
    ["table", "dataset=province-gdp@1.0.0&region=CN-GD&width=480&height=300"],
  ] as const) {
    it(`should draw ${element} (${query}) as an accessible SVG with the source line`, async () => {
      const res = await get(`/v1/charts/${element}.svg?${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
      expect(res.headers.get("cache-control")).toMatch(/immutable/);
      const svg = await res.text();
      expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t d"/);
      expect(svg).toMatch(/<title id="t">[^<]+<\/title>\n<desc id="d">[^<]+<\/desc>/);
      expect(svg).toContain("province-gdp@1.0.0");
      if (query.includes("width=480")) expect(svg).toMatch(/width="480" height="300"/);
      const again = await get(`/v1/charts/${element}.svg?${query}`, { headers: { "if-none-match": res.headers.get("etag") ?? "" } });
      expect(again.status).toBe(304);
    });
  }

  const THEIL =
    "indicator=theil-t&params=" +
    encodeURIComponent(
      "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&by=regions@1.0.0:group",
    );

  it("should draw <pa-indicator>'s figure from its attributes (indicator, params), with the inputs' dataset@version", async () => {
    const res = await get(`/v1/charts/indicator.svg?${THEIL}&lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get("cache-control")).toMatch(/immutable/);
    const svg = await res.text();
    expect(svg).toMatch(/<title id="t">Theil[^<]*<\/title>/);
    for (const input of ["province-gdp@1.0.0:gdp", "province-population@1.0.0:population", "regions@1.0.0:group"])
      expect(svg).toContain(input);
    expect(svg).toContain(">Between groups<");
    const again = await get(`/v1/charts/indicator.svg?${THEIL}&lang=en`, { headers: { "if-none-match": res.headers.get("etag") ?? "" } });
    expect(again.status).toBe(304);
  });

  it("should name categories and the method in the reader's language (zh read 'Alipay (支付宝)' and the formula's English)", async () => {
    const share = "dataset=platform-market-shares@1.0.1&measure=mobile_payment_share_pct";
    const zh = await (await get(`/v1/charts/share.svg?${share}`)).text();
    expect(zh).toContain(">支付宝<");
    expect(zh).toContain("财付通（微信支付、QQ钱包）");
    expect(zh).not.toContain("Alipay");
    const en = await (await get(`/v1/charts/share.svg?${share}&lang=en`)).text();
    expect(en).toContain("Tenpay (WeChat Pay + QQ Wallet)");
    expect(en).not.toMatch(/\([^)]*[\u3400-\u9fff][^)]*\)/);
    const indicator = await (await get(`/v1/charts/indicator.svg?${THEIL}&lang=zh`)).text();
    expect(indicator).toMatch(/方法：泰尔指数[^<]*方法版本 \d+\.\d+\.\d+/);
    expect(indicator).not.toContain("value share");
  });

  it("should list the lowest first for <pa-ranking order=asc> (the server's ranking was always highest first)", async () => {
    const base = "/v1/charts/ranking.svg?dataset=province-gdp@1.0.0&period=2024&lang=en";
    // The names printed left of the bars, in the order drawn (text-anchor end, font-size 12).
    const names = (svg: string) => [...svg.matchAll(/<text [^>]*font-size="12" [^>]*text-anchor="end">([^<]+)<\/text>/g)].map((m) => m[1]);
    const desc = await get(base);
    const asc = await get(`${base}&order=asc`);
    expect(asc.status).toBe(200);
    const [high, low] = [names(await desc.text()), names(await asc.text())];
    expect(high.length).toBeGreaterThan(20);
    expect(high[0]).toBe("Guangdong");
    expect(low).toEqual([...high].reverse());
    expect((await get(`${base}&order=desc`).then((r) => r.text())).includes(">Guangdong<")).toBe(true);
  });

  it("should draw <pa-share kind=area> as stacked areas, not 100 % bars", async () => {
    const share = "/v1/charts/share.svg?dataset=national-gdp@1.0.0&measure=primary,secondary,tertiary&total=gdp";
    const areas = await (await get(`${share}&kind=area`)).text();
    const bars = await (await get(`${share}&kind=bar`)).text();
    expect(areas.match(/<path d="M[^"]+Z" fill="#[0-9a-f]{6}" fill-opacity="0.33">/gi)).toHaveLength(3);
    expect(areas).not.toMatch(/<rect [^>]*><title>/);
    expect(bars).toMatch(/<rect [^>]*><title>/);
  });

  it("should cache a range briefly, not forever", async () => {
    const res = await get("/v1/charts/chart.svg?dataset=province-gdp@^1&region=CN-GD");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/max-age=300/);
  });

  for (const [path, status] of [
    ["/v1/charts/pie.svg?dataset=province-gdp", 404],
    ["/v1/charts/chart.svg?dataset=no-such-dataset", 404],
    ["/v1/charts/chart.svg?dataset=province-gdp&width=9", 400],
    ["/v1/charts/chart.svg?dataset=province-gdp&lang=fr", 400],
    ["/v1/charts/chart.svg?dataset=province-gdp&colour=red", 400],
    ["/v1/charts/ranking.svg?dataset=province-gdp&kind=bar", 400],
    ["/v1/charts/ranking.svg?dataset=province-gdp&order=up", 400],
    ["/v1/charts/chart.svg?dataset=province-gdp&order=asc", 400],
    ["/v1/charts/chart.svg?dataset=province-gdp&period=20x4", 400],
    ["/v1/charts/chart.svg?dataset=%3Cscript%3E", 400],
    ["/v1/charts/indicator.svg?indicator=Not_An_Id", 400],
    ["/v1/charts/indicator.svg?indicator=theil-t&dataset=province-gdp", 400],
    ["/v1/charts/indicator.svg?indicator=no-such-indicator", 404],
    ["/v1/charts/indicator.svg?indicator=theil-t&params=value%3Dnope", 400],
  ] as const) {
    it(`should answer ${path} with ${status} problem+json`, async () => {
      const res = await get(path);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    });
  }
});
