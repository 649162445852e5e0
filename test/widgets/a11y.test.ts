/**
 * Accessibility in a real Chromium: axe-core (WCAG 2.1 A/AA rules) on a page with every element, in both
 * languages and schemes, with tables and citations open; and the keyboard — Tab reaches every chart and map,
 * arrow keys move the announced point, Enter selects it and linked widgets follow.
 */
import axe from "axe-core";
import { afterEach, describe, expect, inject, it } from "vitest";
import { userEvent } from "vitest/browser";
import { cleanup, mount, once, shadow, shadowAll, text, until } from "./helpers/dom";

const api = inject("apiBase");
const pageBase = inject("pageBase");

afterEach(cleanup);

/** Mounts one of every element and waits until each has data (and every chart is drawn). */
async function everyElement(attributes: Record<string, string>) {
  const theil = await fetch(`${pageBase}/theil.json`).then((r) => r.json());
  const specs: [keyof HTMLElementTagNameMap, Record<string, string>, unknown?][] = [
    ["pa-chart", { dataset: "internet-users@1.0.0", measure: "penetration_pct,rural_penetration_pct" }],
    ["pa-ranking", { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024" }],
    ["pa-share", { dataset: "province-gdp@1.0.0", measure: "gdp", by: "group", period: "2015..2024" }],
    ["pa-tilemap", { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024" }],
    ["pa-stat", { dataset: "internet-users@1.0.0", measure: "penetration_pct" }],
    ["pa-table", { dataset: "province-gdp@1.0.0", group: "northeast", period: "2022..2024" }],
    ["pa-indicator", {}, theil],
  ];
  const elements = specs.map(([tag, attrs, inline]) => mount(tag, { api, ...attrs, ...attributes }, { inline, width: 600 }));
  const charts = elements.filter((e) => ["pa-chart", "pa-ranking", "pa-share", "pa-indicator"].includes(e.localName));
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
