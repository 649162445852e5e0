/**
 * @module The PNG export of a whole figure (in the actions chunk): title, subtitle, takeaway, legend, the plot,
 * notes and the source line with dataset@version and date — everything the figure model says a reader sees,
 * painted at 2× on the widget's scheme.
 */
import { SCHEME } from "../../figure/colors";
import { wrapLines } from "../../figure/format/wrap";
import type { Figure, FigureColor } from "../../figure/model";
import { drawSwatch } from "../chart/canvas-marks";

/** A plot to put in the PNG: its size in CSS pixels and how to paint it. */
export interface PlotPainter {
  width: number;
  height: number;
  paint: (ctx: CanvasRenderingContext2D) => void;
}

/** Lines of `text` no wider than `width` as the canvas measures them (the rules of figure/format/wrap.ts). */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  return wrapLines(text, (t) => ctx.measureText(t).width, width);
}

/** Whether a figure's legend shows lines (with dash and marker) rather than boxes (with hatch). */
export const lineLegend = (figure: Figure): boolean =>
  figure.kind === "line" || figure.kind === "area" || (figure.kind === "indicator" && figure.indicator?.draw === "line");

/** At most this many rows of a table go into its PNG; a line says how many there are in all. */
const PNG_TABLE_ROWS = 40;

/** The table of a figure as a PNG plot: header, rows (numbers right-aligned), "… N rows in all" when cut. */
export function tablePainter(figure: Figure, scheme: "light" | "dark", font: string, width = 600): PlotPainter | undefined {
  const t = figure.table;
  if (!t) return undefined;
  const colors = SCHEME[scheme];
  const rows = t.rows.slice(0, PNG_TABLE_ROWS);
  const rowH = 20;
  const cut = t.rows.length > rows.length;
  const colW = width / Math.max(1, t.columns.length);
  return {
    width,
    height: rowH * (rows.length + 1 + (cut ? 1 : 0)) + 4,
    paint: (ctx) => {
      ctx.textBaseline = "middle";
      const cell = (text: string, c: number, y: number, numeric: boolean | undefined) => {
        ctx.textAlign = numeric ? "right" : "left";
        ctx.fillText(text, numeric ? (c + 1) * colW - 6 : c * colW + 6, y, colW - 12);
      };
      ctx.font = `600 12px ${font}`;
      ctx.fillStyle = colors.fg;
      for (const [c, col] of t.columns.entries()) cell(col.label, c, rowH / 2, col.numeric);
      ctx.fillStyle = colors.border;
      ctx.fillRect(0, rowH, width, 1);
      ctx.font = `12px ${font}`;
      rows.forEach((row, r) => {
        const y = rowH * (r + 1);
        if (r % 2) {
          ctx.fillStyle = colors.grid;
          ctx.fillRect(0, y + 1, width, rowH - 1);
        }
        ctx.fillStyle = colors.fg;
        for (const [i, c] of row.cells.entries()) cell(c.text, i, y + rowH / 2, t.columns[i]?.numeric);
      });
      if (cut) {
        ctx.fillStyle = colors.muted;
        cell(
          figure.lang === "zh" ? `……共 ${t.rows.length} 行` : `… ${t.rows.length} rows in all`,
          0,
          rowH * (rows.length + 1) + rowH / 2,
          false,
        );
      }
      ctx.textAlign = "left";
    },
  };
}

/** Paints the figure's frame around `plot` on a new canvas at `scale`×; returns the canvas. */
export function figureCanvas(
  figure: Figure,
  plot: PlotPainter | undefined,
  scheme: "light" | "dark",
  font: string,
  scale = 2,
): HTMLCanvasElement {
  const colors = SCHEME[scheme];
  const pick = (c: FigureColor) => c[scheme];
  // A table has no canvas of its own: its rows are painted from the model.
  plot ??= figure.kind === "table" ? tablePainter(figure, scheme, font) : undefined;
  const pad = 20;
  const width = Math.max(560, Math.ceil(plot?.width ?? 0));
  const inner = width;
  const measure = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
  type Block = { height: number; draw: (ctx: CanvasRenderingContext2D, y: number) => void };
  const blocks: Block[] = [];
  const text = (value: string, size: number, color: string, weight = 400, gap = 4) => {
    if (!value) return;
    measure.font = `${weight} ${size}px ${font}`;
    const lines = wrapText(measure, value, inner);
    const lh = Math.round(size * 1.45);
    blocks.push({
      height: lines.length * lh + gap,
      draw: (ctx, y) => {
        ctx.font = `${weight} ${size}px ${font}`;
        ctx.fillStyle = color;
        ctx.textBaseline = "top";
        for (const [i, l] of lines.entries()) ctx.fillText(l, pad, y + i * lh);
      },
    });
  };
  text(figure.title, 18, colors.fg, 600);
  text(figure.subtitle ?? "", 13, colors.muted);
  text(figure.takeaway || figure.message || "", 14, colors.fg, 400, 8);
  const legend = figure.legend.length > 1 || figure.kind === "tilemap" ? figure.legend : [];
  if (legend.length) {
    measure.font = `12px ${font}`;
    const rows: { x: number; item: (typeof legend)[number] }[][] = [[]];
    let x = 0;
    for (const item of legend) {
      const w = 22 + measure.measureText(item.label).width + 16;
      if (x + w > inner && x > 0) {
        rows.push([]);
        x = 0;
      }
      rows.at(-1)?.push({ x, item });
      x += w;
    }
    if (figure.kind === "tilemap" && figure.unit)
      rows.at(-1)?.push({
        x,
        item: {
          id: "unit",
          label: `${figure.lang === "zh" ? "单位：" : "Unit: "}${figure.unit}`,
          color: { token: "", light: "", dark: "" },
          dash: [],
        },
      });
    blocks.push({
      height: rows.length * 18 + 6,
      draw: (ctx, y) => {
        ctx.font = `12px ${font}`;
        ctx.textBaseline = "middle";
        rows.forEach((row, r) => {
          for (const { x: at, item } of row) {
            const cy = y + r * 18 + 8;
            if (item.color.light) drawSwatch(ctx, item, pad + at, cy, lineLegend(figure), pick(item.color), colors.bg);
            ctx.fillStyle = colors.fg;
            ctx.fillText(item.label, pad + at + (item.color.light ? 22 : 0), cy);
          }
        });
      },
    });
  }
  if (plot)
    blocks.push({
      height: plot.height + 8,
      draw: (ctx, y) => {
        ctx.save();
        ctx.translate(pad, y);
        plot.paint(ctx);
        ctx.restore();
      },
    });
  for (const note of figure.notes) text(note, 11.5, colors.muted, 400, 2);
  const date = figure.source.date;
  const source = `${figure.source.text}${date ? (figure.lang === "zh" ? `（${date}发布）` : ` (published ${date})`) : ""}`;
  text(source, 11.5, colors.muted, 400, 2);
  if (figure.source.licence) text(figure.source.licence, 11.5, colors.muted, 400, 2);
  const height = pad * 2 + blocks.reduce((h, b) => h + b.height, 0);
  const canvas = document.createElement("canvas");
  canvas.width = (width + pad * 2) * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext("2d");
  if (!ctx) return canvas;
  ctx.scale(scale, scale);
  ctx.fillStyle = colors.bg;
  ctx.fillRect(0, 0, width + pad * 2, height);
  let y = pad;
  for (const b of blocks) {
    b.draw(ctx, y);
    y += b.height;
  }
  return canvas;
}
