/**
 * @module The palette in both schemes: Okabe–Ito hues, darkened in light and lightened in dark where needed for
 * 3:1 against the background (WCAG 1.4.11). The widgets resolve the same tokens through `--c1`…`--c8`, so a host's
 * `--pa-color-*` still applies; renderers without CSS (PNG, SVG) use the hex values here.
 */
import type { FigureColor, FigureMarker } from "./model";

const LIGHT = ["#0072b2", "#d55e00", "#009e73", "#aa4499", "#8a6d00", "#1f78b4", "#6a3d9a", "#57606a"];
const DARK = ["#56b4e9", "#e69f00", "#3fd0a4", "#f0a0d0", "#f0e442", "#ff8c5a", "#b39ddb", "#9da7b3"];
const SEQ_LIGHT = ["#deebf7", "#9ecae1", "#6baed6", "#2171b5", "#08306b"];
// On a dark page more is brighter: every class ≥ 4.5:1 against the dark background (the light ramp's top class,
// #08306b, was 1.5:1 and vanished), and dark ink on every class ≥ 4.5:1 (test/figure/dark-tilemap.test.ts).
const SEQ_DARK = ["#3d7fc2", "#6ea6d8", "#94c1e6", "#bcd8f0", "#e3eefa"];

/** Series colour `index` (cycling through eight). */
export function seriesColor(index: number): FigureColor {
  const i = ((index % 8) + 8) % 8;
  return { token: `c${i + 1}`, light: LIGHT[i] as string, dark: DARK[i] as string };
}

/** Sequential class colour `index` (0 lightest in light scheme … 4 strongest). */
export function classColor(index: number): FigureColor {
  const i = Math.max(0, Math.min(4, index));
  return { token: `seq${i}`, light: SEQ_LIGHT[i] as string, dark: SEQ_DARK[i] as string };
}

/** Foreground, muted text, grid and background of each scheme, for renderers without CSS. */
export const SCHEME = {
  light: { bg: "#ffffff", fg: "#1f2328", muted: "#57606a", grid: "#e6e8eb", border: "#d0d7de" },
  dark: { bg: "#0d1117", fg: "#e6edf3", muted: "#9da7b3", grid: "#262c34", border: "#30363d" },
} as const;

/**
 * Dash patterns in px, one per series beside its colour (colour is never the only cue): solid, dashed, dotted,
 * dash-dot, then again; with the markers, the first twelve series differ in dash or marker.
 */
export function seriesDash(index: number): number[] {
  const patterns = [[], [6, 3], [2, 3], [8, 3, 2, 3]];
  return patterns[((index % 4) + 4) % 4] as number[];
}

const MARKERS: readonly FigureMarker[] = ["circle", "square", "triangle", "diamond", "cross", "star"];

/** The marker shape of series `index` (six shapes, cycled). */
export function seriesMarker(index: number): FigureMarker {
  return MARKERS[((index % MARKERS.length) + MARKERS.length) % MARKERS.length] as FigureMarker;
}
