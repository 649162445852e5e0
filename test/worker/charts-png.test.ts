/**
 * `GET /v1/charts/{element}.png` through the API worker's service binding to the charts Worker: the figure's SVG
 * rasterised in workerd with resvg (WebAssembly) and the embedded Noto Sans SC subset, at 2× density by default.
 * The zh PNG shows CJK glyphs: its title band has ink (test/figure/png-wasm.test.ts shows the same rasteriser
 * leaves it blank with a font that lacks them).
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { decodePng, inkIn } from "../support/png";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

/** Width and height from a PNG's IHDR, after checking its signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset);
  expect(new TextDecoder().decode(png.subarray(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("GET /v1/charts/{element}.png", () => {
  // Every element kind in both languages.
  const cases = [
    ["chart", "dataset=province-gdp@1.0.0&region=CN-GD,CN-JS"],
    ["chart", "dataset=province-gdp@1.0.0&region=CN-GD&kind=bar&theme=dark"],
    ["ranking", "dataset=province-gdp@1.0.0&period=2024"],
    ["share", "dataset=province-gdp@1.0.0&region=CN-GD,CN-JS,CN-SD&period=2024"],
    ["tilemap", "dataset=province-gdp@1.0.0"],
    ["stat", "dataset=province-gdp@1.0.0&region=CN-GD"],
    ["table", "dataset=province-gdp@1.0.0&region=CN-GD"],
  ].flatMap(([element, query]) => ["zh", "en"].map((lang) => [element as string, `${query}&lang=${lang}`] as const));
  for (const [element, query] of cases) {
    it(`should draw ${element} (${query}) as a PNG at twice the SVG's size, cached for good`, async () => {
      const [svgRes, res] = await Promise.all([get(`/v1/charts/${element}.svg?${query}`), get(`/v1/charts/${element}.png?${query}`)]);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(res.headers.get("cache-control")).toMatch(/immutable/);
      expect(res.headers.get("x-pa-missing-glyphs")).toBeNull();
      const svg = await svgRes.text();
      const [, w, h] = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
      expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
      expect(res.headers.get("etag")).not.toBe(svgRes.headers.get("etag"));
      const again = await get(`/v1/charts/${element}.png?${query}`, { headers: { "if-none-match": res.headers.get("etag") ?? "" } });
      expect(again.status).toBe(304);
    });
  }

  for (const lang of ["zh", "en"])
    it(`should draw <pa-indicator>'s figure as a PNG too (${lang})`, async () => {
      const query = `indicator=growth-yoy&params=${encodeURIComponent("value=digital-economy@1.0.0:size")}&lang=${lang}`;
      const [svgRes, res] = await Promise.all([get(`/v1/charts/indicator.svg?${query}`), get(`/v1/charts/indicator.png?${query}`)]);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(res.headers.get("cache-control")).toMatch(/immutable/);
      const [, w, h] = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(await svgRes.text()) ?? [];
      expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 2 * Number(w), height: 2 * Number(h) });
    });

  it("should take width, height and density", async () => {
    const res = await get("/v1/charts/chart.png?dataset=province-gdp@1.0.0&region=CN-GD&width=480&height=300&density=1");
    expect(res.status).toBe(200);
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 480, height: 300 });
  });

  it("should draw the zh title's CJK glyphs, and refuse a caption of glyphs the font lacks", async () => {
    const query = "dataset=province-gdp@1.0.0&region=CN-GD&width=640&height=400";
    const res = await get(`/v1/charts/chart.png?${query}&density=1`);
    const image = await decodePng(new Uint8Array(await res.arrayBuffer()));
    expect([image.width, image.height]).toEqual([640, 400]);
    // The title (a CJK line at the top left) has ink; test/figure/png-wasm.test.ts shows that the same text
    // rasterised with a font lacking CJK glyphs has none.
    const svg = await (await get(`/v1/charts/chart.svg?${query}`)).text();
    const [, y] = /<text x="20" y="(\d+)" font-size="(\d+)"[^>]*>[^<]*[\u4e00-\u9fff]/.exec(svg) ?? [];
    expect(Number(y)).toBeGreaterThan(0);
    expect(inkIn(image, 20, Number(y) - 18, 320, Number(y) + 4)).toBeGreaterThan(300);
    const refused = await get(`/v1/charts/chart.png?${query}&caption=${encodeURIComponent("𠀀 test")}`);
    expect(refused.status).toBe(400);
    expect(refused.headers.get("content-type")).toMatch(/problem\+json/);
    expect(await refused.json()).toMatchObject({ param: "caption", missing: ["𠀀"] });
  });

  for (const [path, status] of [
    ["/v1/charts/pie.png?dataset=province-gdp", 404],
    ["/v1/charts/chart.png?dataset=no-such-dataset", 404],
    ["/v1/charts/chart.png?dataset=province-gdp&density=3", 400],
    ["/v1/charts/chart.svg?dataset=province-gdp&density=2", 400],
    ["/v1/charts/chart.png?dataset=province-gdp&width=99999", 400],
    ["/v1/charts/chart.gif?dataset=province-gdp", 404],
  ] as const) {
    it(`should answer ${path} with ${status} problem+json`, async () => {
      const res = await get(path);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    });
  }
});
