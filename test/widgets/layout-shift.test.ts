/**
 * While loading, each element reserves the height it will have once drawn, so the host's text below does not
 * jump: the cumulative layout shift (CLS, as Chromium measures it for Core Web Vitals) of a host page with text
 * under one element of each kind stays below 0.05 — "good" is 0.1.
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { cleanup, mount, once } from "./helpers/dom";
import { CHART_TAGS } from "./helpers/elements";
import { KINDS } from "./helpers/kinds";

const api = inject("apiBase");

afterEach(cleanup);

/** One element of every kind (the element table's), and a chart with a five-line legend. */
const kinds: [keyof HTMLElementTagNameMap, Record<string, string>][] = [
  ...KINDS.map((k): [keyof HTMLElementTagNameMap, Record<string, string>] => [k.tag, k.attrs]),
  ["pa-chart", { dataset: "world-internet-use@1.0.0", region: "WLD,HIC,LMY,CHN,USA" }],
];

/**
 * Misconfigured elements: every kind with a dataset (or indicator) the API does not have, an attribute the element
 * refuses, a measure the dataset does not have. The message keeps the reserved place (measured before: the box
 * shrank from 293–997 px to a 138–146 px strip, CLS up to 0.16).
 */
const misconfigured: [keyof HTMLElementTagNameMap, Record<string, string>][] = [
  ...KINDS.map((k): [keyof HTMLElementTagNameMap, Record<string, string>] => [
    k.tag,
    "indicator" in k.attrs ? { indicator: "no-such-indicator", params: "" } : { ...k.attrs, dataset: "no-such-dataset@1.0.0" },
  ]),
  ["pa-chart", { dataset: "internet-users@1.0.0", measure: "penetration_pct", kind: "pie" }],
  ["pa-ranking", { dataset: "province-gdp@1.0.0", measure: "no_such_measure", period: "2024" }],
];

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

/** Mounts `tag` at the top of a host page with paragraphs under it; the CLS from mounting until drawn. */
async function shiftOf(
  tag: keyof HTMLElementTagNameMap,
  attributes: Record<string, string>,
  lang: string,
  width: number,
  outcome: "drawn" | "error" = "drawn",
) {
  const page = document.createElement("article");
  document.body.append(page);
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) shifts.push(entry.value);
  });
  observer.observe({ type: "layout-shift" });
  const element = mount(tag, { api, lang, ...attributes }, { parent: page, width });
  for (let i = 0; i < 3; i++) {
    const p = document.createElement("p");
    p.textContent = "The host's own text continues under the figure, line after line, as a blog post would. ".repeat(3);
    page.append(p);
  }
  // Lit renders the loading state in a microtask, before the first frame the reader could see.
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const loading = element.getBoundingClientRect().height;
  if (outcome === "error") await once(element, "pa-error");
  else {
    const drawn = CHART_TAGS.includes(tag) ? once(element, "pa-draw") : undefined;
    await once(element, "pa-load");
    await drawn;
  }
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await frames(3);
  for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
    if (!entry.hadRecentInput) shifts.push(entry.value);
  observer.disconnect();
  const final = element.getBoundingClientRect().height;
  page.remove();
  return { cls: shifts.reduce((a, b) => a + b, 0), loading, final };
}

describe("height reserved while loading", () => {
  for (const [tag, attributes] of kinds)
    for (const [lang, width] of [
      ["zh", 640],
      ["en", 360],
    ] as const)
      it(`should keep the host's text in place around <${tag}> ${attributes.dataset ?? attributes.indicator} (${lang}, ${width} px)`, async () => {
        const { cls, loading, final } = await shiftOf(tag, attributes, lang, width);
        expect(cls, `loading ${loading.toFixed(0)} px, drawn ${final.toFixed(0)} px`).toBeLessThan(0.05);
      });
});

describe("a misconfigured element keeps its place", () => {
  for (const [tag, attributes] of misconfigured)
    for (const [lang, width] of [
      ["zh", 640],
      ["en", 360],
    ] as const)
      it(`should keep the host's text in place when <${tag} ${Object.entries(attributes)
        .map(([k, v]) => `${k}="${v}"`)
        .join(" ")}> fails (${lang}, ${width} px)`, async () => {
        const { cls, loading, final } = await shiftOf(tag, attributes, lang, width, "error");
        expect(cls, `loading ${loading.toFixed(0)} px, message ${final.toFixed(0)} px`).toBeLessThan(0.05);
        // The message box holds the place of the figure (not a 120 px strip).
        expect(final).toBeGreaterThan(240);
      });
});

describe("a failing element with fallback content", () => {
  it("should show its fallback under a compact message, not a reserved empty box as well", async () => {
    const element = mount("pa-chart", { api, dataset: "no-such-dataset@1.0.0", lang: "en" });
    const fallback = document.createElement("p");
    fallback.style.height = "300px";
    fallback.textContent = "The static figure and its links.";
    element.append(fallback);
    await once(element, "pa-error");
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const message = element.shadowRoot?.querySelector('[role="alert"]')?.getBoundingClientRect().height ?? 0;
    expect(message).toBeGreaterThan(0);
    expect(message).toBeLessThan(200);
    expect(fallback.getBoundingClientRect().height).toBe(300);
  });
});
