/**
 * @module The colours a widget draws with, read from its frame's computed style so that `--pa-*` overrides
 * and the light/dark scheme reach the canvas too. Colours are normalised to `#rrggbb` where possible.
 */

/** Resolved colours and font of a frame. */
export interface Palette {
  /** Series colours `--c1`…`--c8`. */
  series: string[];
  fg: string;
  muted: string;
  grid: string;
  bg: string;
  font: string;
  /** Large-text factor (`--pa-font-scale`, 1 when unset), for text drawn on a canvas. */
  fontScale: number;
}

let probe: CanvasRenderingContext2D | null | undefined;

/** A CSS colour as `#rrggbb` (or `rgba(…)` when it has transparency), as the canvas understands it. */
export function normalizeColor(color: string): string {
  probe ??= document.createElement("canvas").getContext("2d");
  if (!probe || !color) return color;
  probe.fillStyle = "#000";
  probe.fillStyle = color;
  return String(probe.fillStyle);
}

/** Reads the palette of `frame` (the element's `.frame`). */
export function readPalette(frame: Element): Palette {
  const style = getComputedStyle(frame);
  const read = (name: string) => normalizeColor(style.getPropertyValue(name).trim());
  return {
    series: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => read(`--c${i}`)),
    fg: read("--fg"),
    muted: read("--muted"),
    grid: read("--grid"),
    bg: read("--bg"),
    font: style.fontFamily,
    fontScale: Math.min(3, Math.max(1, Number.parseFloat(style.getPropertyValue("--pa-font-scale")) || 1)),
  };
}

/** The colour class (`c1`…`c8`) of a series index, cycling. */
export const colorClass = (index: number): string => `c${(index % 8) + 1}`;
