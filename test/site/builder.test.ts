/**
 * The embed builder, walked as a blogger would: choose a dataset, a version range, a measure, regions, a period,
 * the language and the theme → copy the snippet → paste it into a blank page on a second origin (served under a
 * strict CSP) → the same chart renders there, from the same exact data.
 */
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, settleWidgets, watchProblems } from "./support/browser";
import { type SecondOrigin, startSecondOrigin } from "./support/second-origin";

const apiBase = inject("apiBase");
let browser: Browser;
let blog: SecondOrigin;

beforeAll(async () => {
  browser = await launchBrowser();
  blog = await startSecondOrigin(apiBase);
});
afterAll(async () => {
  await browser?.close();
  await blog?.close();
});

/** What a reader sees of a chart: its title, its accessible summary, its language and theme, and its data. */
async function chartState(page: Page, scope: string) {
  const chart = page.locator(`${scope} pa-chart`);
  await page.waitForFunction(
    (selector) => !!document.querySelector(selector)?.shadowRoot?.querySelector("canvas[aria-label]"),
    `${scope} pa-chart`,
  );
  return {
    title: await chart.locator("h2").textContent(),
    summary: await chart.locator("canvas").getAttribute("aria-label"),
    footer: await chart.locator("footer").textContent(),
    columns: await chart.locator("thead th").allTextContents(),
    lang: await chart.getAttribute("lang"),
    theme: await chart.getAttribute("theme"),
  };
}

const blankPage = (snippet: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head><body><main><h1>A post</h1>${snippet}</main></body></html>`;

describe("the embed builder", () => {
  it("should produce a snippet that renders the same chart on another origin", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: apiBase });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${apiBase}/en/gallery/#builder`);
    await page.waitForSelector("#embed-builder[data-ready]");

    await page.selectOption("#b-dataset", "province-gdp");
    await page.selectOption("#b-version", "^1");
    await page.selectOption("#b-kind", "pa-chart");
    const defaults = await page
      .locator('#b-regions input[type="checkbox"]:checked')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    for (const value of defaults) await page.uncheck(`#b-regions input[value="${value}"]`);
    await page.check('#b-regions input[value="CN-BJ"]');
    await page.check('#b-regions input[value="CN-SH"]');
    await page.selectOption("#b-from", "2010");
    await page.selectOption("#b-to", "2020");
    await page.check('input[name="b-lang"][value="zh"]');
    await page.check('input[name="b-theme"][value="dark"]');

    const shown = await page.locator("#b-snippet").textContent();
    expect(shown).toContain('dataset="province-gdp@^1"');
    expect(shown).toContain('region="CN-BJ,CN-SH"');
    expect(shown).toContain('period="2010..2020"');
    expect(shown).toMatch(/integrity="sha384-[A-Za-z0-9+/]+=*"/);

    await page.click("#b-copy");
    await expect.poll(() => page.locator("#b-status").textContent()).not.toBe("");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);

    expect(await settleWidgets(page)).toEqual([]);
    const preview = await chartState(page, "#b-preview");
    expect(preview.lang).toBe("zh");
    expect(preview.theme).toBe("dark");
    expect(preview.columns).toHaveLength(3);
    expect(problems).toEqual([]);

    blog.put("/post.html", blankPage(copied));
    const post = await context.newPage();
    const postProblems = watchProblems(post);
    const requests: string[] = [];
    post.on("request", (r) => requests.push(new URL(r.url()).origin));
    await post.goto(`${blog.origin}/post.html`);
    expect(await settleWidgets(post)).toEqual([]);
    const embedded = await chartState(post, "main");
    expect(embedded).toEqual(preview);
    expect(new Set(requests)).toEqual(new Set([blog.origin, new URL(apiBase).origin]));
    expect(postProblems).toEqual([]);
    await context.close();
  });

  it("should not run a snippet whose script does not match its integrity hash", async () => {
    const response = await fetch(`${apiBase}/gallery/builder.json`);
    const { script } = (await response.json()) as { script: { path: string; integrity: string } };
    const tampered = `sha384-${"A".repeat(64)}`;
    blog.put(
      "/tampered.html",
      blankPage(
        `<script type="module" src="${apiBase}${script.path}" integrity="${tampered}" crossorigin="anonymous"></script><pa-chart dataset="internet-users@1.0.0"></pa-chart>`,
      ),
    );
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${blog.origin}/tampered.html`);
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => customElements.get("pa-chart") === undefined)).toBe(true);
    expect(problems.join("\n")).toMatch(/integrity/i);
    await page.close();
  });
});
