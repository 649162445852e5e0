/**
 * The site's search: the box on every page leads to the search page, which lists the API's results for Chinese,
 * English and pinyin queries with the matched text marked, links each to its page, keeps the query in the URL and
 * asks nothing of a third party; without JavaScript it says so. Feeds are announced in every page's head.
 */
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, watchProblems } from "./support/browser";

const apiBase = inject("apiBase");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the search box and page", () => {
  it.each([
    ["", "互联网普及率", "互联网普及率", "/datasets/internet-users/"],
    ["/en", "internet penetration", "Internet penetration", "/en/datasets/internet-users/"],
    ["/en", "hlw", "Internet penetration", "/en/datasets/internet-users/"],
  ])("%s: typing %s in the masthead lists %s first, linked to its page", async (prefix, q, title, href) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(apiBase)) foreign.push(r.url());
    });
    await page.goto(`${apiBase}${prefix}/datasets/national-gini/`);
    await page.fill("#site-q", q);
    await page.press("#site-q", "Enter");
    await page.waitForURL(/\/search\/\?q=/);
    const first = page.locator("#search-results li").first().locator("a");
    await first.waitFor();
    expect(await first.textContent()).toBe(title);
    expect(await first.getAttribute("href")).toBe(href);
    expect(await page.locator("#search-results li mark").count()).toBeGreaterThan(0);
    expect(await page.locator("#search-status").textContent()).toMatch(/\d/);
    expect(new URL(page.url()).searchParams.get("q")).toBe(q);
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("should update the results and the URL as the reader types, and say when nothing matches", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${apiBase}/en/search/`);
    await page.fill("#q", "zzzzqqqq");
    await page.waitForFunction(() => document.querySelector("#search-status")?.textContent === "Nothing matches.");
    await page.fill("#q", "gini");
    await page.locator("#search-results li").first().waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("gini");
    await context.close();
  });

  it("should say that results need JavaScript when it is off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${apiBase}/en/search/?q=gini`);
    expect(await page.locator("noscript").count()).toBe(1);
    expect(await page.locator("form.search-form input#q").count()).toBe(1);
    await context.close();
  });
});

describe("feed links", () => {
  it("should announce the catalog's feeds on every page and a dataset's own on its page", async () => {
    const home = await (await fetch(`${apiBase}/en/`)).text();
    expect(home).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(home).toContain('href="/v1/changes.json"');
    const dataset = await (await fetch(`${apiBase}/datasets/national-gini/`)).text();
    expect(dataset).toContain('href="/v1/datasets/national-gini/changes.atom"');
    expect(dataset).toContain('href="/v1/datasets/national-gini/changes.json"');
    for (const href of ["/v1/changes.atom", "/v1/datasets/national-gini/changes.json"])
      expect((await fetch(`${apiBase}${href}`)).status).toBe(200);
  });
});
