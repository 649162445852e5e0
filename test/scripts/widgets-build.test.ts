/**
 * The widget bundle build: the entry's gzip budget is enforced, every file is in the manifest with an SRI hash
 * that matches its bytes, the entry is self-contained (so its hash covers all code that runs at load),
 * Chart.js lives only in its lazily loaded chunk, and a page loads only the views of the elements on it.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { markClassesPure } from "../../scripts/build/chartjs-unused";
import { widgetElements } from "../../scripts/build/widget-elements";
import {
  buildWidgets,
  checkBudget,
  chunkKind,
  compactCss,
  ENTRY_BUDGET_GZIP,
  elementsManifest,
  reactTypes,
  tagAttributes,
  type WidgetManifest,
} from "../../scripts/build/widgets";
import { ROOT } from "../../scripts/lib/paths";

describe("checkBudget", () => {
  it("should accept an entry at or under the budget and say its size", () => {
    expect(ENTRY_BUDGET_GZIP).toBe(15_000);
    expect(checkBudget({ path: "v1.js", gzip: ENTRY_BUDGET_GZIP })).toBe("v1.js 15000 bytes gzip (budget 15000)");
  });

  it("should fail an entry one byte over, naming the file, its size and the budget", () => {
    expect(() => checkBudget({ path: "v1.js", gzip: ENTRY_BUDGET_GZIP + 1 })).toThrow(
      "v1.js is 15001 bytes gzip, over its budget of 15000",
    );
    expect(() => checkBudget({ path: "pa.js", gzip: 20_000 }, 10_000)).toThrow(/^pa\.js is 20000 bytes gzip, over its budget of 10000$/);
  });
});

describe("compactCss", () => {
  it("should drop comments and the whitespace CSS does not need, keeping what it does", () => {
    expect(
      compactCss("\n  /* why */\n  .a :hover,\n  .b > .c {\n    margin: 0 auto;\n    height: calc(var(--h, 10) * 22px + 48px);\n  }\n"),
    ).toBe(".a :hover,.b > .c{margin:0 auto;height:calc(var(--h,10) * 22px + 48px)}");
  });
});

describe("buildWidgets", () => {
  let dir: string;
  let manifest: WidgetManifest;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pa-widgets-"));
    manifest = await buildWidgets(dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const read = (path: string) => readFileSync(join(dir, "widgets", path));

  it("should fail the build when the entry is over budget", async () => {
    const over = mkdtempSync(join(tmpdir(), "pa-widgets-"));
    onTestFinished(() => rmSync(over, { recursive: true, force: true }));
    await expect(buildWidgets(over, 1024)).rejects.toThrow(/pa\.js is \d+ bytes gzip, over its budget of 1024$/);
  }, 60_000);

  it("should keep the entry within budget", () => {
    const entry = manifest.files.find((f) => f.path === manifest.entry);
    expect(entry?.gzip).toBeLessThanOrEqual(ENTRY_BUDGET_GZIP);
  });

  /** The views group's files: one per element view, the actions, and the chunks they share. */
  const groupKinds = ["actions", "chart-view", "indicator-view", "ranking-view", "share-view", "stat-view", "table-view", "tilemap-view"];
  /** The chunks of one variant's folder (`<version>/chunks/` or `<version>/legacy/chunks/`). */
  const chunksIn = (folder: string) =>
    manifest.files.filter((f) => f.path.startsWith(folder) && !f.path.slice(folder.length).includes("/"));
  /** The modern chunk of a kind (`chart`, `chart-view`, …): the one whose name is that kind plus a hash. */
  const chunk = (kind: string) =>
    read(chunksIn(`${manifest.version}/chunks/`).find((f) => chunkKind(f.path) === kind)?.path ?? "").toString();

  it("should publish an SRI hash per file that matches its bytes", () => {
    expect(manifest.alias).toBe("v1.js");
    expect(manifest.entry).toMatch(/^\d+\.\d+\.\d+\/pa\.js$/);
    const kinds = ["chart", "names", "provinces", ...groupKinds, "shared"].sort();
    for (const folder of [`${manifest.version}/chunks/`, `${manifest.version}/legacy/chunks/`]) {
      const files = chunksIn(folder);
      expect(
        files.every((f) => /-[0-9A-Z]{8}\.js$/.test(f.path)),
        folder,
      ).toBe(true);
      expect([...new Set(files.map((f) => chunkKind(f.path)))].sort(), folder).toEqual(kinds);
    }
    const others = manifest.files.filter((f) => !f.path.includes("/chunks/")).map((f) => f.path);
    expect(others.sort()).toEqual(
      [manifest.entry, "v1.js", `${manifest.version}/loader.js`, "v1-loader.js", `${manifest.version}/legacy/pa.js`].sort(),
    );
    for (const file of manifest.files)
      expect(file.integrity).toBe(`sha384-${createHash("sha384").update(read(file.path)).digest("base64")}`);
  });

  it("should make the entry self-contained: no static import, chunks only by dynamic import", () => {
    for (const path of [manifest.entry, manifest.alias]) {
      const code = read(path).toString();
      expect(code).not.toMatch(/(^|[;}])import\s*[{*\w]/);
      expect(code).not.toMatch(/\bfrom\s*"/);
      // Each element imports its own view file; Chart.js is imported by the entry too, to start it in parallel
      // with the views (element/chart-preload.ts); the shared chunks are named in the preload lists.
      const prefix = path === "v1.js" ? `./${manifest.version}/chunks/` : "./chunks/";
      const chunks = [...new Set([...code.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1] ?? ""))];
      expect(chunks.every((c) => c.startsWith(prefix))).toBe(true);
      expect(chunks.map(chunkKind).sort()).toEqual(["chart", ...groupKinds].sort());
      for (const file of manifest.views["pa-chart"] ?? []) expect(code).toContain(file.replace(/^.*\/chunks\//, "").replace(/\.js$/, ""));
    }
  });

  it("should load only the chart's view and the shared views on a page with only <pa-chart>", () => {
    const files = manifest.views?.["pa-chart"] ?? [];
    expect([...new Set(files.map(chunkKind))].sort()).toEqual(["chart-view", "shared"]);
    const code = files.map((f) => read(f).toString()).join("\n");
    // Each view's exported function, and what only the other elements' views contain.
    expect(code).toContain("chartView");
    for (const other of ["indicatorView", "rankingView", "shareView", "statView", "tableView", "tilemapView", "sparkPath", "tilemapPng"])
      expect(code, other).not.toContain(other);
    // Chart.js and the names of provinces and countries are not in them either (loaded when needed).
    expect(code).not.toContain("getElementsAtEventForMode");
    expect(code).not.toContain("Guangdong");
    expect(code).not.toContain("Aruba");
  });

  it("should load no chart code on a page with only <pa-stat> or <pa-table>", () => {
    for (const tag of ["pa-stat", "pa-table"]) {
      const files = manifest.views?.[tag] ?? [];
      expect([...new Set(files.map(chunkKind))].sort(), tag).toEqual(["shared", `${tag.replace("pa-", "")}-view`]);
      for (const file of files) expect(read(file).toString(), file).not.toContain("getElementsAtEventForMode");
    }
  });

  it("should write a loader that names both entries with their SRI hashes and parses without ES2020 syntax", () => {
    expect(manifest.loader).toBe(`${manifest.version}/loader.js`);
    expect(manifest.legacy).toBe(`${manifest.version}/legacy/pa.js`);
    const sri = (path: string) => manifest.files.find((f) => f.path === path)?.integrity;
    for (const [path, prefix] of [
      [manifest.loader, "./"],
      ["v1-loader.js", `./${manifest.version}/`],
    ] as const) {
      const code = read(path).toString();
      expect(code).toContain(`{path:"${prefix}pa.js",integrity:"${sri(manifest.entry)}"}`);
      expect(code).toContain(`{path:"${prefix}legacy/pa.js",integrity:"${sri(manifest.legacy)}"}`);
      // A classic script: no module syntax, and nothing an old core cannot parse.
      expect(code).not.toMatch(/\bimport\b|\bexport\b|\?\.|\?\?/);
      expect(read(path).length).toBeLessThan(1500);
    }
  });

  it("should lower the legacy build's syntax for Chrome 70 and leave the modern entry as it was", () => {
    const legacyFiles = manifest.files.filter((f) => f.path.includes("/legacy/"));
    expect(legacyFiles.length).toBe(chunksIn(`${manifest.version}/chunks/`).length + 1);
    for (const file of legacyFiles) {
      const code = read(file.path).toString();
      // Optional chaining, nullish coalescing and class static blocks do not parse below Chromium 80/94.
      expect(code, file.path).not.toMatch(/\?\.[a-zA-Z_$([]|[^?]\?\?[^?]|static\s*\{/);
    }
    expect(read(manifest.entry).toString()).toMatch(/static\s*\{/);
  });

  it("should keep the names of provinces and of the world out of the views, in chunks of their own", () => {
    for (const file of chunksIn(`${manifest.version}/chunks/`).filter((f) => !["names", "provinces"].includes(chunkKind(f.path)))) {
      const code = read(file.path).toString();
      expect(code, file.path).not.toContain("Guangdong");
      expect(code, file.path).not.toContain("Aruba");
    }
    expect(chunk("provinces")).toContain("Guangdong");
    expect(chunk("provinces")).not.toContain("Aruba");
    expect(chunk("names")).toContain("Aruba");
    expect(chunk("names")).not.toContain("Guangdong");
  });

  it("should keep Chart.js out of the entry and the views, and Lit out of every chunk", () => {
    // A Chart.js API name that minification keeps (it is a public method).
    expect(chunk("chart")).toContain("getElementsAtEventForMode");
    const views = chunksIn(`${manifest.version}/chunks/`).filter((f) => chunkKind(f.path) !== "chart");
    for (const code of [read(manifest.entry).toString(), ...views.map((f) => read(f.path).toString())])
      expect(code).not.toContain("getElementsAtEventForMode");
    // Lit's template marker lives once, in the entry.
    expect(read(manifest.entry).toString()).toContain("lit$");
    for (const file of chunksIn(`${manifest.version}/chunks/`)) expect(read(file.path).toString(), file.path).not.toContain("lit$");
  });

  it("should keep in the entry only the loading and error frame's styles and strings; the views carry, compacted, what is shown with data", () => {
    const entry = read(manifest.entry).toString();
    // Before data: the frame, the status line, the error and the reserved height.
    for (const needed of [".frame{all:initial", ".state{", ".error{", "--_r:", "Loading data", "The data could not be shown"])
      expect(entry, needed).toContain(needed);
    // With data only: the legend, the table, the source line and actions, the series colours, each element's figure.
    const shownWithData = [
      ".legend{",
      "footer{",
      ".cite{",
      "--_c1:",
      "--_seq0:",
      ".map{",
      ".spark{",
      ".method dl{",
      "Download CSV",
      "Linked selection: ",
    ];
    for (const later of shownWithData) expect(entry, later).not.toContain(later);
    const views = chunksIn(`${manifest.version}/chunks/`)
      .filter((f) => f.path.includes("-view-") || chunkKind(f.path) === "shared")
      .map((f) => read(f.path).toString())
      .join("\n");
    for (const later of shownWithData) expect(views, later).toContain(later);
  });

  it("should ship only the Chart.js scales the widgets register (linear, category), in both builds", () => {
    const charts = manifest.files
      .filter((f) => f.path.includes("/chunks/") && chunkKind(f.path) === "chart")
      .map((f) => read(f.path).toString());
    expect(charts).toHaveLength(2);
    for (const code of charts) {
      // Modern: `static id="linear"`; legacy (static fields lowered): `S(x,"id","linear")`.
      const ids = [...code.matchAll(/static id\s*=\s*"(\w+)"|,"id","(\w+)"\)/g)].map((m) => m[1] ?? m[2]);
      expect(ids).toEqual(expect.arrayContaining(["linear", "category"]));
      for (const unused of ["logarithmic", "radialLinear", "time", "timeseries"]) expect(ids).not.toContain(unused);
    }
  });
});

describe("markClassesPure", () => {
  const source = "import x from 'y';\nclass A extends B {\n  static defaults = { f: x.g };\n}\nclass C {\n}\n";

  it("should wrap a top-level class in a pure call the bundler may drop", () => {
    expect(markClassesPure(source, ["A"])).toBe(
      "import x from 'y';\nconst A = /* @__PURE__ */ (() => class A extends B {\n  static defaults = { f: x.g };\n})();\nclass C {\n}\n",
    );
  });

  it("should fail (naming the class) when Chart.js no longer has it", () => {
    expect(() => markClassesPure(source, ["TimeScale"])).toThrow(/no top-level class TimeScale/);
  });
});

describe("custom-elements.json", () => {
  type Declaration = {
    tagName?: string;
    summary?: string;
    attributes?: { name: string; description?: string }[];
    events?: { name: string; description?: string }[];
    cssParts?: { name: string }[];
  };
  const cem = elementsManifest() as { modules: { declarations?: Declaration[] }[] };
  const elements = cem.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

  it("should describe every element of the table (widgets/elements.ts), and only those", () => {
    expect(elements.map((d) => d.tagName)).toEqual(widgetElements().map((e) => e.tag));
    expect(elements.length).toBeGreaterThanOrEqual(7);
  });

  it("should document every element, attribute and event (an undocumented one fails here)", () => {
    for (const d of elements) {
      expect(d.summary, d.tagName).toBeTruthy();
      for (const a of d.attributes ?? []) expect(a.description, `${d.tagName}[${a.name}]`).toBeTruthy();
      for (const e of d.events ?? []) expect(e.description, `${d.tagName} ${e.name}`).toBeTruthy();
      expect(d.events?.map((e) => e.name)).toEqual(expect.arrayContaining(["pa-load", "pa-error"]));
      expect(d.cssParts?.map((p) => p.name)).toContain("frame");
    }
  });

  it("should list the shared attributes and hide internal state", () => {
    const attributes = tagAttributes(cem);
    expect(attributes["pa-chart"]?.map((a) => a.name)).toEqual(
      expect.arrayContaining(["dataset", "measure", "region", "group", "period", "api", "lang", "theme", "timeout", "kind", "link"]),
    );
    for (const list of Object.values(attributes)) expect(list.map((a) => a.name)).not.toContain("announcement");
    expect(reactTypes(cem)).toContain('"pa-tilemap": React.DetailedHTMLProps');
  });

  it("should document `link` (linked widgets) on every element", () => {
    for (const [tag, list] of Object.entries(tagAttributes(cem)))
      expect(list.find((a) => a.name === "link")?.description, tag).toMatch(/follow each other: selecting a province, period or measure/);
  });
});

describe("package entry", () => {
  it("should resolve prosperity-atlas/widgets to the built bundle, with its types and manifest", () => {
    expect(import.meta.resolve("prosperity-atlas/widgets")).toBe(`file://${join(ROOT, ".assets/widgets/v1.js")}`);
    expect(import.meta.resolve("prosperity-atlas/widgets/custom-elements.json")).toBe(
      `file://${join(ROOT, ".assets/widgets/custom-elements.json")}`,
    );
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, { types?: string }> };
    expect(pkg.exports["./widgets"]?.types).toBe("./.tsbuild/widgets/widgets/index.d.ts");
  });
});
