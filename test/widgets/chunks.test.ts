/**
 * The built embed loads its parts in parallel, not one after another (issue #16, widget speed): the views chunk
 * is requested with the data, not after it, and the Chart.js chunk with the views chunk, not after it. Read from
 * the browser's resource timing of the real bundle served by the worker.
 */
import { describe, expect, inject, it } from "vitest";

const apiBase = inject("apiBase");

/** The first resource entry whose URL contains `part`. */
const entry = (part: string) =>
  performance.getEntriesByType("resource").find((e) => e.name.includes(part)) as PerformanceResourceTiming | undefined;

describe("chunk loading", () => {
  it("should request the views chunk with the data and the Chart.js chunk before the views chunk has arrived", async () => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = `${apiBase}/widgets/v1.js`;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
    const element = document.createElement("pa-chart");
    element.setAttribute("dataset", "internet-users@1.0.0");
    element.setAttribute("measure", "penetration_pct");
    const drawn = new Promise((resolve) => element.addEventListener("pa-draw", resolve, { once: true }));
    document.body.append(element);
    await drawn;

    const data = entry("/data.json");
    const views = entry("/chunks/views-");
    const chart = entry("/chunks/chart-");
    expect(data && views && chart, "data, views chunk and Chart.js chunk were fetched").toBeTruthy();
    if (!data || !views || !chart) return;
    // Before: the views chunk was requested once the data had arrived, Chart.js once the views had run.
    expect(views.startTime).toBeLessThan(data.responseEnd);
    expect(chart.startTime).toBeLessThan(views.responseEnd);
    // Chinese data needs no country names: the world part of the names table stays on the server.
    expect(entry("/chunks/names-")).toBeUndefined();
    element.remove();
  });
});
