/**
 * @module Cues beside colour (colour is never the only cue, #12 item 5): marker shapes for series points and
 * hatch patterns for bars, stacks and classes, as SVG path data that every renderer draws the same way — the SVG
 * renderer as `<path>`/`<pattern>`, the widgets on canvas through `Path2D` and in their HTML legend as inline SVG.
 */
import type { FigureMarker } from "./model";

/** Chart.js's built-in point style that matches each marker shape. */
export const CHART_POINT_STYLE: Record<FigureMarker, string> = {
  circle: "circle",
  square: "rect",
  triangle: "triangle",
  diamond: "rectRot",
  cross: "crossRot",
  star: "star",
};

const f = (v: number) => String(Math.round(v * 100) / 100);

/** The marker shape as SVG path data centred on (cx, cy), radius `r`; `cross` is stroked, the others filled. */
export function markerPath(shape: FigureMarker, cx: number, cy: number, r: number): string {
  const p = (pts: [number, number][]) => `${pts.map(([x, y], i) => `${i ? "L" : "M"}${f(cx + x)},${f(cy + y)}`).join(" ")} Z`;
  switch (shape) {
    case "square":
      return p([
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ]);
    case "triangle":
      return p([
        [0, -r],
        [r * 0.95, r * 0.7],
        [-r * 0.95, r * 0.7],
      ]);
    case "diamond":
      return p([
        [0, -r * 1.1],
        [r * 1.1, 0],
        [0, r * 1.1],
        [-r * 1.1, 0],
      ]);
    case "cross":
      return `M${f(cx - r)},${f(cy - r)} L${f(cx + r)},${f(cy + r)} M${f(cx + r)},${f(cy - r)} L${f(cx - r)},${f(cy + r)}`;
    case "star": {
      const pts: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rr = i % 2 ? r * 0.5 : r * 1.15;
        pts.push([Math.cos(a) * rr, Math.sin(a) * rr]);
      }
      return p(pts);
    }
    default:
      return `M${f(cx - r)},${f(cy)} A${f(r)},${f(r)} 0 1 0 ${f(cx + r)},${f(cy)} A${f(r)},${f(r)} 0 1 0 ${f(cx - r)},${f(cy)} Z`;
  }
}

/** Whether a marker is drawn as a stroke (no fill). */
export const strokedMarker = (shape: FigureMarker): boolean => shape === "cross";

/**
 * The points of a series that carry its marker: all of them up to 24, else about a dozen evenly spaced and the
 * last — enough to tell series apart without burying the line.
 */
export function markedPoints(count: number): number[] {
  if (count <= 24) return Array.from({ length: count }, (_, i) => i);
  const step = Math.ceil(count / 12);
  const out: number[] = [];
  for (let i = 0; i < count; i += step) out.push(i);
  if (out.at(-1) !== count - 1) out.push(count - 1);
  return out;
}

/** The size of a hatch tile in px. */
export const HATCH_TILE = 8;

/**
 * Hatch `index` (by legend position) as SVG path data in an 8×8 tile, stroked over the fill colour; index 0 is
 * plain (no hatch), then diagonal, dots, horizontal, the other diagonal, cross-hatch, vertical, cycling.
 */
export function hatchPath(index: number): string {
  const paths = [
    "",
    "M-2,2 L2,-2 M0,8 L8,0 M6,10 L10,6",
    "M2,2 L2.01,2 M6,6 L6.01,6",
    "M0,2 L8,2 M0,6 L8,6",
    "M-2,6 L2,10 M0,0 L8,8 M6,-2 L10,2",
    "M0,0 L8,8 M8,0 L0,8",
    "M2,0 L2,8 M6,0 L6,8",
  ];
  return paths[((index % paths.length) + paths.length) % paths.length] as string;
}

/** The stroke width of hatch `index` (dots are round caps of a thicker stroke). */
export const hatchWidth = (index: number): number => (((index % 7) + 7) % 7 === 2 ? 2.2 : 1.3);
