/**
 * @module The figure response of the charts Worker, as SVG or PNG: immutable for exact versions, a short cache
 * otherwise, 304 when the ETag matches (the SVG is not even drawn then). PNGs are the SVG rasterised by resvg with
 * the embedded font; data texts the font lacks are named in `x-pa-missing-glyphs` rather than passed off as drawn.
 */
import { FONT, FONT_CHARS, RESVG_WASM } from "./font";
import { initRasteriser, missingGlyphs, rasterise } from "./png";

const IMMUTABLE = "public, max-age=31536000, immutable";
const SHORT = "public, max-age=300, stale-while-revalidate=60";

/** How a figure is answered: `format` from the path, `density` (PNG) from the query. */
export interface FigureFormat {
  format: "svg" | "png";
  density: number;
}

/** Answers a figure request with `svg()` drawn, or rasterised, unless the client has it (`etag`). */
export async function figureResponse(
  request: Request,
  etag: string,
  exact: boolean,
  out: FigureFormat,
  svg: () => string,
): Promise<Response> {
  const png = out.format === "png";
  const headers: Record<string, string> = {
    "content-type": png ? "image/png" : "image/svg+xml; charset=utf-8",
    "cache-control": exact ? IMMUTABLE : SHORT,
    etag,
    "access-control-allow-origin": "*",
    "x-content-type-options": "nosniff",
    // An SVG opened on its own runs no script and loads nothing.
    "content-security-policy": png ? "default-src 'none'" : "default-src 'none'; style-src 'unsafe-inline'",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const text = svg();
  if (!png) return new Response(text, { headers });
  // The font is subset to the data at build time, so a gap means data changed without a build: say so.
  const missing = missingGlyphs(text, FONT_CHARS);
  if (missing.length) headers["x-pa-missing-glyphs"] = encodeURIComponent(missing.slice(0, 50).join(""));
  await initRasteriser(RESVG_WASM);
  return new Response(rasterise(text, FONT, out.density), { headers });
}

/** A caption's characters the PNG font cannot draw (a caption is the reader's own text; the SVG draws any). */
export function captionGaps(caption: string | null): string[] {
  return missingGlyphs(`<text>${(caption ?? "").replace(/[&<>]/g, (ch) => `&#${ch.charCodeAt(0)};`)}</text>`, FONT_CHARS);
}
