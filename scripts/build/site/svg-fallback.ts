/**
 * @module A built SVG figure as an element's fallback content: the image with the figure's summary (its `<desc>`)
 * as alt text and its drawn size, plus the links the reader can follow without JavaScript. Demo, home-page and
 * indicator figures all read their built file this way (the file is reused across builds when its inputs match).
 */
import type { Fallback } from "./widgets";

const unescapeXml = (v: string) => v.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)));

/** The fallback of the SVG text `svg` served at `img`, with the page and numbers links. */
export function svgFallback(svg: string, img: string, page: Fallback["page"], csv: Fallback["csv"]): Fallback {
  return {
    img,
    alt: unescapeXml(/<desc id="d">([^<]*)<\/desc>/.exec(svg)?.[1] ?? ""),
    width: Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1] ?? 640),
    height: Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1] ?? 400),
    page,
    csv,
  };
}
