/**
 * @module The figure model's cues beside colour on a canvas: marker shapes and hatch patterns from the same path
 * data the SVG renderer draws (figure/marks.ts), so the widget, its PNG export and the server SVG agree.
 */
import { HATCH_TILE, hatchPath, hatchWidth, markerPath, strokedMarker } from "../../figure/marks";
import type { FigureMarker } from "../../figure/model";

/** Draws marker `shape` at (cx, cy): filled in `color` (hollow: `bg` inside), outlined in `color`. */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  shape: FigureMarker,
  cx: number,
  cy: number,
  r: number,
  color: string,
  bg: string,
  hollow = false,
): void {
  const path = new Path2D(markerPath(shape, cx, cy, r));
  ctx.save();
  ctx.setLineDash([]);
  ctx.strokeStyle = color;
  if (strokedMarker(shape)) {
    ctx.lineWidth = 2;
    ctx.stroke(path);
  } else {
    ctx.lineWidth = 1.5;
    ctx.fillStyle = hollow ? bg : color;
    ctx.fill(path);
    ctx.stroke(path);
  }
  ctx.restore();
}

const patterns = new Map<string, CanvasPattern | string>();

/** `color` with hatch `index` over it (index 0: the plain colour), as a canvas fill. */
export function hatchFill(color: string, index: number, bg: string): CanvasPattern | string {
  const d = hatchPath(index);
  if (!d) return color;
  const key = `${color}|${index}|${bg}`;
  let fill = patterns.get(key);
  if (!fill) {
    // Drawn at 2× so the hatch stays crisp on high-density screens and in the 2× PNG.
    const tile = document.createElement("canvas");
    tile.width = tile.height = HATCH_TILE * 2;
    const ctx = tile.getContext("2d");
    if (!ctx) return color;
    ctx.scale(2, 2);
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, HATCH_TILE, HATCH_TILE);
    ctx.strokeStyle = bg;
    ctx.globalAlpha = 0.75;
    ctx.lineWidth = hatchWidth(index);
    ctx.lineCap = "round";
    ctx.stroke(new Path2D(d));
    const pattern = ctx.createPattern(tile, "repeat");
    pattern?.setTransform(new DOMMatrix().scale(0.5, 0.5));
    fill = pattern ?? color;
    patterns.set(key, fill);
  }
  return fill;
}

/** A legend swatch: a line with its dash and marker (line figures), else a box with its hatch. */
export function drawSwatch(
  ctx: CanvasRenderingContext2D,
  item: { dash: number[]; marker?: FigureMarker; pattern?: number },
  x: number,
  cy: number,
  line: boolean,
  color: string,
  bg: string,
): void {
  ctx.save();
  if (line) {
    ctx.strokeStyle = color;
    ctx.lineWidth = 2.5;
    ctx.setLineDash(item.dash);
    ctx.beginPath();
    ctx.moveTo(x, cy);
    ctx.lineTo(x + 18, cy);
    ctx.stroke();
    if (item.marker) drawMarker(ctx, item.marker, x + 9, cy, 3.5, color, bg);
  } else {
    ctx.fillStyle = hatchFill(color, item.pattern ?? 0, bg);
    ctx.fillRect(x, cy - 6, 16, 12);
  }
  ctx.restore();
}
