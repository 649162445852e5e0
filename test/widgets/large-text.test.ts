/**
 * 适老化 (accessibility for older readers) and the keyboard: the large-text mode — the `font-scale` attribute or
 * `--pa-font-scale` — scales every text of every element, canvas labels included, and keeps it legible at 1.5×
 * (nothing spills out of the frame, no tile label leaves its tile); and every interactive part of every element
 * is reached with Tab and works with the keyboard alone.
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { userEvent } from "vitest/browser";
import { cleanup, mount, once, shadow, shadowAll, text, until } from "./helpers/dom";
import { CHART_TAGS } from "./helpers/elements";
import { everyKind, RICH_SHOWN } from "./helpers/kinds";

const api = inject("apiBase");

afterEach(cleanup);

const SPECS = everyKind(RICH_SHOWN);
const CHARTS = CHART_TAGS;

/** Mounts every element with `attributes`, and waits until each has loaded and each chart has drawn. */
async function everyElement(attributes: Record<string, string>, width = 600): Promise<HTMLElement[]> {
  const elements = SPECS.map(([tag, attrs]) => mount(tag, { api, ...attrs, ...attributes }, { width }));
  const drawn = elements.filter((e) => CHARTS.includes(e.localName)).map((e) => [e, once(e, "pa-draw")] as const);
  await Promise.all(elements.map((e) => once(e, "pa-load")));
  for (const [chart, done] of drawn) {
    chart.scrollIntoView();
    await done;
  }
  scrollTo(0, 0);
  return elements;
}

/** Font sizes (px) of the element's texts: caption, summary, source line, buttons, table summary, tile labels. */
function fontSizes(element: Element): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const selector of ["figcaption", ".summary", "footer .source", "footer button", "details summary", "svg.map text"]) {
    const node = shadow(element, selector);
    if (node) sizes[selector] = Number.parseFloat(getComputedStyle(node).fontSize);
  }
  return sizes;
}

/** The element focused inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe("large-text mode", () => {
  it("should scale every text of every element by font-scale=1.5, canvas labels included", async () => {
    const normal = await everyElement({ lang: "zh" });
    const base = normal.map(fontSizes);
    const ticks = normal.filter((e) => CHARTS.includes(e.localName)).map((e) => shadow(e, "canvas")?.dataset.fontSize);
    cleanup();
    const large = await everyElement({ lang: "zh", "font-scale": "1.5" });
    for (const [i, element] of large.entries()) {
      const sizes = fontSizes(element);
      expect(Object.keys(sizes).length, element.localName).toBeGreaterThanOrEqual(4);
      for (const [selector, size] of Object.entries(sizes))
        expect(size / (base[i]?.[selector] ?? 0), `${element.localName} ${selector}`).toBeCloseTo(1.5, 1);
      // Legible: at least 18 px for body text (15 px × 1.5) on a 600 px column.
      expect(sizes[".summary"], element.localName).toBeGreaterThanOrEqual(18 * 0.875);
    }
    // Chart.js draws its labels on the canvas at 12 px: at 1.5× they are 18 px.
    expect(ticks).toEqual(ticks.map(() => "12"));
    expect(large.filter((e) => CHARTS.includes(e.localName)).map((e) => shadow(e, "canvas")?.dataset.fontSize)).toEqual(
      ticks.map(() => "18"),
    );
  });

  it("should keep everything inside the frame and every tile label inside its tile at 1.5×, in a 360 px column", async () => {
    const elements = await everyElement({ lang: "zh", "font-scale": "1.5" }, 360);
    for (const element of elements) {
      const frame = shadow(element, ".frame") as HTMLElement;
      expect(frame.scrollWidth, element.localName).toBeLessThanOrEqual(frame.clientWidth + 1);
    }
    const map = elements.find((e) => e.localName === "pa-tilemap");
    const tiles = shadowAll(map as Element, "svg.map g");
    expect(tiles.length).toBe(31);
    for (const tile of tiles) {
      const rect = tile.querySelector("rect")?.getBoundingClientRect();
      for (const label of tile.querySelectorAll("text")) {
        const box = label.getBoundingClientRect();
        expect(box.width, text(label)).toBeLessThanOrEqual((rect?.width ?? 0) + 0.5);
      }
    }
  });

  it("should take the scale from --pa-font-scale set by the host page", async () => {
    const attributes = { api, dataset: "internet-users@1.0.0", measure: "penetration_pct", lang: "en" };
    const plain = mount("pa-stat", attributes);
    const element = mount("pa-stat", attributes);
    element.style.setProperty("--pa-font-scale", "2");
    await Promise.all([once(plain, "pa-load"), once(element, "pa-load")]);
    const size = (e: HTMLElement) => Number.parseFloat(getComputedStyle(shadow(e, ".summary") as Element).fontSize);
    expect(size(element) / size(plain)).toBeCloseTo(2, 1);
  });
});

describe("keyboard", () => {
  it("should reach every interactive part of every element with Tab", async () => {
    const elements = await everyElement({ lang: "en" });
    for (const element of elements) for (const details of shadowAll<HTMLDetailsElement>(element, "details")) details.open = true;
    await Promise.all(elements.map((e) => (e as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const controls = elements.flatMap((e) =>
      shadowAll(e, 'button, a[href], summary, select, input, [tabindex="0"]').filter((c) => c.getClientRects().length > 0),
    );
    expect(controls.length).toBeGreaterThan(7 * 4);
    const reached = new Set<Element>();
    for (let i = 0; i < controls.length * 4 + 40 && !controls.every((c) => reached.has(c)); i++) {
      await userEvent.tab();
      const active = deepActive();
      if (active) reached.add(active);
    }
    const missed = controls
      .filter((c) => !reached.has(c))
      .map((c) => `${(c.getRootNode() as ShadowRoot).host.localName} ${c.outerHTML.slice(0, 80)}`);
    expect(missed).toEqual([]);
  });

  it("should open the table, sort it and show the citation with the keyboard alone", async () => {
    const table = mount("pa-table", { api, dataset: "province-gdp@1.0.0", group: "northeast", period: "2024", lang: "en" });
    const chart = mount("pa-chart", { api, dataset: "internet-users@1.0.0", measure: "penetration_pct", lang: "en" });
    await Promise.all([once(table, "pa-load"), once(chart, "pa-load")]);
    // The table alternative of a chart opens with Enter on its summary.
    (shadow(chart, "details summary") as HTMLElement).focus();
    await userEvent.keyboard("{Enter}");
    await until(() => (shadow(chart, "details") as HTMLDetailsElement).open, 3000, "details open");
    // A sortable column sorts with Enter, then the other way with Space.
    const header = shadow(table, "thead th button") as HTMLElement;
    expect(header).not.toBeNull();
    header.focus();
    await userEvent.keyboard("{Enter}");
    const sorted = () => shadow(table, "thead th[aria-sort]")?.getAttribute("aria-sort");
    const first = await until(() => sorted(), 3000, "aria-sort");
    await userEvent.keyboard(" ");
    await until(() => sorted() !== first, 3000, "sorted the other way");
    // The citation opens with Enter on its button, and says so.
    const cite = shadowAll(chart, "footer button").find((b) => b.getAttribute("aria-expanded") !== null) as HTMLElement;
    cite.focus();
    await userEvent.keyboard("{Enter}");
    await until(() => shadow(chart, '[part="citation"]'), 5000, "citation");
    expect(cite.getAttribute("aria-expanded")).toBe("true");
  });
});
