/**
 * The accessibility statement (zh/en): it states conformance to GB/T 37668-2019 and WCAG 2.1 AA, says how each
 * claim is tested by naming test files that exist, and every page's footer links to it. (Its axe check is in
 * test/site/a11y.test.ts.)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { html } from "../../scripts/build/site/html";
import { page } from "../../scripts/build/site/layout";
import { ACCESSIBILITY_PATH, accessibilityPage } from "../../scripts/build/site/pages/accessibility";
import { ROOT } from "../../scripts/lib/paths";

describe.each(["zh", "en"] as const)("the accessibility statement in %s", (lang) => {
  const text = accessibilityPage(lang);

  it("should state conformance to GB/T 37668-2019 and WCAG 2.1 AA", () => {
    expect(text).toContain("GB/T 37668-2019");
    expect(text).toMatch(/WCAG 2\.1 (AA|level AA)|WCAG 2\.1 AA 级/);
    expect(text).toContain(`<html lang="${lang === "zh" ? "zh-Hans" : "en"}">`);
  });

  it("should name, for how it is tested, test files that exist", () => {
    const named = [...text.matchAll(/test\/[\w/.-]+\.test\.ts/g)].map((m) => m[0]);
    expect(named.length).toBeGreaterThanOrEqual(7);
    for (const file of named) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });

  it("should be linked from the footer of every page", () => {
    const any = page({ lang, path: "/", title: "x", description: "x", body: html`<p>x</p>` });
    const footer = any.slice(any.indexOf('<footer class="site-footer">'));
    expect(footer).toContain(`href="${lang === "zh" ? "" : "/en"}${ACCESSIBILITY_PATH}"`);
  });
});
