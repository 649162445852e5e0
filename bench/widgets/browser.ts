/**
 * @module Headless Chromium from @sparticuz/chromium driven by playwright-core (as the widget tests do), and one
 * cold page load: a fresh browser context (empty cache), navigation, wait for the painted chart.
 */
import chromium from "@sparticuz/chromium";
import { type Browser, chromium as playwright } from "playwright-core";

/** Launches the same headless Chromium the browser tests use. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.PA_CHROMIUM ?? (await chromium.executablePath());
  // --single-process (a Lambda-ism in chromium.args) kills the browser when a context closes; cold loads need
  // a fresh context each, so the renderer runs as its own process, as in a desktop browser.
  const args = chromium.args.filter((a) => a !== "--single-process");
  return playwright.launch({ executablePath, args: [...args, "--disable-background-networking", "--no-first-run"] });
}

/** What one cold load measured. */
export interface LoadSample {
  /** ms from navigation start to the painted chart. */
  paintedMs: number;
  /** Compressed body bytes of every response that finished before the paint (document included). */
  bytes: number;
  requests: number;
}

/** Loads `url` in a new context and waits (≤ 30 s) for the page's `__paintedAt`. */
export async function coldLoad(browser: Browser, url: string): Promise<LoadSample> {
  // Reduced motion: our element then draws without animation, as every peer page is configured to.
  const context = await browser.newContext({ reducedMotion: "reduce", viewport: { width: 800, height: 600 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // Resource Timing reports 0 bytes for module scripts in this Chromium build: count compressed body bytes from
    // the DevTools protocol (Playwright's request sizes) with the wall-clock time each response finished.
    const finished: Promise<{ at: number; bytes: number }>[] = [];
    page.on("requestfinished", (request) => {
      const at = Date.now();
      finished.push(request.sizes().then((sizes) => ({ at, bytes: sizes.responseBodySize })));
    });
    await page.goto(url, { waitUntil: "commit" });
    try {
      await page.waitForFunction(() => (globalThis as { __paintedAt?: number }).__paintedAt !== undefined, null, { timeout: 30_000 });
    } catch (error) {
      throw new Error(`${url}: no chart painted (${errors.join("; ") || String(error)})`);
    }
    const { paintedMs, paintedEpoch } = await page.evaluate(() => {
      const painted = (globalThis as { __paintedAt?: number }).__paintedAt ?? Number.NaN;
      return { paintedMs: painted, paintedEpoch: performance.timeOrigin + painted };
    });
    const responses = (await Promise.all(finished)).filter((r) => r.at <= paintedEpoch + 1);
    return { paintedMs, bytes: responses.reduce((n, r) => n + r.bytes, 0), requests: responses.length };
  } finally {
    await context.close();
  }
}
