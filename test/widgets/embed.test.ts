/**
 * The one-script embed, as a host site uses it: the built bundle from the worker's origin, on pages of a
 * second origin under `script-src 'self' <api-origin>; style-src 'self'` (served by test/support/serve-pages.ts).
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { TAGS } from "./helpers/elements";
import { ask, openPage, type Report, reportWhen } from "./helpers/frames";

const apiBase = inject("apiBase");
const CHARTS = ["chart", "ranking", "share", "indicator"];

afterEach(() => document.body.replaceChildren());

const settled = (r: Report, ids: string[]) => ids.every((id) => r.events.some((e) => e.id === id && e.type !== "pa-draw"));
const drawn = (r: Report, ids: string[]) => ids.every((id) => r.events.some((e) => e.id === id && e.type === "pa-draw"));
/** The Chart.js chunk (`chart-<hash>.js`), not the chart's view (`chart-view-<hash>.js`). */
const isChartJs = (url: string) => /\/chunks\/chart-[0-9A-Z]{8}\.js/.test(url);

describe("one script tag", () => {
  it("should register every element from /widgets/v1.js and read the API at the script's own origin", async () => {
    const script = document.createElement("script");
    script.type = "module";
    script.src = `${apiBase}/widgets/v1.js`;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
    for (const tag of TAGS) expect(customElements.get(tag), tag).toBeDefined();
    const element = document.createElement("pa-chart");
    element.setAttribute("dataset", "internet-users@1.0.0");
    element.setAttribute("measure", "penetration_pct");
    const drawnEvent = new Promise<CustomEvent>((resolve) => element.addEventListener("pa-load", (e) => resolve(e as CustomEvent)));
    document.body.append(element);
    expect((await drawnEvent).detail).toMatchObject({ dataset: "internet-users", version: "1.0.0" });
  });

  it("should render every element on a second origin under a strict CSP, with no violation and no error", async () => {
    const frame = await openPage("all.html", 1000, 800);
    const ids = ["chart", "ranking", "share", "tilemap", "stat", "table", "indicator"];
    await reportWhen(frame, (r) => settled(r, ids));
    await ask(frame, "sweep");
    const report = await reportWhen(frame, (r) => drawn(r, CHARTS));
    expect(report.violations).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.events.filter((e) => e.type === "pa-error")).toEqual([]);
    const byId = Object.fromEntries(report.elements.map((e) => [e.id, e]));
    for (const id of ids) {
      expect(byId[id]?.defined, id).toBe(true);
      expect(byId[id]?.alert, id).toBe("");
      expect(byId[id]?.rows, `${id} table rows`).toBeGreaterThan(0);
    }
    for (const id of CHARTS) expect(byId[id]?.painted, `${id} painted pixels`).toBeGreaterThan(1000);
    expect(byId.tilemap?.tiles).toBe(31);
    expect(byId.stat?.summary).toMatch(/^2024年12月互联网普及率为78\.6%/);
    expect(byId.ranking?.summary).toMatch(/^In 2024, Guangdong ranked first in gross regional product/);
  });

  it("should work with the script included twice (versioned path and alias, SRI from the manifest)", async () => {
    const frame = await openPage("twice.html");
    const report = await reportWhen(frame, (r) => settled(r, ["stat", "chart"]) && drawn(r, ["chart"]));
    expect(report.errors).toEqual([]);
    expect(report.violations).toEqual([]);
    // Each copy fetched its own entry: the integrity attributes matched the published hashes.
    expect(report.resources.filter((url) => /\/widgets\/(v1|[\d.]+\/pa)\.js/.test(url)).length).toBeGreaterThanOrEqual(2);
    expect(report.elements.find((e) => e.id === "stat")?.summary).toMatch(/Internet penetration was 78\.6%/);
    expect(report.elements.find((e) => e.id === "chart")?.painted).toBeGreaterThan(1000);
  });
});

describe("a host that blocks the chart chunk", () => {
  it("should say the chart could not be drawn and keep the table, without an uncaught error", async () => {
    const frame = await openPage("blocked-chart.html", 1000, 800);
    const report = await reportWhen(frame, (r) => r.elements[0]?.alert !== "" && r.elements[0]?.alert !== undefined);
    expect(report.violations.some(isChartJs)).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.elements[0]?.alert).toBe(
      "The chart could not be drawn (its code did not load); the numbers are in the data table below.",
    );
    expect(report.elements[0]?.rows).toBeGreaterThan(20);
    expect(report.elements[0]?.summary).toMatch(/^Internet penetration rose from 12\.3% to 78\.6%/);
  });
});

describe("serving the bundle", () => {
  it("should cache the versioned bundle forever and the v1 aliases (module, loader) briefly, with CORS for cross-origin embeds", async () => {
    const manifest = (await (await fetch(`${apiBase}/widgets/manifest.json`)).json()) as {
      entry: string;
      alias: string;
      loaderAlias: string;
      files: { path: string }[];
    };
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining([manifest.alias, manifest.loaderAlias]));
    for (const file of manifest.files) {
      const response = await fetch(`${apiBase}/widgets/${file.path}`);
      expect(response.status, file.path).toBe(200);
      expect(response.headers.get("content-type"), file.path).toMatch(/javascript/);
      expect(response.headers.get("cache-control"), file.path).toBe(
        [manifest.alias, manifest.loaderAlias].includes(file.path) ? "public, max-age=300" : "public, max-age=31536000, immutable",
      );
    }
  });
});

describe("lazy Chart.js", () => {
  it("should never fetch Chart.js on a page with only <pa-stat> and <pa-table>", async () => {
    const frame = await openPage("no-charts.html");
    const report = await reportWhen(frame, (r) => settled(r, ["stat", "table"]));
    const after = await ask(frame, "idle");
    expect(report.elements.map((e) => e.alert)).toEqual(["", ""]);
    // Each element's own view file, and nothing of the chart's.
    expect(after.resources.filter((url) => /\/chunks\/(stat|table)-view-/.test(url))).toHaveLength(2);
    expect(after.resources.filter((url) => /\/chunks\/chart-/.test(url))).toEqual([]);
  });

  it("should fetch Chart.js only when a chart approaches the viewport", async () => {
    const frame = await openPage("lazy.html", 800, 600);
    const before = await reportWhen(frame, (r) => settled(r, ["stat", "chart"]));
    const still = await ask(frame, "idle");
    expect(before.events.some((e) => e.id === "chart" && e.type === "pa-load")).toBe(true);
    expect(still.resources.filter(isChartJs)).toEqual([]);
    frame.contentWindow?.postMessage({ cmd: "scroll" }, "*");
    const after = await reportWhen(frame, (r) => drawn(r, ["chart"]));
    expect(after.resources.filter(isChartJs)).toHaveLength(1);
    expect(after.elements.find((e) => e.id === "chart")?.painted).toBeGreaterThan(1000);
  });
});
