/**
 * @module Real Chromium for the site tests, driven by Playwright from Node (pages on several origins, request
 * logs, axe injected into the page), plus what every page check needs: console/CSP errors and widget states.
 */
import chromium from "@sparticuz/chromium";
import { type Browser, type Page, chromium as playwright } from "playwright";

/** Launches the same headless Chromium the widget tests use. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.PA_CHROMIUM ?? (await chromium.executablePath());
  // One renderer process per page is sturdier for many pages than the package's --single-process default.
  const args = chromium.args.filter((a) => a !== "--single-process");
  return playwright.launch({ executablePath, args: [...args, "--disable-background-networking", "--no-first-run"] });
}

/** Problems a page reported while loading: uncaught errors and console errors (CSP refusals among them). */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  return problems;
}

/**
 * Waits until the page's network is quiet and every widget element has left its loading state; returns the
 * error messages widgets show (a live chart that fails is a broken page).
 */
export async function settleWidgets(page: Page, timeout = 15_000): Promise<string[]> {
  await page.waitForLoadState("networkidle", { timeout }).catch(() => undefined);
  // Settled = every element shows its title (data drawn) or an alert (a failure we report).
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("*")]
        .filter((el) => el.tagName.startsWith("PA-"))
        .every((el) => el.shadowRoot?.querySelector('[part="title"], [role="alert"]')),
    undefined,
    { timeout },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll("*")]
      .filter((el) => el.tagName.startsWith("PA-"))
      .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])].map((a) => `${el.outerHTML}: ${a.textContent}`)),
  );
}
