/**
 * The embed builder's snippets carry a static fallback for every element the charts Worker draws
 * (figure/embed/fallback.ts with builder.json's `drawn`): its image must be a figure the charts Worker answers,
 * for the builder's kinds and for `<pa-indicator>`. Measured before: the builder had no fallback for
 * `<pa-indicator>` (its hand-written set left it out), and the fallback image of "shares by region group"
 * (`share.svg?…&by=group`) was a 400, the charts Worker not taking `<pa-share>`'s `by`.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ELEMENT_FIGURES } from "../../figure/element-figures";
import { embedFallback } from "../../figure/embed/fallback";

const ORIGIN = "https://atlas.test";
const DRAWN = Object.keys(ELEMENT_FIGURES);

const THEIL =
  "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population&by=regions@1.0.0:group";

describe("the builder's fallback", () => {
  for (const [tag, attributes] of [
    [
      "pa-share",
      [
        ["dataset", "province-gdp@1.0.0"],
        ["by", "group"],
        ["measure", "gdp"],
        ["lang", "en"],
      ],
    ],
    [
      "pa-share",
      [
        ["dataset", "national-gdp@1.0.0"],
        ["measure", "primary,secondary,tertiary"],
        ["total", "gdp"],
        ["lang", "zh"],
      ],
    ],
    [
      "pa-chart",
      [
        ["dataset", "province-gdp@^1"],
        ["kind", "bar"],
        ["region", "CN-GD,CN-JS"],
        ["period", "2015..2024"],
        ["lang", "zh"],
        ["theme", "dark"],
      ],
    ],
    [
      "pa-ranking",
      [
        ["dataset", "province-gdp@1.0.0"],
        ["measure", "gdp"],
        ["period", "2024"],
        ["lang", "en"],
      ],
    ],
    [
      "pa-indicator",
      [
        ["indicator", "theil-t"],
        ["params", THEIL],
        ["lang", "en"],
      ],
    ],
  ] as [string, [string, string][]][]) {
    it(`should be a figure the charts Worker draws for <${tag} ${attributes.map(([k, v]) => `${k}="${v}"`).join(" ")}>`, async () => {
      const fallback = embedFallback(ORIGIN, DRAWN, tag, attributes, "the summary");
      expect(fallback, "a fallback").toBeDefined();
      const res = await SELF.fetch(fallback?.img ?? "");
      expect(res.status, await res.clone().text()).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
      expect(await res.text()).toMatch(/<desc id="d">[^<]{20,}<\/desc>/);
    });
  }

  it("should link an indicator's fallback to its page and its result, in the snippet's language", () => {
    const fallback = embedFallback(
      ORIGIN,
      DRAWN,
      "pa-indicator",
      [
        ["indicator", "theil-t"],
        ["params", THEIL],
        ["lang", "en"],
      ],
      "alt",
    );
    expect(fallback?.img).toBe(
      `${ORIGIN}/v1/charts/indicator.svg?${new URLSearchParams({ indicator: "theil-t", params: THEIL, lang: "en" })}`,
    );
    expect(fallback?.page.href).toBe(`${ORIGIN}/en/indicators/theil-t/`);
    expect(fallback?.csv.href).toBe(`${ORIGIN}/v1/indicators/theil-t?${THEIL}`);
    expect(fallback?.alt).toBe("alt");
  });

  it("should leave out the fallback of an element the charts Worker does not draw", () => {
    expect(embedFallback(ORIGIN, DRAWN, "pa-throwaway", [["dataset", "x"]], "alt")).toBeUndefined();
  });

  it("should refuse `by` and `total` on elements other than share, and a `by` other than group", async () => {
    for (const path of [
      "/v1/charts/chart.svg?dataset=province-gdp@1.0.0&by=group",
      "/v1/charts/ranking.svg?dataset=province-gdp@1.0.0&total=gdp",
      "/v1/charts/share.svg?dataset=province-gdp@1.0.0&by=region",
    ]) {
      const res = await SELF.fetch(`${ORIGIN}${path}`);
      expect(res.status, path).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/problem\+json/);
      await res.arrayBuffer();
    }
  });
});
