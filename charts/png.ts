/**
 * @module SVG → PNG in the charts Worker (and in Node: bench, tests) with resvg compiled to WebAssembly. Fonts come
 * only from the embedded Noto Sans SC subset (scripts/build/chart-font.ts), so a figure renders the same everywhere;
 * characters outside the subset are listed by {@link missingGlyphs} rather than silently drawn as nothing.
 */
import { initWasm, Resvg } from "@resvg/resvg-wasm";

let ready: Promise<void> | undefined;

/** Instantiates resvg once per isolate (`wasm`: the compiled module, or its bytes in Node). */
export function initRasteriser(wasm: WebAssembly.Module | ArrayBuffer | Uint8Array): Promise<void> {
  ready ??= initWasm(wasm);
  return ready;
}

/** The texts an SVG prints (its `<text>` contents, entities decoded). */
function texts(svg: string): string {
  let out = "";
  for (const m of svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g))
    out += (m[1] as string).replace(/&#(\d+);|&(amp|lt|gt|quot|apos);/g, (_, code: string | undefined, name: string | undefined) =>
      code
        ? String.fromCodePoint(Number(code))
        : (({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[name as string] as string),
    );
  return out;
}

/** The characters of the SVG's texts that `chars` (the font's character list) does not have, each once. */
export function missingGlyphs(svg: string, chars: ReadonlySet<string>): string[] {
  const missing = new Set<string>();
  for (const ch of texts(svg)) if (!chars.has(ch) && ch.trim() !== "") missing.add(ch);
  return [...missing];
}

/**
 * `svg` as a PNG at `density` device pixels per SVG pixel, on an opaque background (the SVG draws its own), with
 * `font` the only font. {@link initRasteriser} must have resolved.
 */
export function rasterise(svg: string, font: Uint8Array, density: number): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontBuffers: [font], defaultFontFamily: "Noto Sans SC", sansSerifFamily: "Noto Sans SC" },
    fitTo: { mode: "zoom", value: density },
  });
  const image = resvg.render();
  const png = image.asPng();
  image.free();
  resvg.free();
  return png;
}
