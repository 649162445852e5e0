/**
 * Old Chromium cores (72, 78, 87, 92 — the kernels of 360, QQ and 信创 browsers on government desktops): the
 * gallery's published snippets, pasted into a page on a second origin under a strict CSP, render interactively
 * there — every element defined, its title, summary and table shown, charts painted — and nothing throws.
 * Real builds from registry packages (test/site/support/old-chromium.ts), driven by `--dump-dom`; the page's probe
 * writes what each element shows into the light DOM. Before the loader, the snippet's module script failed to
 * parse on all four (`?.`/`??` below 80, class static blocks below 94) and left blank boxes.
 */
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chartTags, elementTags } from "../support/custom-elements";
import { launchBrowser, watchProblems } from "./support/browser";
import { dumpDomUntil, OLD_CORES } from "./support/old-chromium";
import { type OldCoreHost, startOldCoreHost } from "./support/old-core-host";

const apiBase = inject("apiBase");
let host: OldCoreHost;
let browser: Browser | undefined;
/** Every element, and those drawn with Chart.js, as the deployment's custom-elements.json says (from the element table). */
let tags: string[] = [];
let charts: string[] = [];

/** What the probe saw of one element. */
interface Probe {
  defined: boolean;
  title: string;
  summary: string;
  alert: string;
  rows: number;
  painted: number;
  events: string[];
}

const decode = (text: string) =>
  text.replace(/&(quot|amp|lt|gt|#39);/g, (_, e: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", "#39": "'" })[e] ?? "");

/** The snippets the gallery publishes (what a blogger copies), with the deployment's origin filled in. */
async function gallerySnippets(): Promise<string[]> {
  const page = await (await fetch(`${apiBase}/en/gallery/`)).text();
  return [...page.matchAll(/<pre class="snippet"><code>([\s\S]*?)<\/code><\/pre>/g)]
    .map((m) => decode((m[1] ?? "").replace(/<[^>]+>/g, "")).replaceAll("https://HOST", apiBase))
    .filter((s) => /<pa-[a-z]+[\s>]/.test(s));
}

/** The first snippet of each element kind. */
function onePerKind(snippets: string[]): string[] {
  const seen = new Set<string>();
  return snippets.filter((s) => {
    const tag = /<(pa-[a-z]+)/.exec(s)?.[1] ?? "";
    if (seen.has(tag)) return false;
    seen.add(tag);
    return true;
  });
}

/** The page: the probe, then each snippet with a marked fallback paragraph inside its element (before the snippet's own fallback, if any). */
function blogPage(snippets: string[]): string {
  const withFallback = snippets.map((s, i) =>
    s.replace(
      /(<pa-[a-z]+)([^>]*)>([\s\S]*?)<\/pa-[a-z]+>/,
      (_m, open: string, attrs: string, inner: string) =>
        `${open} id="e${i}"${attrs}><p class="fallback">figure ${i}</p>${inner}${`</${open.slice(1)}>`}`,
    ),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title><script src="/probe.js"></script></head><body><main><h1>A post</h1>${withFallback.join("\n")}</main></body></html>`;
}

function parse(dom: string): { elements: Record<string, Probe & { tag: string }>; errors: string[] } {
  const elements: Record<string, Probe & { tag: string }> = {};
  for (const m of dom.matchAll(/<(pa-[a-z]+) id="(e\d+)"[^>]*?data-probe="([^"]*)"/g))
    elements[m[2] ?? ""] = { tag: m[1] ?? "", ...(JSON.parse(decode(m[3] ?? "")) as Probe) };
  const errors = /<pre id="probe-errors">([\s\S]*?)<\/pre>/.exec(dom)?.[1];
  return { elements, errors: errors === undefined ? ["the probe wrote no report"] : (JSON.parse(decode(errors)) as string[]) };
}

beforeAll(async () => {
  const cem: unknown = await (await fetch(`${apiBase}/widgets/custom-elements.json`)).json();
  tags = elementTags(cem);
  charts = chartTags(cem);
  expect(charts).toContain("pa-chart");
  host = await startOldCoreHost(apiBase);
  const snippets = onePerKind(await gallerySnippets());
  expect(snippets.length).toBe(tags.length);
  host.put("/post.html", blogPage(snippets));
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe.each(OLD_CORES)("Chromium %i", (core) => {
  it("should render the gallery's snippets interactively on a second origin, with nothing thrown", async () => {
    const dom = await dumpDomUntil(core, `${host.origin}/post.html`, "data-probe-settled");
    const { elements, errors } = parse(dom);
    expect(errors).toEqual([]);
    const probes = Object.values(elements);
    expect(probes.length).toBeGreaterThanOrEqual(tags.length);
    for (const p of probes) {
      const what = `${p.tag} on Chromium ${core}: ${JSON.stringify(p)}`;
      expect(p.defined, what).toBe(true);
      expect(p.alert, what).toBe("");
      expect(p.title, what).not.toBe("");
      expect(p.summary, what).not.toBe("");
      expect(p.rows, what).toBeGreaterThan(0);
      if (charts.includes(p.tag)) {
        expect(p.events, what).toContain("pa-draw");
        expect(p.painted, what).toBeGreaterThan(1000);
      }
    }
    expect(dom).toContain("data-probe-settled");
    // A software-rendered old core on a busy 2-core machine: up to three loads of a seven-element page.
  }, 300_000);
});

describe("the site's home page on the oldest core", () => {
  it("should draw every chart of the home page on Chromium 72 (measured before the loader: 0 of them)", async () => {
    // The page's own markup, moved to the host origin: its absolute paths point back at the site. The site's
    // page script is left out (a module script from another origin needs CORS, which /js/ does not send).
    const home = (await (await fetch(`${apiBase}/`)).text())
      .replace(/<script type="module" src="\/js\/[^"]+"><\/script>\n?/g, "")
      .replace(/(src|href)="\//g, `$1="${apiBase}/`)
      .replace("<head>", '<head><script src="/probe.js"></script>');
    host.put("/home.html", home);
    const dom = await dumpDomUntil(72, `${host.origin}/home.html`, "data-probe-settled");
    const { errors } = parse(dom);
    expect(errors).toEqual([]);
    // One chart per theme: lines, the industries' shares (pa-share) and the provinces' convergence (pa-indicator).
    const drawn = [...dom.matchAll(/<(pa-[a-z]+)[^>]*data-probe="([^"]*)"/g)]
      .filter((m) => charts.includes(m[1] ?? ""))
      .map((m) => JSON.parse(decode(m[2] ?? "")) as Probe);
    expect(drawn.length).toBeGreaterThanOrEqual(7);
    for (const p of drawn) {
      expect(p.title, JSON.stringify(p)).not.toBe("");
      expect(p.painted, JSON.stringify(p)).toBeGreaterThan(1000);
    }
  }, 300_000);
});

describe("the loader's other paths, in current Chromium", () => {
  it("should run the legacy build when told to (data-build), drawing the same elements", async () => {
    browser ??= await launchBrowser();
    const snippets = (await gallerySnippets()).map((s) => s.replace("<script async ", '<script async data-build="legacy" '));
    host.put("/forced-legacy.html", blogPage(snippets));
    // Tall enough for every element to be near the viewport: charts load Chart.js only when they come close.
    const page = await browser.newPage({ viewport: { width: 1000, height: 4000 } });
    const problems = watchProblems(page);
    const legacy = page.waitForRequest((r) => r.url().includes("/legacy/pa.js"));
    await page.goto(`${host.origin}/forced-legacy.html`);
    await legacy;
    // The probe marks the page once every element has settled; "every [data-probe] settled" alone holds
    // vacuously before the probe's first snapshot.
    await page.waitForFunction(() => document.documentElement.hasAttribute("data-probe-settled"), undefined, { timeout: 30_000 });
    const { elements, errors } = parse(await page.content());
    expect(errors).toEqual([]);
    for (const p of Object.values(elements)) expect(p.title, JSON.stringify(p)).not.toBe("");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("should leave the fallback content visible, load nothing and throw nothing where neither build can run", async () => {
    browser ??= await launchBrowser();
    host.put("/too-old.html", blogPage(await gallerySnippets()));
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    // What the loader checks, taken away: a browser older than Chrome 70 (no Symbol#description, no modules).
    await page.addInitScript(() => {
      delete (Symbol.prototype as { description?: unknown }).description;
      delete (HTMLScriptElement.prototype as { noModule?: unknown }).noModule;
      delete (String.prototype as { isWellFormed?: unknown }).isWellFormed;
    });
    // The load event waits for the async loader script to have run.
    await page.goto(`${host.origin}/too-old.html`, { waitUntil: "load" });
    await page.waitForSelector("#probe-errors", { state: "attached" });
    expect(await page.locator('script[type="module"]').count()).toBe(0);
    expect(requested.filter((u) => /\/(pa|v1)\.js/.test(u))).toEqual([]);
    const fallbacks = page.locator("p.fallback");
    expect(await fallbacks.count()).toBeGreaterThanOrEqual(tags.length);
    for (const fallback of await fallbacks.all()) expect(await fallback.isVisible()).toBe(true);
    const { errors } = parse(await page.content());
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
