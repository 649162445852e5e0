/**
 * The extension path of the widgets: a new element is one folder plus one line in widgets/elements.ts. In a
 * temporary copy of the sources, a throwaway element (a copy of `<pa-stat>` under another name) is added that
 * way and built; it must then be registered by the entry, have its view file, in custom-elements.json, in the
 * React types, in the gallery, among the builder's kinds and in the tests' derived lists (the elements that draw a chart; the builder's
 * elements with a static fallback) — with nothing else edited.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ELEMENT_FIGURES } from "../../figure/element-figures";
import { builderData } from "../../scripts/build/site/builder-data";
import { definedWidgetTags, type SiteContext } from "../../scripts/build/site/context";
import { availableElements, availableKinds } from "../../scripts/build/site/gallery-elements";
import { widgetElements } from "../../scripts/build/widget-elements";
import { buildWidgets, type WidgetManifest } from "../../scripts/build/widgets";
import { ROOT } from "../../scripts/lib/paths";
import { chartTags, elementTags } from "../support/custom-elements";

/** Copies `pa-stat` to `pa-throwaway`, renaming what names it, as a developer starting a new element would. */
function addThrowawayElement(root: string): void {
  const from = join(root, "widgets/pa-stat");
  const to = join(root, "widgets/pa-throwaway");
  cpSync(from, to, { recursive: true });
  renameSync(join(to, "pa-stat.ts"), join(to, "pa-throwaway.ts"));
  renameSync(join(to, "stat-view.ts"), join(to, "throwaway-view.ts"));
  for (const file of readdirSync(to)) {
    const path = join(to, file);
    const text = readFileSync(path, "utf8")
      .replaceAll("pa-stat", "pa-throwaway")
      .replaceAll("PaStat", "PaThrowaway")
      .replaceAll("./stat-view", "./throwaway-view")
      .replaceAll("statView", "throwawayView")
      .replaceAll("statPng", "throwawayPng")
      .replace("Key figure with change and sparkline.", "A throwaway element.")
      // It draws a chart (it says so in its class, as pa-chart's base does).
      .replace(
        'static readonly tag = "pa-throwaway";',
        'static readonly tag = "pa-throwaway";\n  static override readonly drawsChart: boolean = true;',
      );
    writeFileSync(path, text);
  }
  // The one line.
  const table = join(root, "widgets/elements.ts");
  writeFileSync(table, `${readFileSync(table, "utf8")}export { PaThrowaway } from "./pa-throwaway/pa-throwaway";\n`);
}

describe("adding an element (one folder + one line)", () => {
  let root: string;
  let manifest: WidgetManifest;
  const out = () => join(root, ".assets");
  const read = (path: string) => readFileSync(join(out(), "widgets", path), "utf8");

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "pa-extension-"));
    for (const dir of ["widgets", "figure", "schemas"]) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
    for (const file of ["package.json", "tsconfig.base.json", "tsconfig.widgets.json"]) cpSync(join(ROOT, file), join(root, file));
    symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"));
    addThrowawayElement(root);
    manifest = await buildWidgets(out(), undefined, root);
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("should read the new line of the table, with the element's view and JSDoc", () => {
    const entry = widgetElements(root).find((e) => e.className === "PaThrowaway");
    expect(entry).toEqual({
      className: "PaThrowaway",
      source: "widgets/pa-throwaway/pa-throwaway.ts",
      views: ["widgets/pa-throwaway/throwaway-view.ts"],
      tag: "pa-throwaway",
      summary: "A throwaway element.",
      example: { dataset: "internet-users@1.0.0", measure: "penetration_pct", lang: "zh" },
    });
  });

  it("should register it from the entry and give its view a file of its own, which the entry imports", () => {
    const entry = read(manifest.entry);
    expect(entry).toContain('"pa-throwaway"');
    const view = manifest.files.find((f) => f.path.startsWith(`${manifest.version}/chunks/throwaway-view-`));
    expect(view && read(view.path)).toContain("throwawayView");
    expect(view && entry).toContain(view?.path.replace(`${manifest.version}/`, "./"));
    expect(manifest.views["pa-throwaway"]).toContain(view?.path);
    expect(definedWidgetTags(root)).toContain("pa-throwaway");
  });

  it("should describe it in custom-elements.json and the React types", () => {
    const cem = JSON.parse(read("custom-elements.json")) as { modules: { declarations?: { tagName?: string; summary?: string }[] }[] };
    const declaration = cem.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === "pa-throwaway");
    expect(declaration?.summary).toBe("A throwaway element.");
    expect(read("react.d.ts")).toContain('"pa-throwaway": React.DetailedHTMLProps');
  });

  it("should show it in the gallery with its summary and example", () => {
    const ctx = {
      catalog: { datasets: [{ id: "internet-users" }] },
      indicators: { indicators: [], examples: new Map() },
      widgetTags: definedWidgetTags(root),
    } as unknown as SiteContext;
    const gallery = availableElements(ctx, widgetElements(root));
    expect(gallery.find((g) => g.tag === "pa-throwaway")).toEqual({
      tag: "pa-throwaway",
      title: { zh: "<pa-throwaway>", en: "<pa-throwaway>" },
      summary: { zh: "A throwaway element.", en: "A throwaway element." },
      demos: [{ dataset: "internet-users@1.0.0", measure: "penetration_pct", lang: "zh" }],
    });
  });

  it("should give the embed builder a kind for it, asked as a dataset element (no builder line to write)", () => {
    const ctx = {
      catalog: { datasets: [] },
      indicators: { indicators: [], examples: new Map() },
      widgetTags: definedWidgetTags(root),
    } as unknown as SiteContext;
    const kinds = availableKinds(ctx, widgetElements(root));
    expect(kinds.find((k) => k.tag === "pa-throwaway")).toEqual({
      value: "throwaway",
      tag: "pa-throwaway",
      title: { zh: "<pa-throwaway>", en: "<pa-throwaway>" },
      fixed: {},
      options: { multiMeasure: true, regions: "many", period: "range" },
    });
    // The real table's kinds are all still there, in its order, with the new one last.
    expect(kinds.map((k) => k.value)).toEqual([...availableKinds(ctx).map((k) => k.value), "throwaway"]);
  });

  it("should be in the tests' lists read from custom-elements.json: every element, and those that draw a chart", () => {
    const cem: unknown = JSON.parse(read("custom-elements.json"));
    expect(elementTags(cem)).toEqual(widgetElements(root).map((e) => e.tag));
    expect(elementTags(cem)).toContain("pa-throwaway");
    expect(chartTags(cem)).toEqual(["pa-chart", "pa-indicator", "pa-ranking", "pa-share", "pa-throwaway"]);
  });

  it("should get a static fallback in the builder only once the charts Worker draws it (figure/element-figures.ts)", () => {
    const ctx = {
      catalog: { datasets: [] },
      indicators: { indicators: [], views: [], examples: new Map(), viewResults: new Map() },
      widgetTags: definedWidgetTags(root),
    } as unknown as SiteContext;
    const { drawn } = builderData(ctx);
    // Every element of the real table has a server-rendered figure, <pa-indicator> included.
    expect(drawn).toEqual(widgetElements().map((e) => e.tag));
    expect(drawn).toEqual(expect.arrayContaining(["pa-indicator"]));
    expect(drawn).not.toContain("pa-throwaway");
    expect(Object.keys(ELEMENT_FIGURES)).not.toContain("pa-throwaway");
  });

  it("should leave the real sources untouched", () => {
    expect(widgetElements().map((e) => e.tag)).not.toContain("pa-throwaway");
  });
});
