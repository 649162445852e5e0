/**
 * <pa-chart> in a real Chromium, drawing data served by the real worker (`wrangler dev`, see serve-worker.ts).
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import "../../widgets/index";
import type { PaChart } from "../../widgets/pa-chart/pa-chart";

const apiBase = inject("apiBase");

function mount(attributes: Record<string, string>): PaChart {
  const element = document.createElement("pa-chart") as unknown as PaChart;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.style.width = "640px";
  document.body.append(element);
  return element;
}

function once(element: Element, type: string, timeout = 10_000): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeout} ms`)), timeout);
    element.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent);
      },
      { once: true },
    );
  });
}

/** Counts canvas pixels that are not transparent: proof that Chart.js painted something. */
function paintedPixels(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
  return painted;
}

afterEach(() => document.body.replaceChildren());

describe("<pa-chart>", () => {
  it("should paint a line chart from the worker's data", async () => {
    const element = mount({ api: apiBase, dataset: "internet-users@1.0.0", measure: "penetration_pct,rural_penetration_pct", lang: "en" });
    const loaded = await once(element, "pa-load");
    expect(loaded.detail).toMatchObject({ dataset: "internet-users", version: "1.0.0" });
    await new Promise((r) => setTimeout(r, 600)); // let the 400 ms entry animation finish
    const canvas = element.shadowRoot?.querySelector("canvas") as HTMLCanvasElement;
    // The chart fills its container (we own resizing inside the shadow root).
    const plot = canvas.parentElement?.getBoundingClientRect();
    expect(Math.abs(canvas.getBoundingClientRect().width - (plot?.width ?? 0))).toBeLessThan(2);
    expect(paintedPixels(canvas)).toBeGreaterThan(2000);
    expect(canvas.getAttribute("role")).toBe("img");
    expect(canvas.getAttribute("aria-label")).toMatch(/Internet penetration rose from 12\.3 to 78\.6 from Jun 2007 to Dec 2024/);
  });

  it("should offer the same numbers as a table, in Chinese when lang=zh", async () => {
    const element = mount({
      api: apiBase,
      dataset: "internet-users@1.0.0",
      measure: "penetration_pct",
      period: "2021-06..2021-12",
      lang: "zh",
    });
    await once(element, "pa-load");
    const table = element.shadowRoot?.querySelector("table");
    const cells = [...(table?.querySelectorAll("tbody tr") ?? [])].map((tr) => tr.textContent?.replace(/\s+/g, " ").trim());
    expect(cells).toEqual(["2021年6月 71.6", "2021年12月 73.0"]);
    expect(element.shadowRoot?.querySelector("h2")?.textContent).toBe("中国网民规模与互联网普及率");
  });

  it("should show an accessible error, not a blank box, for an unknown dataset", async () => {
    const element = mount({ api: apiBase, dataset: "no-such-dataset@1.0.0", lang: "en" });
    const error = await once(element, "pa-error");
    expect(error.detail.kind).toBe("http");
    await element.updateComplete;
    const alert = element.shadowRoot?.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/There is no dataset "no-such-dataset"/);
  });

  it("should show a network error when the API cannot be reached", async () => {
    const element = mount({ api: "http://127.0.0.1:9", dataset: "internet-users@1.0.0", lang: "en" });
    const error = await once(element, "pa-error");
    expect(error.detail.kind).toBe("network");
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[role="alert"]')?.textContent).toMatch(/could not be reached/);
  });

  it("should announce loading while the data is on its way", () => {
    const element = mount({ api: apiBase, dataset: "internet-users@1.0.0" });
    return element.updateComplete.then(() => {
      expect(element.shadowRoot?.querySelector('[role="status"]')?.textContent).toMatch(/Loading/);
    });
  });
});
