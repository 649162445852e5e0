/**
 * Every reader sees the figure (issue 12): the elements of a dataset page, the home page and the gallery hold their
 * static figure and links; with JavaScript off they are shown and work; with the API unreachable on a first visit
 * the element's error state shows them; once the element draws they are hidden. Pages carry a 1200×630 PNG card;
 * dataset, indicator and view pages announce their oEmbed endpoint, which answers oEmbed 1.0.
 */
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

const apiBase = inject("apiBase");
const PAGE = "/en/datasets/province-gdp/";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Pages with elements, and how many of their elements hold a fallback at least. */
const PAGES = [
  [PAGE, 1],
  ["/", 7],
  ["/en/", 7],
  ["/en/gallery/", 8],
  ["/indicators/views/gdp-per-capita-inequality/", 1],
  ["/en/indicators/theil-t/", 1],
] as const;

/** The elements of a page that hold a fallback image (`pa-…` with an `img` child). */
const WITH_FALLBACK = ":is(pa-chart, pa-ranking, pa-share, pa-tilemap, pa-stat, pa-table, pa-indicator):has(> img)";

describe("the fallback inside the elements of a page", () => {
  for (const [path, least] of PAGES) {
    it(`should show the static figures (alt = summary) and working links with JavaScript off: ${path}`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${apiBase}${path}`);
      const elements = page.locator(WITH_FALLBACK);
      expect(await elements.count()).toBeGreaterThanOrEqual(least);
      for (const element of await elements.all()) {
        const img = element.locator("> img");
        await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
        expect(await img.isVisible()).toBe(true);
        expect((await img.getAttribute("alt"))?.length).toBeGreaterThan(20);
        const links = await element.locator("> a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(links).toHaveLength(2);
        for (const href of links) expect((await fetch(href)).status).toBe(200);
        // The numbers: a dataset's CSV, or an indicator's result as JSON.
        expect((await fetch(links[1] as string)).headers.get("content-type")).toMatch(/^(text\/csv|application\/json)/);
      }
      await context.close();
    });
  }

  for (const [path] of PAGES) {
    it(`should show the fallbacks when the API cannot be reached on a first visit, and hide them when the elements draw: ${path}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route("**/v1/**", (route) => route.abort("connectionrefused"));
      await page.goto(`${apiBase}${path}`);
      const first = page.locator(WITH_FALLBACK).first();
      await first.evaluate((el) => customElements.whenDefined(el.localName));
      for (const element of await page.locator(WITH_FALLBACK).all()) {
        await expect.poll(() => element.evaluate((el) => !!el.shadowRoot?.querySelector('[part="error"]')), { timeout: 20_000 }).toBe(true);
        expect(await element.locator("> img").isVisible()).toBe(true);
      }
      await context.close();

      const live = await browser.newContext();
      const livePage = await live.newPage();
      await livePage.goto(`${apiBase}${path}`);
      for (const element of await livePage.locator(WITH_FALLBACK).all()) {
        await expect
          .poll(() => element.evaluate((el) => !!el.shadowRoot?.querySelector("figcaption, figure")), { timeout: 20_000 })
          .toBe(true);
        expect(await element.locator("> img").isVisible()).toBe(false);
      }
      await live.close();
    });
  }
});

describe("cards and oEmbed discovery", () => {
  it("should serve on-demand PNG figures under wrangler dev (the charts Worker bundled with resvg and the font)", async () => {
    const res = await fetch(`${apiBase}/v1/charts/chart.png?dataset=province-gdp@1.0.0&region=CN-GD&density=1&width=400&height=300`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([400, 300]);
  });

  it.each([PAGE, "/en/gallery/", "/gallery/", "/indicators/views/gdp-per-capita-inequality/", "/en/indicators/theil-t/"])(
    "should carry og:image as a PNG of at least 1200×630: %s",
    async (path) => {
      const html = await (await fetch(`${apiBase}${path}`)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] as string;
      const png = Buffer.from(await (await fetch(new URL(image, apiBase))).arrayBuffer());
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
      expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(630);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    },
  );

  it.each([
    [PAGE, '<pa-chart dataset="province-gdp@', 630],
    ["/en/indicators/views/digital-economy-growth/", '<pa-indicator indicator="growth-yoy"', 828],
    ["/indicators/theil-t/", '<pa-indicator indicator="theil-t"', 828],
  ])("should announce its oEmbed endpoint, which answers for the page: %s", async (path, element, thumbnailHeight) => {
    const html = await (await fetch(`${apiBase}${path}`)).text();
    for (const [type, format] of [
      ["application/json+oembed", "json"],
      ["text/xml+oembed", "xml"],
    ] as const) {
      const href = new RegExp(`<link rel="alternate" type="${type.replace("+", "\\+")}" href="([^"]+)"`).exec(html)?.[1];
      expect(href).toBeDefined();
      const res = await fetch(new URL((href as string).replace(/&amp;/g, "&"), apiBase));
      expect(res.status).toBe(200);
      const text = await res.text();
      if (format === "json") {
        const body = JSON.parse(text);
        expect(body).toMatchObject({ version: "1.0", type: "rich", thumbnail_width: 1200, thumbnail_height: thumbnailHeight });
        expect(body.html).toContain(element);
        // A dataset page's embedded element is the page's own (its measures and regions: what the image shows).
        if (path === PAGE) expect(body.html).toContain(`${/<pa-chart [^>]*>/.exec(html)?.[0].slice(0, -1)} lang="en">`);
        // The fallback image's alt is the figure's summary (its <desc>), not the page's title.
        const decode = (v: string) => v.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)));
        const src = decode(/<img src="([^"]+)"/.exec(body.html)?.[1] ?? "");
        const alt = decode(/ alt="([^"]*)"/.exec(body.html)?.[1] ?? "");
        const svg = await (await fetch(new URL(new URL(src).pathname + new URL(src).search, apiBase))).text();
        const desc = decode(/<desc id="d">([^<]*)<\/desc>/.exec(svg)?.[1] ?? "");
        expect(desc.length).toBeGreaterThan(20);
        expect(alt).toBe(desc);
      } else expect(text).toContain("<type>rich</type>");
    }
  });
});
