/**
 * Every reader sees the figure (issue 12): a dataset page's element holds its static figure and links; with
 * JavaScript off they are shown and work; with the API unreachable the element's error state shows them; the page
 * carries a 1200×630 PNG card and announces its oEmbed endpoint, which answers oEmbed 1.0.
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

describe("the fallback inside a dataset page's element", () => {
  it("should show the static figure (alt = summary) and working links with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${apiBase}${PAGE}`);
    const img = page.locator("pa-chart > img");
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
    expect(await img.isVisible()).toBe(true);
    expect((await img.getAttribute("alt"))?.length).toBeGreaterThan(20);
    const links = await page.locator("pa-chart > a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(2);
    for (const href of links) expect((await fetch(href)).status).toBe(200);
    expect((await fetch(links[1] as string)).headers.get("content-type")).toMatch(/^text\/csv/);
    await context.close();
  });

  it("should show the fallback when the API cannot be reached, and hide it when the element draws", async () => {
    const page = await browser.newPage();
    await page.route("**/v1/datasets/**", (route) => route.abort("connectionrefused"));
    await page.goto(`${apiBase}${PAGE}`);
    await page.locator("pa-chart").evaluate((el) => customElements.whenDefined(el.localName));
    await expect
      .poll(() => page.locator("pa-chart").evaluate((el) => !!el.shadowRoot?.querySelector('[part="error"]')), { timeout: 20_000 })
      .toBe(true);
    expect(await page.locator("pa-chart > img").isVisible()).toBe(true);
    await page.close();

    const live = await browser.newPage();
    await live.goto(`${apiBase}${PAGE}`);
    await expect
      .poll(() => live.locator("pa-chart").evaluate((el) => !!el.shadowRoot?.querySelector("figcaption")), { timeout: 20_000 })
      .toBe(true);
    expect(await live.locator("pa-chart > img").isVisible()).toBe(false);
    await live.close();
  });
});

describe("cards and oEmbed discovery", () => {
  it("should carry og:image as a PNG of at least 1200×630", async () => {
    const html = await (await fetch(`${apiBase}${PAGE}`)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] as string;
    const png = Buffer.from(await (await fetch(new URL(image, apiBase))).arrayBuffer());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(630);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
  });

  it("should announce its oEmbed endpoint, which answers for the page", async () => {
    const html = await (await fetch(`${apiBase}${PAGE}`)).text();
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
        expect(body).toMatchObject({ version: "1.0", type: "rich", thumbnail_width: 1200, thumbnail_height: 630 });
        expect(body.html).toContain('<pa-chart dataset="province-gdp@');
      } else expect(text).toContain("<type>rich</type>");
    }
  });
});
