/**
 * Behaviour of the pages themselves: language versions point at each other, the catalog filter narrows the list
 * (and the list works without JavaScript), dataset pages carry their table and downloads without JavaScript.
 */
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, watchProblems } from "./support/browser";
import { fetchCatalog } from "./support/catalog";

const apiBase = inject("apiBase");
const datasets = await fetchCatalog(apiBase);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("languages", () => {
  it.each([
    ["/", "zh-Hans", "/en/"],
    ["/en/datasets/", "en", "/datasets/"],
    ["/en/gallery/", "en", "/gallery/"],
  ])("%s should declare lang=%s and link to its other language at %s", async (path, lang, other) => {
    const html = await (await fetch(`${apiBase}${path}`)).text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toMatch(new RegExp(`<a class="lang-switch" href="${other}"`));
    expect(html).toContain('<link rel="alternate" hreflang="zh-Hans"');
    expect(html).not.toMatch(/<script(?![^>]*(?:src=|type="application\/ld\+json"))/);
    expect(html).not.toMatch(/\sstyle=/);
  });
});

describe("the catalog page", () => {
  it("should list every dataset without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${apiBase}/en/datasets/`);
    const links = await page.locator(".card h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const d of datasets) expect(links).toContain(`/en/datasets/${d.id}/`);
    expect(await page.locator("#catalog-filter").isVisible()).toBe(false);
    await context.close();
  });

  it("should filter by search words and by theme, and keep the filter in the URL", async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${apiBase}/en/datasets/`);
    const visible = () =>
      page.locator(".card:visible h3 a").evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href")))].sort());
    const matching = (...words: string[]) =>
      datasets
        .filter((d) =>
          words.every((w) => [d.id, d.title.zh, d.title.en, d.description.en, ...(d.keywords ?? [])].join(" ").toLowerCase().includes(w)),
        )
        .map((d) => `/en/datasets/${d.id}/`)
        .sort();
    expect(matching("cnnic", "province")).toEqual(["/en/datasets/province-internet/"]);
    await page.fill("#q", "CNNIC province");
    await expect.poll(visible).toEqual(matching("cnnic", "province"));
    expect(page.url()).toContain("q=CNNIC+province");
    await page.fill("#q", "cnnic");
    await expect.poll(visible).toEqual(matching("cnnic"));
    expect(matching("cnnic").length).toBeGreaterThan(1);
    await page.fill("#q", "");
    await page.selectOption("#theme", "reference");
    await expect.poll(visible).toEqual(
      datasets
        .filter((d) => d.themes.includes("reference"))
        .map((d) => `/en/datasets/${d.id}/`)
        .sort(),
    );
    await page.fill("#q", "no such dataset at all");
    await expect.poll(() => page.locator("#filter-status").textContent()).toBe("No dataset matches.");
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("a dataset page without JavaScript", () => {
  it("should show the data table, the versions with hashes and the downloads", async () => {
    const entry = datasets.find((d) => d.id === "internet-users");
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${apiBase}/datasets/internet-users/`);
    expect(await page.locator("h1").textContent()).toBe(entry?.title.zh);
    expect(await page.locator("table.numbers tbody tr").count()).toBeGreaterThan(20);
    expect(await page.locator("table.versions code.hash").first().textContent()).toBe(entry?.versions[0]?.hash);
    const downloads = await page.locator("table.versions a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(downloads).toContain("/v1/datasets/internet-users@1.0.0/data.csv");
    expect(downloads).toContain("/v1/datasets/internet-users@1.0.0/data.parquet");
    expect(await page.locator(".citation").first().textContent()).toContain("[DS/OL]");
    await context.close();
  });
});
