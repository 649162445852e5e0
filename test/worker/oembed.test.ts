/**
 * `/oembed` follows oEmbed 1.0 (https://oembed.com §2.3): `rich` responses with the required fields and their
 * types in JSON and XML, maxwidth/maxheight respected, 404 for URLs it cannot embed, 501 for other formats — for
 * dataset, indicator and named-view pages and for chart URLs.
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
    // The page's own element (its measures and regions: what the image shows), not the dataset's bare defaults.
    expect(body.html).toMatch(
      /<pa-chart dataset="province-gdp@\d+\.\d+\.\d+" measure="gdp" region="CN-[A-Z]{2}(,CN-[A-Z]{2})+" lang="zh"><img src="[^"]+\.svg" alt="[^"]+"/,
    );
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

  for (const [name, url, tag, image] of [
    [
      "an indicator page",
      `${ORIGIN}/indicators/theil-t/`,
      'pa-indicator indicator="theil-t" params="',
      "/v1/charts/indicator.svg?indicator=theil-t",
    ],
    [
      "a named view's page",
      `${ORIGIN}/en/indicators/views/digital-economy-growth/`,
      'pa-indicator indicator="growth-yoy" params="value=digital-economy@1.0.0:size" lang="en"',
      "/v1/charts/indicator.svg?indicator=growth-yoy",
    ],
    [
      "an indicator chart URL (a 404 before)",
      `${ORIGIN}/v1/charts/indicator.svg?indicator=growth-yoy&params=${encodeURIComponent("value=digital-economy@1.0.0:size")}&lang=en`,
      'pa-indicator indicator="growth-yoy" params="value=digital-economy@1.0.0:size" lang="en"',
      "/v1/charts/indicator.svg?indicator=growth-yoy",
    ],
    [
      "a chart URL",
      `${ORIGIN}/v1/charts/ranking.svg?dataset=province-gdp@1.0.0&period=2024&width=800`,
      'pa-ranking dataset="province-gdp@1.0.0" period="2024" lang',
      "/v1/charts/ranking.svg?dataset=province-gdp%401.0.0&period=2024",
    ],
  ] as const) {
    it(`should embed ${name}: the element with its fallback image and links, a PNG thumbnail, within maxwidth`, async () => {
      const res = await get(`url=${encodeURIComponent(url)}&maxwidth=400&maxheight=400`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown> & { html: string; width: number; height: number };
      expectRich(body, (v) => v as number);
      expect(body.width).toBeLessThanOrEqual(400);
      expect(body.height).toBeLessThanOrEqual(400);
      expect(body.html).toContain(`<${tag}`);
      expect(body.html.replace(/&#38;/g, "&")).toContain(`<img src="${ORIGIN}${image}`);
      expect(body.html).toContain(`width="${body.width}" height="${body.height}"`);
      expect(body.html).toMatch(/<a href="[^"]+">[^<]+<\/a> · <a href="[^"]+">[^<]+<\/a><\/pa-/);
      expect(body.thumbnail_url).toMatch(/^https:\/\/atlas\.test\/v1\/charts\/[a-z]+\.png\?/);
      // The fallback's image is drawn at the embed's size.
      const src = (/<img src="([^"]+)"/.exec(body.html)?.[1] ?? "").replace(/&#38;/g, "&");
      expect(new URL(src).searchParams.get("width")).toBe(String(body.width));
    });
  }

  it("should draw the fallback image (alt = the summary) and thumbnail of a chart URL", async () => {
    const body = (await (
      await get(`url=${encodeURIComponent(`${ORIGIN}/v1/charts/chart.png?dataset=province-gdp@1.0.0&region=CN-GD`)}`)
    ).json()) as {
      html: string;
      thumbnail_url: string;
    };
    const src = (/<img src="([^"]+)"/.exec(body.html)?.[1] ?? "").replace(/&#38;/g, "&");
    const svg = await SELF.fetch(src);
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    // The image's alt is the figure's summary, the SVG's own description.
    const desc = /<desc id="d">([^<]*)<\/desc>/.exec(await svg.text())?.[1];
    expect(desc?.length).toBeGreaterThan(20);
    expect(body.html).toContain(`alt="${desc}"`);
    const png = await SELF.fetch(body.thumbnail_url);
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    await png.arrayBuffer();
  });

  const decode = (v: string) => v.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)));
  const fallbackOf = async (url: string) => {
    const body = (await (await get(`url=${encodeURIComponent(url)}`)).json()) as { html: string; title: string };
    return {
      title: body.title,
      src: decode(/<img src="([^"]+)"/.exec(body.html)?.[1] ?? ""),
      alt: decode(/ alt="([^"]*)"/.exec(body.html)?.[1] ?? ""),
    };
  };

  for (const url of [
    `${ORIGIN}/v1/charts/indicator.png?indicator=theil-t&params=${encodeURIComponent("value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population")}`,
    `${ORIGIN}/indicators/theil-t/`,
    `${ORIGIN}/en/indicators/views/digital-economy-growth/`,
    `${ORIGIN}/indicators/views/digital-economy-growth/`,
  ])
    it(`should give the fallback image of ${url.slice(ORIGIN.length)} the figure's summary as alt, as for chart URLs (not its title)`, async () => {
      const { title, src, alt } = await fallbackOf(url);
      const svg = await SELF.fetch(src);
      expect(svg.status, src).toBe(200);
      // The image's own description (its <desc>, the figure's summary), which a screen reader should hear.
      const desc = decode(/<desc id="d">([^<]*)<\/desc>/.exec(await svg.text())?.[1] ?? "");
      expect(desc.length).toBeGreaterThan(20);
      expect(alt).toBe(desc);
      expect(alt).not.toBe(title);
    });

  // The static file is not served in this pool: test/site/fallback.test.ts compares it with the file's <desc>.
  for (const url of [`${ORIGIN}/datasets/province-gdp/`, `${ORIGIN}/en/datasets/internet-users/`])
    it(`should give the fallback image of ${url.slice(ORIGIN.length)} a summary with numbers as alt, not its title`, async () => {
      const { title, src, alt } = await fallbackOf(url);
      expect(src).toMatch(/\/charts\/[a-z-]+%40\d+\.\d+\.\d+\.(zh|en)\.svg$/);
      expect(alt).not.toBe(title);
      expect(alt).toMatch(/\d/);
      expect(alt.length).toBeGreaterThan(title.length);
    });

  it("should answer 404 for unknown indicators, views and charts", async () => {
    for (const url of [
      `${ORIGIN}/indicators/no-such/`,
      `${ORIGIN}/indicators/views/no-such/`,
      `${ORIGIN}/indicators/views/`,
      `${ORIGIN}/v1/charts/chart.svg?dataset=no-such`,
      `${ORIGIN}/v1/charts/chart.svg?dataset=%3Cx%3E`,
      `${ORIGIN}/v1/charts/indicator.svg?indicator=no-such&params=`,
      `${ORIGIN}/v1/charts/indicator.svg?indicator=%3Cx%3E`,
      `${ORIGIN}/v1/datasets/province-gdp`,
    ]) {
      const res = await get(`url=${encodeURIComponent(url)}`);
      expect(res.status, url).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
    }
  });
});
