/**
 * charts/png.ts in Node: the same WebAssembly resvg and Noto Sans SC subset the charts Worker uses (written by the
 * build to .charts/). CJK glyphs are drawn — compared with the same SVG rasterised with a font that lacks them,
 * which leaves the text blank — and texts the font cannot draw are named, not drawn as nothing.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import subsetFont from "subset-font";
import { beforeAll, describe, expect, it } from "vitest";
import { initRasteriser, missingGlyphs, rasterise } from "../../charts/png";
import { CHART_FONT, figureChars, writeChartFont } from "../../scripts/build/chart-font";
import { decodePng, inkIn } from "../support/png";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="80" viewBox="0 0 320 80" font-family="'Noto Sans SC',sans-serif"><rect width="320" height="80" fill="#fff"/><text x="10" y="50" font-size="32" fill="#000">数字经济规模</text></svg>`;

let font: Uint8Array;
beforeAll(async () => {
  await writeChartFont();
  font = readFileSync(CHART_FONT.font);
  await initRasteriser(readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm")));
}, 60_000);

describe("PNG rasteriser (resvg WebAssembly, embedded font)", () => {
  it("should draw CJK glyphs, where a font without them leaves the text blank", async () => {
    const latinOnly = new Uint8Array(
      await subsetFont(Buffer.from(font), "abcdefghijklmnopqrstuvwxyz0123456789", { targetFormat: "truetype" }),
    );
    const withFont = await decodePng(rasterise(SVG, font, 1));
    const without = await decodePng(rasterise(SVG, latinOnly, 1));
    expect([withFont.width, withFont.height]).toEqual([320, 80]);
    expect(inkIn(withFont, 0, 0, 320, 80)).toBeGreaterThan(400);
    expect(inkIn(without, 0, 0, 320, 80)).toBe(0);
  });

  it("should scale by the density", async () => {
    const image = await decodePng(rasterise(SVG, font, 2));
    expect([image.width, image.height]).toEqual([640, 160]);
  });

  it("should name the characters the font lacks, each once, and none the data uses", () => {
    const chars = new Set(figureChars());
    expect(missingGlyphs(SVG, chars)).toEqual([]);
    expect(missingGlyphs("<text>𠀀a𠀀&#12354;</text>", new Set("a"))).toEqual(["𠀀", "あ"]);
  });
});
