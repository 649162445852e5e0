/**
 * The element figures table (figure/element-figures.ts) against the elements themselves: each element's
 * attributes, as custom-elements.json describes them from its class, are exactly those the table says the server's
 * figure follows plus those it names as the widget's only (a new attribute fails here until the table says which);
 * each element's `kind` values are those its JSDoc documents (and custom-elements.json, which had the base's words for
 * every element's `kind`); the OpenAPI has a schema for each element's own
 * attribute; the builder's kinds are one per `kind` value and preset of every element (the widget's typo message
 * for `kind`: test/widgets/attribute-messages.test.ts). Measured before: these were five hand lists (the widget's KINDS, the charts Worker's
 * PARAMS and SHARE_PARAMS, oEmbed's attributes, the OpenAPI's "`chart` only", the builder's BUILDER_KINDS).
 */
import { describe, expect, it } from "vitest";
import { ELEMENT_FIGURES, kindsOf, serverAttributes } from "../../figure/element-figures";
import { builderKinds, KIND_TITLES } from "../../scripts/build/site/gallery-elements";
import { widgetElements } from "../../scripts/build/widget-elements";
import { elementsManifest, tagAttributes } from "../../scripts/build/widgets";
import { OWN_CHART_PARAMS } from "../../worker/contract/chart-operations";

/** Attributes about the live widget only (where its API is, how long to wait, linking, selection, text size). */
const INTERACTIVE = ["api", "timeout", "link", "selected", "font-scale"];

const attributes = tagAttributes(elementsManifest());

describe("the element figures table", () => {
  it("should have a row for every element of the element table, and no other", () => {
    expect(Object.keys(ELEMENT_FIGURES).sort()).toEqual(
      widgetElements()
        .map((e) => e.tag)
        .sort(),
    );
  });

  for (const tag of Object.keys(ELEMENT_FIGURES)) {
    it(`should say of every attribute of <${tag}> whether the server's figure follows it`, () => {
      const declared = (attributes[tag] ?? []).map((a) => a.name).filter((name) => !INTERACTIVE.includes(name));
      const said = [...(serverAttributes(tag) ?? []), ...(ELEMENT_FIGURES[tag]?.widgetOnly ?? [])];
      expect(declared.sort()).toEqual(said.sort());
    });

    it(`should give <${tag}>'s kinds as its JSDoc documents them`, () => {
      const kinds = kindsOf(tag);
      if (!kinds) return;
      // "`line` (default), `area` or `bar`.": the values in backticks, the default first.
      const documented = [...(attributes[tag]?.find((a) => a.name === "kind")?.description ?? "").matchAll(/`([a-z-]+)`/g)];
      expect(documented.map((m) => m[1])).toEqual(kinds);
      expect(documented[0]?.input?.slice(documented[0].index)).toMatch(/^`[a-z-]+` \(default/);
    });
  }

  it("should give the OpenAPI a schema for each element's own attribute, and none for another", () => {
    const own = [...new Set(Object.values(ELEMENT_FIGURES).flatMap((row) => row.params ?? []))];
    expect([...OWN_CHART_PARAMS].sort()).toEqual(own.sort());
  });

  it("should give the builder one kind per kind value and preset of every element, each with words", () => {
    const tags = widgetElements().map((e) => e.tag);
    const kinds = builderKinds(tags);
    const expected = Object.entries(ELEMENT_FIGURES).reduce(
      (n, [tag, row]) => n + (kindsOf(tag)?.length ?? 1) + (row.presets?.length ?? 0),
      0,
    );
    expect(kinds).toHaveLength(expected);
    expect(new Set(kinds.map((k) => k.tag))).toEqual(new Set(tags));
    expect(new Set(kinds.map((k) => k.value)).size).toBe(kinds.length);
    // Words for a kind the table does not give would never show: they must name a derived kind.
    expect(kinds.map((k) => k.value).sort()).toEqual(Object.keys(KIND_TITLES).sort());
    for (const k of kinds) {
      if (k.fixed.kind) expect(kindsOf(k.tag)).toContain(k.fixed.kind);
      // A builder kind fixes only attributes the charts Worker takes (its fallback image draws them).
      for (const name of Object.keys(k.fixed)) expect(serverAttributes(k.tag)).toContain(name);
    }
  });

  it("should name an element without a row in the builder by its tag, asked as a dataset element", () => {
    expect(builderKinds(["pa-new"])).toEqual([
      {
        value: "new",
        tag: "pa-new",
        title: { zh: "<pa-new>", en: "<pa-new>" },
        fixed: {},
        options: { multiMeasure: true, regions: "many", period: "range" },
      },
    ]);
  });
});
