/**
 * axe-core on every kind of page, in Chinese and English, in light and dark mode, after the live widgets have
 * drawn (their shadow roots are checked too). Zero violations is the bar.
 */
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "./support/axe";
import { launchBrowser, settleWidgets, watchProblems } from "./support/browser";
import { fetchCatalog } from "./support/catalog";

const apiBase = inject("apiBase");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const datasets = await fetchCatalog(apiBase);
const registry = await fetch(`${apiBase}/v1/indicators`);
const indicator = registry.ok ? ((await registry.json()) as { indicators: { id: string }[] }).indicators[0] : undefined;
const observations = datasets.find((d) => d.kind === "observations");
const reference = datasets.find((d) => d.kind === "reference");

const KINDS: [string, string][] = [
  ["home", "/"],
  ["catalog", "/datasets/"],
  ...(observations ? [["dataset with a chart", `/datasets/${observations.id}/`] as [string, string]] : []),
  ...(reference ? [["reference table", `/datasets/${reference.id}/`] as [string, string]] : []),
  ["gallery and builder", "/gallery/"],
  ["indicator registry", "/indicators/"],
  ...(indicator ? [["indicator with a worked example", `/indicators/${indicator.id}/`] as [string, string]] : []),
  ["accessibility statement", "/accessibility/"],
];

describe.each([
  ["zh", "", "light"],
  ["en", "/en", "dark"],
] as const)("pages in %s (%s%s, %s mode)", (_lang, prefix, scheme) => {
  it.each(KINDS)("should have no axe violations on the %s page", async (_kind, path) => {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const response = await page.goto(`${apiBase}${prefix}${path}`);
    expect(response?.status()).toBe(200);
    expect(await settleWidgets(page)).toEqual([]);
    if (path === "/gallery/") await page.waitForSelector("#embed-builder[data-ready]");
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
