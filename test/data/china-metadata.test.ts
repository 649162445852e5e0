/**
 * Every raw China file is converted, and every China dataset documents itself completely: bilingual text,
 * measures with units and definitions, attribution, sources that name the raw files the converter reads, caveats.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONVERTERS } from "../../scripts/converters";
import { metaOf, raw } from "./china-support";

const china = CONVERTERS.filter((c) => c.rawFiles.some((f) => f.startsWith("china/")));

describe.runIf(raw)("the China raw folder", () => {
  it("should have every raw file read by a converter, including those in its subfolders", () => {
    const files = readdirSync(join(raw?.dir ?? "", "china"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".csv"));
    expect(files).toContain("added-2026-12/province_software_it_services_nbs.csv");
    const read = new Set(china.flatMap((c) => c.rawFiles));
    expect(files.filter((f) => !read.has(`china/${f}`))).toEqual([]);
  });
});

describe("China dataset metadata", () => {
  it.each(china.map((c) => [c.id, c] as const))("should document %s completely", (id, converter) => {
    const meta = metaOf(id);
    expect(meta, id).toBeDefined();
    if (!meta) return;
    expect(meta.themes.length).toBeGreaterThan(0);
    expect(meta.caveats.length).toBeGreaterThan(0);
    expect(meta.licence.attribution.zh).toMatch(/^来源/);
    for (const m of meta.measures) {
      expect(m.definition, `${id} ${m.id}`).toBeDefined();
      expect(m.unit.zh && m.unit.en, `${id} ${m.id}`).toBeTruthy();
    }
    const cited = new Set(meta.sources.map((s) => s.rawFile));
    expect([...cited].sort()).toEqual([...converter.rawFiles].sort());
    // A source without a page or repository of its own must point to the rows that carry one.
    for (const s of meta.sources) if (!s.url && !s.repository) expect(s.title, `${id} source`).toMatch(/per row|in each row/);
  });
});
