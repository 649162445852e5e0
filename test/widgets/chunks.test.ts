/**
 * The built embed loads its parts in parallel, not one after another (issue #16, widget speed): the chart's view
 * is requested with the data, not after it; the shared chunks it imports with it, not once it has arrived; and
 * the Chart.js chunk with them. Read from the browser's resource timing of the real bundle served by the worker.
 */
import { describe, expect, inject, it } from "vitest";

const apiBase = inject("apiBase");

const resources = () => performance.getEntriesByType("resource") as PerformanceResourceTiming[];
/** The first resource entry whose URL matches `part`. */
const entry = (part: RegExp) => resources().find((e) => part.test(e.name));

let entryLoaded: Promise<unknown> | undefined;
/** Adds the built entry to this page once. */
function loadEntry(): Promise<unknown> {
  entryLoaded ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = `${apiBase}/widgets/v1.js`;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  return entryLoaded;
}

describe("chunk loading", () => {
  it("should request the chart's view and its shared chunks with the data, and Chart.js before the view has arrived", async () => {
    await loadEntry();
    const element = document.createElement("pa-chart");
    element.setAttribute("dataset", "internet-users@1.0.0");
    element.setAttribute("measure", "penetration_pct");
    const drawn = new Promise((resolve) => element.addEventListener("pa-draw", resolve, { once: true }));
    document.body.append(element);
    await drawn;

    const data = entry(/\/data\.json/);
    const view = entry(/\/chunks\/chart-view-/);
    const shared = resources().filter((e) => /\/chunks\/shared-/.test(e.name));
    const chart = entry(/\/chunks\/chart-[0-9A-Z]{8}\.js/);
    expect(data && view && chart, "data, the chart's view and the Chart.js chunk were fetched").toBeTruthy();
    expect(shared.length, "the shared views were fetched").toBeGreaterThan(0);
    if (!data || !view || !chart) return;
    // Before: the views were requested once the data had arrived, Chart.js once the views had run.
    expect(view.startTime).toBeLessThan(data.responseEnd);
    expect(chart.startTime).toBeLessThan(view.responseEnd);
    // The chunks the view file imports are requested with it, not once it has arrived and been parsed.
    for (const chunk of shared) expect(chunk.startTime, chunk.name).toBeLessThan(view.responseEnd);
    // No other element's view, and national data needs no names of provinces or countries.
    expect(resources().filter((e) => /\/chunks\/(?!chart-)[a-z]+-view-/.test(e.name))).toEqual([]);
    expect(entry(/\/chunks\/(names|provinces)-/)).toBeUndefined();
    element.remove();
  });

  it("should load the names of provinces for province data, and show them", async () => {
    await loadEntry();
    const element = document.createElement("pa-table");
    element.setAttribute("dataset", "province-gdp@1.0.0");
    element.setAttribute("measure", "gdp");
    element.setAttribute("region", "CN-GD");
    element.setAttribute("lang", "en");
    document.body.append(element);
    const cells = () => [...(element.shadowRoot?.querySelectorAll("td, th") ?? [])].map((c) => c.textContent?.trim());
    await expect.poll(cells, { timeout: 10_000 }).toContain("Guangdong");
    expect(entry(/\/chunks\/provinces-/), "the names of provinces were fetched").toBeTruthy();
    expect(entry(/\/chunks\/names-/), "no country is named").toBeUndefined();
    expect(cells()).not.toContain("CN-GD");
    element.remove();
  });
});
