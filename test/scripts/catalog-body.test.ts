/**
 * The catalog response serialized at build: joining its parts with any origin gives exactly the body the route
 * would serialize for that origin, and a catalog whose text contains the origin mark is refused.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../scripts/build/data";
import { catalogBody, catalogBytes, catalogTemplate } from "../../worker/lib/catalog-body";

const { catalog } = buildCatalog();

describe("catalogTemplate", () => {
  it("should give the serialized catalog body for every origin", () => {
    if (!catalog) throw new Error("data/ does not build");
    const template = JSON.parse(JSON.stringify(catalogTemplate(catalog)));
    expect(template.parts.length).toBeGreaterThan(catalog.datasets.length);
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const origin = new URL(url).origin;
        const expected = JSON.stringify(catalogBody(catalog, origin));
        expect(template.parts.join(origin)).toBe(expected);
        expect(new TextDecoder().decode(catalogBytes(template, origin))).toBe(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("should refuse a catalog whose text contains the origin mark", () => {
    if (!catalog) throw new Error("data/ does not build");
    const first = catalog.datasets[0];
    if (!first) throw new Error("empty catalog");
    const marked = { ...catalog, datasets: [{ ...first, id: "https://origin.mark.invalid" }] };
    expect(() => catalogTemplate(marked)).toThrow(/origin mark/);
  });
});
