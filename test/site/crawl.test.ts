/**
 * A crawl from `/` through every internal link: each page answers 200 with HTML, each internal non-page link
 * (downloads, API) answers 200 — except that the API reference may link its documented error examples, which
 * must answer with their problem+json (4xx), never 5xx — each `#fragment` names an element of its page, and no page sends a request to
 * any host but the site's own — nor logs an error (CSP refusals are console errors).
 */
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, settleWidgets, watchProblems } from "./support/browser";

const apiBase = inject("apiBase");
const origin = new URL(apiBase).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * `npm test` samples one page per kind (a dataset page, an indicator page… in each language); `npm run crawl`
 * (PA_FULL_CRAWL=1) visits every page.
 */
const FULL = process.env.PA_FULL_CRAWL === "1";

/** A page's kind: its path with the item segment generalised (`/en/datasets/province-gdp/` → `/en/datasets/*​/`). */
function pageKind(path: string): string {
  const segments = path.split("/").filter(Boolean);
  const base = segments[0] === "en" ? 1 : 0;
  if (segments.length - base >= 2) segments[segments.length - 1] = "*";
  return `/${segments.join("/")}${path.endsWith("/") ? "/" : ""}`;
}

/** Pages are paths the site generates (no API, no files with an extension). */
// `/oembed` is an API endpoint beside /v1 (the API reference links it), not a page.
const isPage = (url: URL) => !url.pathname.startsWith("/v1") && url.pathname !== "/oembed" && !/\.[a-z0-9]+$/i.test(url.pathname);

describe("a crawl from /", () => {
  it("should find no broken internal link and no request to a third-party host", { timeout: 600_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    const foreign: string[] = [];
    // A static file the page loads must be served at the URL the page names: a redirect is a round trip per
    // resource (the dataset figures' `@` was answered with a 307 to `%40`). The API's own redirects are not files.
    const redirected: string[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      const status = response.status();
      if (
        url.origin === origin &&
        [301, 302, 303, 307, 308].includes(status) &&
        !url.pathname.startsWith("/v1") &&
        response.request().resourceType() !== "document"
      )
        redirected.push(`${page.url()} → ${url.pathname} ${status}`);
    });
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol !== "data:" && url.origin !== origin) foreign.push(`${page.url()} → ${request.url()}`);
    });
    const queue = ["/"];
    const seen = new Set(queue);
    const fragments: { from: string; page: string; id: string }[] = [];
    const ids = new Map<string, Set<string>>();
    const others = new Map<string, Set<string>>();
    const broken: string[] = [];
    const kinds = new Set(queue.map(pageKind));
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await page.goto(`${origin}${path}`);
      if (response?.status() !== 200 || !response.headers()["content-type"]?.includes("text/html")) {
        broken.push(`${path}: ${response?.status()} ${response?.headers()["content-type"]}`);
        continue;
      }
      const widgetErrors = await settleWidgets(page);
      broken.push(...widgetErrors.map((e) => `${path}: widget error ${e}`));
      ids.set(path, new Set(await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id))));
      const links = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href));
      for (const link of links) {
        const url = new URL(link);
        if (url.origin !== origin) continue;
        if (url.hash) fragments.push({ from: path, page: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
        if (isPage(url)) {
          if (!seen.has(url.pathname) && (FULL || !kinds.has(pageKind(url.pathname)))) {
            kinds.add(pageKind(url.pathname));
            seen.add(url.pathname);
            queue.push(url.pathname);
          }
        } else {
          const target = `${url.pathname}${url.search}`;
          others.set(target, (others.get(target) ?? new Set()).add(path));
        }
      }
    }
    for (const [target, from] of others) {
      const response = await fetch(`${origin}${target}`);
      await response.arrayBuffer();
      const onlyFromDocs = [...from].every((p) => p.startsWith("/docs"));
      const documentedError =
        onlyFromDocs &&
        response.status >= 400 &&
        response.status < 500 &&
        response.headers.get("content-type")?.startsWith("application/problem+json");
      if (response.status !== 200 && !documentedError) broken.push(`${target} (linked from ${[...from].join(", ")}): ${response.status}`);
    }
    for (const f of fragments) {
      const known = ids.get(f.page);
      if (known && !known.has(f.id)) broken.push(`${f.from} links to ${f.page}#${f.id}, which has no such id`);
    }
    await context.close();
    expect(seen.size).toBeGreaterThan(8);
    expect(broken).toEqual([]);
    expect(foreign).toEqual([]);
    expect(redirected).toEqual([]);
    expect(problems).toEqual([]);
  });
});
