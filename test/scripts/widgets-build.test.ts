/**
 * The widget bundle build: the entry's gzip budget is enforced, every file is in the manifest with an SRI hash
 * that matches its bytes, the entry is self-contained (so its hash covers all code that runs at load), and
 * Chart.js lives only in its lazily loaded chunk.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWidgets, checkBudget, ENTRY_BUDGET_GZIP, type WidgetManifest } from "../../scripts/build/widgets";

describe("checkBudget", () => {
  it("should accept an entry at or under the budget and say its size", () => {
    expect(checkBudget({ path: "v1.js", gzip: ENTRY_BUDGET_GZIP })).toBe("v1.js 15.0 KiB gzip (budget 15.0 KiB)");
  });

  it("should fail an entry one byte over, naming the file, its size and the budget", () => {
    expect(() => checkBudget({ path: "v1.js", gzip: ENTRY_BUDGET_GZIP + 1 })).toThrow(
      "v1.js is 15.0 KiB gzip, over its budget of 15.0 KiB",
    );
    expect(() => checkBudget({ path: "pa.js", gzip: 20_000 }, 10_000)).toThrow(/^pa\.js is 19\.5 KiB gzip, over its budget of 9\.8 KiB$/);
  });
});

describe("buildWidgets", () => {
  let dir: string;
  let manifest: WidgetManifest;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pa-widgets-"));
    manifest = await buildWidgets(dir);
  }, 60_000);

  const read = (path: string) => readFileSync(join(dir, "widgets", path));

  it("should fail the build when the entry is over budget", async () => {
    await expect(buildWidgets(mkdtempSync(join(tmpdir(), "pa-widgets-")), 1024)).rejects.toThrow(
      /pa\.js is [\d.]+ KiB gzip, over its budget of 1\.0 KiB/,
    );
  }, 60_000);

  it("should keep the entry within budget", () => {
    const entry = manifest.files.find((f) => f.path === manifest.entry);
    expect(entry?.gzip).toBeLessThanOrEqual(ENTRY_BUDGET_GZIP);
  });

  it("should publish an SRI hash per file that matches its bytes", () => {
    expect(manifest.alias).toBe("v1.js");
    expect(manifest.entry).toMatch(/^\d+\.\d+\.\d+\/pa\.js$/);
    expect(manifest.files.map((f) => f.path.replace(/-[0-9a-f]{10}\.js$/, ".js")).sort()).toEqual(
      [manifest.entry, "v1.js", ...["actions", "chart", "views"].map((c) => `${manifest.version}/chunks/${c}.js`)].sort(),
    );
    for (const file of manifest.files)
      expect(file.integrity).toBe(`sha384-${createHash("sha384").update(read(file.path)).digest("base64")}`);
  });

  it("should make the entry self-contained: no static import, chunks only by dynamic import", () => {
    for (const path of [manifest.entry, manifest.alias]) {
      const code = read(path).toString();
      expect(code).not.toMatch(/(^|[;}])import\s*[{*\w]/);
      expect(code).not.toMatch(/\bfrom\s*"/);
      const chunks = [...code.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]);
      expect(chunks.map((c) => c?.replace(/-[0-9a-f]{10}\.js$/, ""))).toEqual(
        path === "v1.js"
          ? [`./${manifest.version}/chunks/views`, `./${manifest.version}/chunks/actions`]
          : ["./chunks/views", "./chunks/actions"],
      );
    }
  });

  it("should keep Chart.js out of the entry and the views chunk, and Lit out of every chunk", () => {
    const chunk = (name: string) => read(manifest.files.find((f) => f.path.includes(`/chunks/${name}-`))?.path ?? "").toString();
    // A Chart.js API name that minification keeps (it is a public method).
    expect(chunk("chart")).toContain("getElementsAtEventForMode");
    for (const code of [read(manifest.entry).toString(), chunk("views"), chunk("actions")])
      expect(code).not.toContain("getElementsAtEventForMode");
    // Lit's template marker lives once, in the entry.
    expect(read(manifest.entry).toString()).toContain("lit$");
    for (const name of ["views", "chart", "actions"]) expect(chunk(name)).not.toContain("lit$");
  });
});
