/**
 * The embed builder, walked as a blogger would: choose a dataset, a version range, a measure, regions, a period,
 * the language and the theme → copy the snippet → paste it into a blank page on a second origin (served under a
 * strict CSP) → the same chart renders there, from the same exact data.
 */
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { elementTags } from "../support/custom-elements";
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

/** What a reader sees of an element: its title, summary, source line, table, language and theme. */
async function elementState(page: Page, selector: string) {
  const element = page.locator(selector);
  await page.waitForFunction((s) => !!document.querySelector(s)?.shadowRoot?.querySelector('[part="summary"]'), selector);
  return {
    title: await element.locator('[part="title"]').textContent(),
    summary: await element.locator('[part="summary"]').textContent(),
    source: await element.locator("footer .source").textContent(),
    columns: await element.locator("thead th").allTextContents(),
    cells: await element.locator("tbody td").allTextContents(),
    lang: await element.getAttribute("lang"),
    theme: await element.getAttribute("theme"),
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
    await page.selectOption("#b-kind", "chart");
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
    // What is copied is what is shown (the fallback's alt text becomes the figure's summary once the preview drew it).
    expect(copied).toBe(await page.locator("#b-snippet").textContent());
    expect(copied).toMatch(/<img src="[^"]+\/v1\/charts\/chart\.svg\?dataset=province-gdp%40%5E1&amp;[^"]*" alt="[^"]+"/);
    expect(shown).toContain("/data.csv?");

    expect(await settleWidgets(page)).toEqual([]);
    const preview = await elementState(page, "#b-preview pa-chart");
    expect(preview.lang).toBe("zh");
    expect(preview.theme).toBe("dark");
    expect(preview.source).toContain("province-gdp");
    expect(preview.cells.length).toBeGreaterThanOrEqual(2 * 11);
    expect(problems).toEqual([]);

    blog.put("/post.html", blankPage(copied));
    const post = await context.newPage();
    const postProblems = watchProblems(post);
    const requests: string[] = [];
    post.on("request", (r) => requests.push(new URL(r.url()).origin));
    await post.goto(`${blog.origin}/post.html`);
    expect(await settleWidgets(post)).toEqual([]);
    const embedded = await elementState(post, "main pa-chart");
    expect(embedded).toEqual(preview);
    expect(new Set(requests)).toEqual(new Set([blog.origin, new URL(apiBase).origin]));
    expect(postProblems).toEqual([]);
    await context.close();
  });

  it("should switch to a one-period kind (tile map) and embed that too", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: apiBase });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${apiBase}/gallery/?dataset=province-income@1.0.0&kind=tilemap#builder`);
    await page.waitForSelector("#embed-builder[data-ready]");
    expect(await page.locator("#b-kind").inputValue()).toBe("tilemap");
    expect(await page.locator("#b-regions").isHidden()).toBe(true);
    expect(await page.locator("#b-from").isHidden()).toBe(true);
    await page.check('#b-measures input[value="consumption_expenditure"]');
    await page.selectOption("#b-to", "2020");
    await page.click("#b-copy");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /<pa-tilemap dataset="province-income@1\.0\.0" measure="consumption_expenditure" period="2020" lang="zh">\n {2}<img src="[^"]+\/v1\/charts\/tilemap\.svg\?[^"]+" alt="[^"]*"[^>]*><a href="[^"]+\/datasets\/province-income\/">[^<]+<\/a> · <a href="[^"]+data\.csv[^"]*">CSV<\/a>\n<\/pa-tilemap>$/,
    );
    expect(await settleWidgets(page)).toEqual([]);
    const preview = await elementState(page, "#b-preview pa-tilemap");
    expect(problems).toEqual([]);

    blog.put("/tiles.html", blankPage(copied));
    const post = await context.newPage();
    const postProblems = watchProblems(post);
    await post.goto(`${blog.origin}/tiles.html`);
    expect(await settleWidgets(post)).toEqual([]);
    expect(await elementState(post, "main pa-tilemap")).toEqual(preview);
    expect(postProblems).toEqual([]);
    await context.close();
  });

  it("should offer province-only kinds only for datasets of the provinces", async () => {
    const page = await browser.newPage();
    await page.goto(`${apiBase}/en/gallery/#builder`);
    await page.waitForSelector("#embed-builder[data-ready]");
    await page.selectOption("#b-dataset", "internet-users");
    const disabled = () => page.locator("#b-kind option:disabled").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(await disabled()).toEqual(expect.arrayContaining(["ranking", "tilemap", "share-group"]));
    await page.selectOption("#b-dataset", "province-gdp");
    expect(await disabled()).toEqual([]);
    await page.close();
  });

  it("should keep units to two and put the caption in the snippet (issue #11: % and 百万人 on one unlabelled axis; no caption field)", async () => {
    const page = await browser.newPage();
    await page.goto(`${apiBase}/gallery/#builder`);
    await page.waitForSelector("#embed-builder[data-ready]");
    await page.selectOption("#b-dataset", "national-household-income");
    await page.selectOption("#b-kind", "chart");
    const boxes = page.locator('#b-measures input[type="checkbox"]');
    for (const value of await boxes.evaluateAll((bs) =>
      bs.filter((b) => (b as HTMLInputElement).checked).map((b) => (b as HTMLInputElement).value),
    ))
      await page.uncheck(`#b-measures input[value="${value}"]`);
    await page.check('#b-measures input[value="disposable_income_mean_all"]');
    await page.check('#b-measures input[value="disposable_income_real_growth_pct_all"]');
    // Two units chosen: measures of a third unit cannot be added, and the note says why.
    expect(await page.locator('#b-measures input[value="gini_disposable_income"]').isDisabled()).toBe(true);
    expect(await page.locator('#b-measures input[value="disposable_income_mean_urban"]').isDisabled()).toBe(false);
    expect(await page.locator("#b-units").textContent()).toMatch(/两种单位.*最多两种单位/);
    await page.fill("#b-caption", "居民收入与增速");
    await expect.poll(() => page.locator("#b-snippet").textContent()).toContain('caption="居民收入与增速"');
    await page.close();
  });

  it("should embed an indicator with its static fallback (the charts Worker's figure, links to its page and result)", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: apiBase });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${apiBase}/en/gallery/?kind=indicator&indicator=theil-t#builder`);
    await page.waitForSelector("#embed-builder[data-ready]");
    expect(await page.locator("#b-kind").inputValue()).toBe("indicator");
    expect(await page.locator("#b-indicator").inputValue()).toBe("theil-t");
    for (const field of ["#b-dataset-field", "#b-version-field", "#b-measures", "#b-regions", "#b-period"])
      expect(await page.locator(field).isHidden(), field).toBe(true);
    expect(await settleWidgets(page)).toEqual([]);
    const preview = await elementState(page, "#b-preview pa-indicator");
    // Once the preview has drawn, the fallback's alt is its figure's summary.
    const summary = await page.evaluate(
      () => (document.querySelector("#b-preview pa-indicator") as HTMLElement & { figure?: { summary: string } }).figure?.summary ?? "",
    );
    expect(summary.length).toBeGreaterThan(20);
    const escaped = summary.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
    await expect.poll(() => page.locator("#b-snippet").textContent()).toContain(`alt="${escaped}"`);
    await expect.poll(() => page.locator("#b-snippet").textContent()).toMatch(/ width="\d+" height="\d+">/);
    await page.click("#b-copy");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /<pa-indicator indicator="theil-t" params="[^"]+" lang="en">\n {2}<img src="[^"]+\/v1\/charts\/indicator\.svg\?indicator=theil-t&amp;params=[^"]+" alt="[^"]+" width="\d+" height="\d+"><a href="[^"]+\/en\/indicators\/theil-t\/">Indicator page<\/a> · <a href="[^"]+\/v1\/indicators\/theil-t\?[^"]+">Results \(JSON\)<\/a>\n<\/pa-indicator>$/,
    );
    // The fallback's image is a figure the charts Worker draws.
    const img = (/<img src="([^"]+)"/.exec(copied)?.[1] ?? "").replace(/&amp;/g, "&");
    const svg = await fetch(img);
    expect(svg.status).toBe(200);
    expect(await svg.text()).toContain('<desc id="d">');
    expect(problems).toEqual([]);

    blog.put("/indicator.html", blankPage(copied));
    const post = await context.newPage();
    const postProblems = watchProblems(post);
    await post.goto(`${blog.origin}/indicator.html`);
    expect(await settleWidgets(post)).toEqual([]);
    expect(await elementState(post, "main pa-indicator")).toEqual(preview);
    expect(postProblems).toEqual([]);
    await context.close();
  });

  it("should size the fallback image as its SVG, so that it keeps its place while it loads (it had no width or height)", async () => {
    const page = await browser.newPage();
    await page.goto(`${apiBase}/en/gallery/?dataset=province-gdp@1.0.0&kind=ranking#builder`);
    await page.waitForSelector("#embed-builder[data-ready]");
    await expect.poll(() => page.locator("#b-snippet").textContent()).toMatch(/<img [^>]* width="\d+" height="\d+">/);
    const snippet = (await page.locator("#b-snippet").textContent()) ?? "";
    const img = /<img src="([^"]+)"[^>]* width="(\d+)" height="(\d+)">/.exec(snippet);
    const svg = await (await fetch((img?.[1] ?? "").replace(/&amp;/g, "&"))).text();
    const viewBox = /^<svg [^>]*viewBox="0 0 (\d+) (\d+)"/.exec(svg);
    expect(viewBox).not.toBeNull();
    expect([img?.[2], img?.[3]]).toEqual([viewBox?.[1], viewBox?.[2]]);
    await page.close();

    // Pasted where the element cannot upgrade (no script) and before the image arrives, the image's box is already its size.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const post = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await post.route("**/v1/charts/**", async (route) => {
      await held;
      await route.continue();
    });
    blog.put("/sized.html", blankPage(snippet.replace(/<script[^>]*><\/script>/, "")));
    await post.goto(`${blog.origin}/sized.html`, { waitUntil: "domcontentloaded" });
    const box = () => post.locator("main img").evaluate((i) => [(i as HTMLImageElement).complete, i.getBoundingClientRect().height]);
    const [loadedBefore, before] = await box();
    expect(loadedBefore).toBe(false);
    release();
    // (Polled from here: the page runs no script.)
    await expect.poll(async () => (await box())[0]).toBe(true);
    expect((await box())[1]).toBe(before);
    expect(before).toBe(Number(img?.[3]));
    await context.close();
  });

  it("should give a static fallback to every element of the table the charts Worker draws, <pa-indicator> included", async () => {
    const { drawn } = (await (await fetch(`${apiBase}/gallery/builder.json`)).json()) as { drawn: string[] };
    const cem: unknown = await (await fetch(`${apiBase}/widgets/custom-elements.json`)).json();
    // Every element has a server-rendered figure (issue 12); before, the builder's hand-written set left out <pa-indicator>.
    expect(drawn).toEqual(elementTags(cem));
    expect(drawn).toContain("pa-indicator");
  });

  it("should not run a snippet whose script does not match its integrity hash", async () => {
    const response = await fetch(`${apiBase}/gallery/builder.json`);
    const { script } = (await response.json()) as { script: { path: string; integrity: string } };
    const tampered = `sha384-${"A".repeat(64)}`;
    blog.put(
      "/tampered.html",
      blankPage(
        `<script async src="${apiBase}${script.path}" integrity="${tampered}" crossorigin="anonymous"></script><pa-chart dataset="internet-users@1.0.0"></pa-chart>`,
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
