/**
 * Accessibility in a real Chromium: axe-core (WCAG 2.1 A/AA rules) on a page with every element, in both
 * languages and schemes, with tables and citations open; and the keyboard — Tab reaches every chart and map,
 * arrow keys move the announced point, Enter selects it and linked widgets follow.
 */
import axe from "axe-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { userEvent } from "vitest/browser";
import { cleanup, mount, once, shadow, shadowAll, text, until } from "./helpers/dom";
import { CHART_TAGS } from "./helpers/elements";
import { everyKind, RICH_SHOWN } from "./helpers/kinds";

const api = inject("apiBase");

afterEach(cleanup);

/** Mounts one of every element and waits until each has data (and every chart is drawn). */
async function everyElement(attributes: Record<string, string>) {
  const specs = everyKind(RICH_SHOWN);
  const elements = specs.map(([tag, attrs]) => mount(tag, { api, ...attrs, ...attributes }, { width: 600 }));
  const charts = elements.filter((e) => CHART_TAGS.includes(e.localName));
  const drawn = charts.map((chart) => once(chart, "pa-draw"));
  await Promise.all(elements.map((e) => once(e, "pa-load")));
  // Charts draw when they come near the viewport: scroll to each, as a reader would.
  for (const [i, chart] of charts.entries()) {
    chart.scrollIntoView();
    await drawn[i];
  }
  scrollTo(0, 0);
  return elements;
}

async function violations() {
  const result = await axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    resultTypes: ["violations"],
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("axe-core, WCAG 2.1 A and AA", () => {
  for (const [lang, theme] of [
    ["zh", "light"],
    ["en", "dark"],
  ] as const) {
    it(`should find no violation on a page with every element (${lang}, ${theme}), tables and citations open`, async () => {
      document.documentElement.lang = lang === "zh" ? "zh-Hans" : "en";
      document.title = "Prosperity Atlas widgets";
      const elements = await everyElement({ lang, theme });
      for (const element of elements) {
        const details = shadow<HTMLDetailsElement>(element, "details");
        if (details) details.open = true;
      }
      const cite = elements.map((e) => shadowAll<HTMLButtonElement>(e, "footer button").at(-1));
      for (const button of cite) button?.click();
      await until(() => elements.every((e) => shadow(e, ".cite")), 10_000, "citations");
      expect(await violations()).toEqual([]);
    });
  }

  it("should see inside the shadow roots (a planted unlabeled button is caught)", async () => {
    const [stat] = await everyElement({ lang: "en" }).then((all) => all.filter((e) => e.localName === "pa-stat"));
    stat?.shadowRoot?.querySelector("footer")?.append(document.createElement("button"));
    expect(await violations()).toEqual([expect.stringMatching(/^button-name: pa-stat/)]);
  });
});

/** WCAG contrast ratio of two `rgb(…)`/`#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const channels = (c: string) => {
    const hex = /^#([0-9a-f]{6})$/i.exec(c.trim());
    const parts = hex
      ? [0, 2, 4].map((i) => Number.parseInt(hex[1]?.slice(i, i + 2) ?? "0", 16))
      : (c.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    return parts.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  };
  const lum = (c: string) => {
    const [r = 0, g = 0, b = 0] = channels(c);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe("colour", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`should keep every series colour at 3:1 or more against the background, and tile labels at 4.5:1 (${theme})`, async () => {
      const map = mount("pa-tilemap", { api, dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang: "en", theme });
      await once(map, "pa-load");
      const style = getComputedStyle(shadow(map, ".frame") as Element);
      const bg = style.getPropertyValue("--bg");
      for (let i = 1; i <= 8; i++) expect(contrast(style.getPropertyValue(`--c${i}`), bg), `--c${i} on ${bg}`).toBeGreaterThanOrEqual(3);
      expect(contrast(style.color, bg)).toBeGreaterThanOrEqual(7);
      expect(contrast(getComputedStyle(shadow(map, ".summary") as Element).color, bg)).toBeGreaterThanOrEqual(4.5);
      for (const g of shadowAll(map, "svg.map g")) {
        const [rect, label] = [g.querySelector("rect"), g.querySelector("text")] as Element[];
        expect(
          contrast(getComputedStyle(label as Element).fill, getComputedStyle(rect as Element).fill),
          g.getAttribute("data-region") ?? "",
        ).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});

describe("narrow columns", () => {
  it("should fit every element in 280 px without horizontal overflow", async () => {
    const elements = await everyElement({ lang: "zh" });
    for (const element of elements) {
      element.style.width = "280px";
    }
    for (const element of elements) {
      const frame = shadow(element, ".frame") as HTMLElement;
      // Charts re-lay out on their ResizeObserver: poll the condition rather than sleep a guessed time.
      await expect.poll(() => frame.scrollWidth - frame.clientWidth, { timeout: 5000 }).toBeLessThanOrEqual(1);
      expect(element.getBoundingClientRect().width, element.localName).toBe(280);
    }
  });
});

describe("keyboard", () => {
  /** The element focused inside shadow roots. */
  function deepActive(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  it("should reach every chart and the map with Tab", async () => {
    const elements = await everyElement({ lang: "en" });
    const figures = elements.flatMap((e) => shadowAll(e, '[part="figure"][tabindex="0"]'));
    expect(figures).toHaveLength(5);
    const reached = new Set<Element>();
    for (let i = 0; i < 80 && reached.size < figures.length; i++) {
      await userEvent.tab();
      const active = deepActive();
      if (active && figures.includes(active as HTMLElement)) reached.add(active);
    }
    expect(reached.size).toBe(figures.length);
  });

  it("should move the announced point with the arrow keys and select it with Enter", async () => {
    const chart = mount("pa-chart", { api, dataset: "internet-users@1.0.0", measure: "penetration_pct,rural_penetration_pct", lang: "en" });
    await once(chart, "pa-draw");
    const plot = shadow(chart, ".plot") as HTMLElement;
    expect(plot.getAttribute("role")).toBe("application");
    expect(plot.getAttribute("aria-describedby")).toBe("summary keys");
    plot.focus();
    const live = () => text(shadow(chart, '[aria-live="polite"]'));
    await userEvent.keyboard("{ArrowRight}");
    await until(() => live() === "Jun 2007, Internet penetration: 12.3%", 3000, live());
    await userEvent.keyboard("{ArrowRight}");
    await until(() => live().startsWith("Dec 2007, Internet penetration: "), 3000, live());
    await userEvent.keyboard("{End}");
    await until(() => live() === "Dec 2024, Internet penetration: 78.6%", 3000, live());
    await userEvent.keyboard("{ArrowDown}");
    await until(
      () => live().startsWith("Dec 2023, Rural internet penetration: 66.5%") || live().includes("Rural internet penetration"),
      3000,
      live(),
    );
    const selected = once(chart, "pa-select");
    await userEvent.keyboard("{Enter}");
    expect((await selected).detail).toMatchObject({ measure: "rural_penetration_pct", region: "CN" });
  });

  it("should walk the tile map by neighbours, and linked widgets follow the selection", async () => {
    const map = mount("pa-tilemap", { api, dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang: "en", link: "gdp" });
    const ranking = mount("pa-ranking", { api, dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang: "en", link: "gdp" });
    const unlinked = mount("pa-table", { api, dataset: "province-gdp@1.0.0", period: "2024", lang: "en" });
    await Promise.all([once(map, "pa-load"), once(ranking, "pa-draw"), once(unlinked, "pa-load")]);
    (shadow(map, '[part="figure"]') as HTMLElement).focus();
    const live = () => text(shadow(map, '[aria-live="polite"]'));
    await userEvent.keyboard("{ArrowRight}");
    await until(() => live().startsWith("Beijing, Gross regional product: "), 3000, live());
    await userEvent.keyboard("{ArrowRight}");
    await until(() => live().startsWith("Tianjin, "), 3000, live());
    await userEvent.keyboard("{ArrowDown}");
    await until(() => live().startsWith("Shandong, "), 3000, live());
    const selected = once(map, "pa-select");
    await userEvent.keyboard("{Enter}");
    expect((await selected).detail).toMatchObject({ region: "CN-SD", period: "2024", link: "gdp" });
    expect(ranking.selected).toBe("CN-SD");
    expect(unlinked.selected ?? "").toBe("");
    await ranking.updateComplete;
    expect(text(shadow(ranking, "tr.selected th"))).toBe("Shandong");
  });
});
