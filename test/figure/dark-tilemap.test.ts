/**
 * Every class of the tile map stands out from the page in both schemes (WCAG 1.4.11: ≥ 3:1 against the
 * background; the dark map's top class, #08306b on #0d1117, was 1.5:1 and vanished), and each tile's ink is
 * readable on its fill (≥ 4.5:1). The widgets' CSS carries the same colours as the figure model.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFigure } from "../../figure";
import { classColor, SCHEME } from "../../figure/colors";
import { load } from "./load";

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("tile map classes", () => {
  it("are each ≥ 3:1 against the dark background, distinct, and brighter for more", () => {
    const fills = [0, 1, 2, 3, 4].map((i) => classColor(i).dark);
    expect(new Set(fills).size).toBe(5);
    for (const [i, fill] of fills.entries()) {
      expect(contrast(fill, SCHEME.dark.bg), `dark class ${i} ${fill}`).toBeGreaterThanOrEqual(3);
      if (i > 0) expect(luminance(fill)).toBeGreaterThan(luminance(fills[i - 1] as string));
    }
  });

  it("label every tile with ink ≥ 4.5:1 on its fill, in both schemes", () => {
    const f = buildFigure({ ...load("province-gdp", "1.0.0"), lang: "en", kind: "tilemap" });
    for (const tile of f.tilemap?.tiles ?? [])
      for (const scheme of ["light", "dark"] as const)
        if (tile.classIndex >= 0)
          expect(contrast(tile.ink[scheme], tile.color[scheme]), `${tile.region} ${scheme}`).toBeGreaterThanOrEqual(4.5);
  });

  it("are the colours the widgets' CSS uses in the dark scheme", () => {
    const css = readFileSync("widgets/pa-tilemap/tilemap-view.ts", "utf8");
    const dark = css.slice(css.indexOf(".frame.dark {"));
    for (const i of [0, 1, 2, 3, 4]) expect(dark).toContain(`--_seq${i}: ${classColor(i).dark};`);
  });
});
