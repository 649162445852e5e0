/**
 * Linked widgets in a real Chromium, on data served by the real worker: elements with the same `link` follow a
 * selection made in one of them (tile, chart point, table row; click or keyboard), wherever they live (the page,
 * another component's shadow root), mark it without relying on colour, and say it in their own polite live
 * region in their own language; elements of another link do not move; one reader action is one event.
 */
import { Chart } from "chart.js";
import { afterEach, describe, expect, inject, it } from "vitest";
import { userEvent } from "vitest/browser";
import { bestMatch } from "../../widgets/internal/link-match";
import { cleanup, mount, once, rowText, shadow, THEIL, text, until } from "./helpers/dom";

const api = inject("apiBase");
const GDP = { api, dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024" };

afterEach(cleanup);

/** What an element's live region says. */
const live = (element: Element) => text(shadow(element, '[aria-live="polite"]'));

/** The active point of a chart element as `[series, index]`, if any. */
function activePoint(element: Element): [number, number] | undefined {
  const canvas = shadow<HTMLCanvasElement>(element, "canvas");
  const active = canvas ? Chart.getChart(canvas)?.getActiveElements()[0] : undefined;
  return active ? [active.datasetIndex, active.index] : undefined;
}

/** Counts `pa-link` (the bus) and `pa-select` (the public event) on the document while the test runs. */
function countEvents() {
  const counts = { link: 0, select: 0 };
  const onLink = () => counts.link++;
  const onSelect = () => counts.select++;
  document.addEventListener("pa-link", onLink);
  document.addEventListener("pa-select", onSelect);
  const stop = () => {
    document.removeEventListener("pa-link", onLink);
    document.removeEventListener("pa-select", onSelect);
  };
  return { counts, stop };
}

/** A tile of the map by region code. */
const tile = (map: Element, code: string) => shadow<SVGRectElement>(map, `g[data-region="${code}"] rect`);

/** A component of the host page that puts its children in its own open shadow root. */
class ShadowBox extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: "open" });
  }
}
if (!customElements.get("x-shadow-box")) customElements.define("x-shadow-box", ShadowBox);

/** A `<x-shadow-box>` in the page, and `parent` inside its shadow root to mount elements in. */
function shadowParent(): HTMLElement {
  const box = document.createElement("x-shadow-box");
  document.body.append(box);
  const parent = document.createElement("div");
  box.shadowRoot?.append(parent);
  return parent;
}

describe("linked widgets", () => {
  it("should follow a tile clicked in the map in a linked ranking, not in an element of another link; one event per click", async () => {
    const map = mount("pa-tilemap", { ...GDP, lang: "en", link: "gdp" });
    const ranking = mount("pa-ranking", { ...GDP, lang: "en", link: "gdp" });
    const other = mount("pa-table", { ...GDP, lang: "en", link: "other" });
    await Promise.all([once(map, "pa-load"), once(ranking, "pa-draw"), once(other, "pa-load")]);
    const events = countEvents();
    const selected = once(map, "pa-select");
    tile(map, "CN-GD")?.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    expect((await selected).detail).toMatchObject({ region: "CN-GD", period: "2024", measure: "gdp", link: "gdp" });
    // The ranking marks Guangdong's bar (the chart's active point, with its tooltip) and its table row.
    const bar = ranking.selections[0]?.findIndex((s) => s.region === "CN-GD") ?? -1;
    expect(bar).toBeGreaterThanOrEqual(0);
    await until(() => activePoint(ranking)?.[1] === bar, 5000, "the ranking's active bar");
    await until(() => live(ranking).startsWith("Linked selection: "), 5000, live(ranking));
    expect(live(ranking)).toContain("Guangdong");
    await ranking.updateComplete;
    expect(rowText(shadow(ranking, 'tr[aria-selected="true"]'))).toContain("Guangdong");
    // The map marks its own tile; the element of another link does not move and says nothing.
    await map.updateComplete;
    expect(tile(map, "CN-GD")?.classList.contains("sel")).toBe(true);
    expect(other.selected ?? "").toBe("");
    expect(shadow(other, 'tr[aria-selected="true"]')).toBeNull();
    expect(live(other)).toBe("");
    // The leader does not announce a linked selection to itself, and nothing echoes back.
    expect(live(map)).not.toContain("Linked selection");
    expect(events.counts).toEqual({ link: 1, select: 1 });
    events.stop();
  });

  it("should follow across shadow roots: a table row picked inside one component marks the tile in another and the page's ranking", async () => {
    // The ranking first: a chart draws once it comes near the viewport.
    const ranking = mount("pa-ranking", { ...GDP, lang: "en", link: "across" });
    const table = mount("pa-table", { ...GDP, lang: "en", link: "across" }, { parent: shadowParent() });
    const map = mount("pa-tilemap", { ...GDP, lang: "en", link: "across" }, { parent: shadowParent() });
    await Promise.all([once(table, "pa-load"), once(map, "pa-load"), once(ranking, "pa-draw")]);
    const events = countEvents();
    const row = [...(table.shadowRoot?.querySelectorAll("tbody tr") ?? [])].find((r) => rowText(r).startsWith("Zhejiang"));
    (row as HTMLElement).click();
    await until(() => tile(map, "CN-ZJ")?.classList.contains("sel"), 5000, "the Zhejiang tile marked");
    expect(map.selected).toBe("CN-ZJ");
    await until(() => live(map).startsWith("Linked selection: ") && live(map).includes("Zhejiang"), 5000, live(map));
    const bar = ranking.selections[0]?.findIndex((s) => s.region === "CN-ZJ");
    await until(() => activePoint(ranking)?.[1] === bar, 5000, "the ranking's active bar");
    await table.updateComplete;
    expect(row?.getAttribute("aria-selected")).toBe("true");
    expect(events.counts).toEqual({ link: 1, select: 1 });
    events.stop();
  });

  it("should mark the table row of the province chosen by keyboard in the tile map, and say it in Chinese and in English", async () => {
    const map = mount("pa-tilemap", { ...GDP, lang: "en", link: "keys" });
    const zh = mount("pa-table", { ...GDP, lang: "zh", link: "keys" });
    const en = mount("pa-table", { ...GDP, lang: "en", link: "keys" });
    await Promise.all([once(map, "pa-load"), once(zh, "pa-load"), once(en, "pa-load")]);
    (shadow(map, '[part="figure"]') as HTMLElement).focus();
    await userEvent.keyboard("{ArrowRight}");
    await until(() => live(map).startsWith("Beijing, "), 3000, live(map));
    await userEvent.keyboard("{Enter}");
    await until(() => shadow(zh, 'tr[aria-selected="true"]'), 5000, "the marked row (zh)");
    expect(rowText(shadow(zh, "tr.selected"))).toMatch(/^北京市? 2024年? /);
    expect(rowText(shadow(en, 'tr[aria-selected="true"]'))).toMatch(/^Beijing 2024 /);
    // Marked without colour too: bold text and an outline.
    const marked = shadow(en, "tr.selected") as Element;
    expect(Number(getComputedStyle(marked).fontWeight)).toBeGreaterThanOrEqual(600);
    expect(getComputedStyle(marked).outlineStyle).toBe("solid");
    await until(() => live(zh).startsWith("联动选中：北京"), 5000, live(zh));
    await until(() => live(en).startsWith("Linked selection: Beijing, "), 5000, live(en));
  });

  it("should let the keyboard pick a table row (↓ then Enter) and the linked map follow", async () => {
    const table = mount("pa-table", { ...GDP, lang: "en", link: "rows" });
    const map = mount("pa-tilemap", { ...GDP, lang: "en", link: "rows" });
    await Promise.all([once(table, "pa-load"), once(map, "pa-load")]);
    const rows = [...(table.shadowRoot?.querySelectorAll<HTMLElement>("tbody tr") ?? [])];
    expect(rows.map((r) => r.tabIndex).filter((i) => i === 0)).toHaveLength(1);
    rows[0]?.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(table.shadowRoot?.activeElement).toBe(rows[1]);
    const selected = once(table, "pa-select");
    await userEvent.keyboard("{Enter}");
    const { region } = (await selected).detail as { region: string };
    expect(region).toMatch(/^CN-/);
    await until(() => tile(map, region)?.classList.contains("sel"), 5000, "the tile marked");
    expect(map.selected).toBe(region);
  });

  it("should mark the period picked in a chart on a linked stat's sparkline and say it", async () => {
    const users = { api, dataset: "internet-users@1.0.0", measure: "penetration_pct", lang: "en", link: "users" };
    const chart = mount("pa-chart", users);
    const stat = mount("pa-stat", users);
    await Promise.all([once(chart, "pa-draw"), once(stat, "pa-load")]);
    expect(shadow(stat, ".spark .mark")).toBeNull();
    (shadow(chart, '[part="figure"]') as HTMLElement).focus();
    await userEvent.keyboard("{End}");
    const selected = once(chart, "pa-select");
    await userEvent.keyboard("{Enter}");
    const { period } = (await selected).detail as { period: string };
    await until(() => shadow(stat, ".spark .mark"), 5000, "the sparkline mark");
    await until(() => live(stat).startsWith("Linked selection: "), 5000, live(stat));
    expect(stat.selection.period).toBe(period);
  });

  it("should select a series from a chart's legend: the linked map marks its province and another chart its latest point", async () => {
    const regions = {
      api,
      dataset: "province-gdp@1.0.0",
      measure: "gdp",
      region: "CN-GD,CN-JS",
      period: "2020..2024",
      lang: "en",
      link: "legend",
    };
    const chart = mount("pa-chart", regions);
    const bars = mount("pa-chart", { ...regions, kind: "bar" });
    const map = mount("pa-tilemap", { ...GDP, lang: "en", link: "legend" });
    await Promise.all([once(chart, "pa-draw"), once(bars, "pa-draw"), once(map, "pa-load")]);
    const entry = [...(chart.shadowRoot?.querySelectorAll<HTMLButtonElement>(".legend button") ?? [])].find((b) => text(b) === "Jiangsu");
    const selected = once(chart, "pa-select");
    entry?.click();
    expect((await selected).detail).toMatchObject({ region: "CN-JS", measure: "gdp" });
    await until(() => tile(map, "CN-JS")?.classList.contains("sel"), 5000, "the Jiangsu tile marked");
    const series = bars.selections.findIndex((s) => s[0]?.region === "CN-JS");
    await until(() => activePoint(bars)?.[0] === series, 5000, "Jiangsu's bar active");
    expect(bars.selections[series]?.[activePoint(bars)?.[1] ?? -1]?.period).toBe("2024");
    await until(() => live(bars).startsWith("Linked selection: 2024"), 5000, live(bars));
  });

  it("should mark a tile's province and period in every other kind: share, indicator, stat and table", async () => {
    const indicator = mount("pa-indicator", { api, ...THEIL, lang: "zh", link: "all" });
    const share = mount("pa-share", { api, dataset: "province-gdp@1.0.0", measure: "gdp", by: "group", lang: "en", link: "all" });
    await Promise.all([once(indicator, "pa-draw"), once(share, "pa-draw")]);
    // A period both show, so every follower has something to mark.
    const shared = share.selections[0]?.map((p) => p.period) ?? [];
    const period = indicator.selections[0]
      ?.map((p) => p.period)
      .filter((p) => p && shared.includes(p))
      .at(-1) as string;
    expect(period).toBeTruthy();
    const attrs = { api, dataset: "province-gdp@1.0.0", measure: "gdp", lang: "en", link: "all" };
    const stat = mount("pa-stat", { ...attrs, region: "CN-GD" });
    const table = mount("pa-table", { ...attrs, region: "CN-GD,CN-JS" });
    const map = mount("pa-tilemap", { ...attrs, period });
    await Promise.all([once(stat, "pa-load"), once(table, "pa-load"), once(map, "pa-load")]);
    tile(map, "CN-GD")?.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    for (const chart of [share, indicator]) {
      await until(() => activePoint(chart), 5000, `${chart.localName}'s active point`);
      const [s, i] = activePoint(chart) ?? [0, 0];
      expect(chart.selections[s]?.[i]?.period, chart.localName).toBe(period);
    }
    await until(() => live(indicator).startsWith("联动选中："), 5000, live(indicator));
    await until(() => shadow(stat, ".spark .mark"), 5000, "the stat's mark");
    await until(() => shadow(table, 'tr[aria-selected="true"]'), 5000, "the table's row");
    expect(rowText(shadow(table, 'tr[aria-selected="true"]'))).toMatch(/^Guangdong /);
    expect(rowText(shadow(table, 'tr[aria-selected="true"]'))).toContain(period);
  });
});

describe("bestMatch", () => {
  const points = [
    { region: "CN-GD", period: "2023", measure: "gdp" },
    { region: "CN-GD", period: "2024", measure: "gdp" },
    { region: "CN-JS", period: "2024", measure: "gdp" },
    { period: "2024" },
  ];
  it("should take the item agreeing on most parts and contradicting none", () => {
    expect(bestMatch(points, { region: "CN-GD", period: "2023" })).toBe(0);
    expect(bestMatch(points, { region: "CN-JS", period: "2024", measure: "gdp" })).toBe(2);
  });
  it("should take the last (latest) among equals", () => {
    expect(bestMatch(points, { region: "CN-GD" })).toBe(1);
  });
  it("should take nothing when every item contradicts, or when nothing is selected", () => {
    expect(bestMatch(points, { region: "CN-ZJ", period: "2022" })).toBe(-1);
    expect(bestMatch(points, {})).toBe(-1);
    expect(bestMatch(points.slice(0, 3), { measure: "population" })).toBe(-1);
  });
  it("should let a national item (no region) stand for its period", () => {
    expect(bestMatch([{ period: "2023" }, { period: "2024" }], { region: "CN-GD", period: "2023" })).toBe(0);
  });
});
