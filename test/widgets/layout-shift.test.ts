/**
 * While loading, each element reserves the height it will have once drawn, so the host's text below does not
 * jump: the cumulative layout shift (CLS, as Chromium measures it for Core Web Vitals) of a host page with text
 * under one element of each kind stays below 0.05 — "good" is 0.1.
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { cleanup, mount, once, THEIL } from "./helpers/dom";

const api = inject("apiBase");

afterEach(cleanup);

const kinds: [keyof HTMLElementTagNameMap, Record<string, string>][] = [
  ["pa-chart", { dataset: "national-gini@1.1.0" }],
  ["pa-chart", { dataset: "world-internet-use@1.0.0", region: "WLD,HIC,LMY,CHN,USA" }],
  ["pa-ranking", { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024" }],
  ["pa-share", { dataset: "platform-market-shares@1.0.0", measure: "mobile_payment_share_pct" }],
  ["pa-tilemap", { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024" }],
  ["pa-stat", { dataset: "national-gdp@1.0.0", measure: "gdp" }],
  ["pa-table", { dataset: "province-gdp@1.0.0", group: "northeast", period: "2022..2024" }],
  ["pa-indicator", THEIL],
];

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

/** Mounts `tag` at the top of a host page with paragraphs under it; the CLS from mounting until drawn. */
async function shiftOf(tag: keyof HTMLElementTagNameMap, attributes: Record<string, string>, lang: string, width: number) {
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
  const drawn = tag === "pa-stat" || tag === "pa-table" || tag === "pa-tilemap" ? undefined : once(element, "pa-draw");
  await once(element, "pa-load");
  await drawn;
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
