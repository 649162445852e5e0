/**
 * Indicator pages, when the API has indicators: each page's formula is MathML with no style attribute (strict
 * CSP), and the worked example the build computed in-process shows the same inputs and values that the live
 * API, running in workerd, answers for the same query.
 */
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

const apiBase = inject("apiBase");
const registry = await fetch(`${apiBase}/v1/indicators`);
const indicators = registry.ok ? ((await registry.json()) as { indicators: { id: string; example: string }[] }).indicators : [];
let browser: Browser;

/** How the page writes a number: integers grouped, others to six significant digits. */
const shownNumber = (value: number | undefined) =>
  value === undefined
    ? "—"
    : Number.isInteger(value)
      ? value.toLocaleString("en")
      : new Intl.NumberFormat("en", { maximumSignificantDigits: 6 }).format(value);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(indicators.length === 0)("indicator pages", () => {
  it("should list every indicator of the registry", async () => {
    const html = await (await fetch(`${apiBase}/en/indicators/`)).text();
    for (const i of indicators) expect(html).toContain(`href="/en/indicators/${i.id}/"`);
  });

  it("should caption each result table with its unit without nesting brackets in brackets", async () => {
    for (const { id } of indicators) {
      for (const prefix of ["", "/en"]) {
        const html = await (await fetch(`${apiBase}${prefix}/indicators/${id}/`)).text();
        const caption = /<caption id="results-t">([^<]*)<\/caption>/.exec(html)?.[1] ?? "";
        expect(caption, `${prefix}/indicators/${id}/`).not.toBe("");
        // "Theil T index (GE(1)) (index (≥ 0; …))" was the defect: a unit with brackets inside the unit's brackets.
        expect(caption, `${prefix}/indicators/${id}/`).not.toMatch(/\)\)$|））$|\)）$/);
      }
    }
  });

  it("should show each formula's remarks in the page's language, and no English sentence on zh pages", async () => {
    const all = (await (await fetch(`${apiBase}/v1/indicators`)).json()) as {
      indicators: { id: string; method: { formula: string; where?: { zh: string; en: string } } }[];
    };
    for (const { id, method } of all.indicators) {
      for (const lang of ["zh", "en"] as const) {
        const path = `${lang === "zh" ? "" : "/en"}/indicators/${id}/`;
        const html = await (await fetch(`${apiBase}${path}`)).text();
        const where = /<p class="formula-where">([^<]*)<\/p>/.exec(html)?.[1];
        const escaped = method.where?.[lang].replace(
          /[&<>"']/g,
          (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`,
        );
        expect(where, path).toBe(escaped);
        // The formula, its MathML and its remarks (the reference after them is a citation, in its own language).
        const formula = /<section aria-labelledby="formula-h">[\s\S]*?(?=<p><strong>)/.exec(html)?.[0] ?? "";
        expect(formula, path).toContain(lang === "zh" ? "纯文本公式" : "Formula as plain text");
        if (lang === "zh") expect(formula.replace(/<[^>]*>/g, " "), path).not.toMatch(/\b(when|with|between|share|months)\b/);
      }
    }
  });

  it.each(indicators.map((i) => [i.id, i] as const))("%s should show the API's own worked example", async (id, info) => {
    const live = (await (await fetch(`${apiBase}/v1/indicators/${id}?${info.example}&explain=1`)).json()) as {
      inputs: { dataset: string; version: string; hash: string }[];
      results: { value: number }[];
    };
    const page = await browser.newPage({ javaScriptEnabled: false });
    const response = await page.goto(`${apiBase}/en/indicators/${id}/`);
    expect(response?.status()).toBe(200);
    const math = page.locator("math[display=block]");
    expect(await math.count()).toBe(1);
    expect(await math.getAttribute("aria-label")).toBeTruthy();
    expect(await page.locator("math [style], math[style]").count()).toBe(0);
    const hashes = await page.locator("table:has(#inputs-t) code.hash").allTextContents();
    expect(hashes).toEqual(live.inputs.map((i) => i.hash));
    const results = page.locator("table:has(#results-t) tbody tr");
    expect(await results.count()).toBe(Math.min(live.results.length, 40));
    const header = await page.locator("table:has(#results-t) thead th").allTextContents();
    const valueColumn = header.indexOf("value");
    const shown = await results.first().locator("th, td").nth(valueColumn).textContent();
    expect(shown).toBe(shownNumber(live.results[0]?.value));
    await page.close();
  });
});

const viewList = registry.ok ? ((await (await fetch(`${apiBase}/v1/indicators/views`)).json()) as { views: { id: string }[] }).views : [];

describe.skipIf(viewList.length === 0)("named view pages", () => {
  it("should link every view from the registry page", async () => {
    const html = await (await fetch(`${apiBase}/en/indicators/`)).text();
    for (const v of viewList) expect(html).toContain(`href="/en/indicators/views/${v.id}/"`);
  });

  it.each(
    ["rd-intensity-theil", "software-revenue-per-capita-gini", "software-concentration-hhi", "software-revenue-growth"].map((id) => [id]),
  )("%s should draw its chart from the view's results", async (id) => {
    const live = (await (await fetch(`${apiBase}/v1/indicators/views/${id}`)).json()) as { results: { value: number }[] };
    const page = await browser.newPage();
    const response = await page.goto(`${apiBase}/en/indicators/views/${id}/`);
    expect(response?.status()).toBe(200);
    const charts = page.locator("pa-indicator");
    // A view with a line per province (growth: 30) is drawn as one chart per NBS region.
    expect(await charts.count()).toBe(id === "software-revenue-growth" ? 4 : 1);
    await page.waitForFunction(
      () => [...document.querySelectorAll("pa-indicator")].every((el) => el.shadowRoot?.querySelector("canvas")),
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.locator("pa-indicator [role=alert], pa-indicator >> [role=alert]").count()).toBe(0);
    const rows = page.locator("table:has(#results-t) tbody tr");
    expect(await rows.count()).toBe(Math.min(live.results.length, 40));
    await page.close();
  });
});
