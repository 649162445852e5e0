/**
 * `/oembed` follows oEmbed 1.0 (https://oembed.com §2.3): `rich` responses with the required fields and their
 * types in JSON and XML, maxwidth/maxheight respected, 404 for URLs it cannot embed, 501 for other formats.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const ORIGIN = "https://atlas.test";
const get = (query: string) => SELF.fetch(`${ORIGIN}/oembed?${query}`);
const page = encodeURIComponent(`${ORIGIN}/datasets/province-gdp/`);

/** Checks the fields oEmbed 1.0 requires of a `rich` response, with their types. */
function expectRich(body: Record<string, unknown>, numbers: (v: unknown) => number) {
  expect(body.version).toBe("1.0");
  expect(body.type).toBe("rich");
  expect(typeof body.html).toBe("string");
  for (const k of ["width", "height", "thumbnail_width", "thumbnail_height"]) expect(Number.isInteger(numbers(body[k]))).toBe(true);
  for (const k of ["title", "provider_name", "provider_url", "thumbnail_url"]) expect(typeof body[k]).toBe("string");
}

describe("GET /oembed", () => {
  it("should answer JSON for a dataset page: rich, the element with its static fallback, the PNG card as thumbnail", async () => {
    const res = await get(`url=${page}&format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as Record<string, unknown>;
    expectRich(body, (v) => v as number);
    expect(body.html).toMatch(/<pa-chart dataset="province-gdp@\d+\.\d+\.\d+" lang="zh"><img src="[^"]+\.svg" alt="[^"]+"/);
    expect(body.html).toMatch(/data\.csv/);
    expect(body.thumbnail_url).toMatch(/\.card\.png$/);
    expect([body.thumbnail_width, body.thumbnail_height]).toEqual([1200, 630]);
  });

  it("should keep the embed within maxwidth and maxheight", async () => {
    const body = (await (await get(`url=${page}&maxwidth=300&maxheight=150`)).json()) as { width: number; height: number; html: string };
    expect(body.width).toBeLessThanOrEqual(300);
    expect(body.height).toBeLessThanOrEqual(150);
    expect(body.html).toContain(`width="${body.width}"`);
  });

  it("should answer the same in XML", async () => {
    const res = await get(`url=${encodeURIComponent(`${ORIGIN}/en/datasets/province-gdp/`)}&format=xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/xml/);
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8" standalone="yes"\?>\n<oembed>/);
    const fields = Object.fromEntries([...xml.matchAll(/<([a-z_]+)>([^<]*)<\/\1>/g)].map((m) => [m[1], m[2]]));
    expectRich(fields, (v) => Number(v));
    expect(fields.html).toContain("&#60;pa-chart");
    expect(fields.html).toContain("lang=&#34;en&#34;");
  });

  it("should answer 404 for URLs it cannot embed and 501 for other formats, as problem+json", async () => {
    for (const url of [`${ORIGIN}/datasets/no-such/`, "https://elsewhere.example/datasets/province-gdp/", `${ORIGIN}/datasets/regions/`]) {
      const res = await get(`url=${encodeURIComponent(url)}`);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    }
    const res = await get(`url=${page}&format=yaml`);
    expect(res.status).toBe(501);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
  });
});
