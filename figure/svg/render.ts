/**
 * @module `renderSvg`: a {@link Figure} as a standalone, accessible SVG document (pure string output, no DOM) —
 * title, subtitle, takeaway, legend, the plot of its kind, notes and the source line with dataset@version, in the
 * same order as the widgets and their PNG export. `role="img"`, `<title>` and `<desc>` (the summary) make it
 * readable by screen readers; fonts fall back to the system's CJK sans-serif.
 */
import { SCHEME } from "../colors";
import type { Figure, LegendItem } from "../model";
import {
  type Box,
  hatchDefs,
  hatchedRect,
  type Ink,
  markerSvg,
  rankingPlot,
  seriesPlot,
  shareAreaPlot,
  sharePlot,
  statPlot,
  tablePlot,
  tilemapPlot,
} from "./plots";
import { esc, textWidth, wrap } from "./text";

/** How to render: size in px (height: chosen by kind when absent) and colour scheme. */
export interface SvgOptions {
  width?: number;
  height?: number;
  theme?: "light" | "dark";
  /** Font families, first choice first (the PNG rasteriser loads the first). */
  font?: string;
}

/** The font stack of the SVG: Noto Sans SC first (the PNG build embeds it), then the system's CJK fonts. */
export const SVG_FONT = "'Noto Sans SC','PingFang SC','Microsoft YaHei','Source Han Sans SC',system-ui,sans-serif";

const PAD = 20;
const DEFAULT_HEIGHT: Record<string, number> = { stat: 260, tilemap: 520, table: 480, message: 200 };

/** The height a figure's plot asks for when no height is given. */
function plotHeight(figure: Figure): number {
  if (figure.kind === "ranking") return (figure.ranking?.bars.length ?? 10) * 18 + 8;
  if (figure.kind === "indicator" && figure.indicator?.draw === "value") return (DEFAULT_HEIGHT.stat as number) - 140;
  return (DEFAULT_HEIGHT[figure.kind] ?? 400) - 140;
}

/** The SVG document of `figure`. */
export function renderSvg(figure: Figure, options: SvgOptions = {}): string {
  const width = clamp(options.width ?? 640, 240, 2400);
  const scheme = options.theme === "dark" ? "dark" : "light";
  const ink: Ink = { scheme, ...SCHEME[scheme] };
  const inner = width - PAD * 2;
  const head: string[] = [];
  let y = PAD;
  const block = (text: string | undefined, size: number, color: string, weight = 400, gap = 4) => {
    if (!text) return;
    const lh = Math.round(size * 1.4);
    for (const line of wrap(text, size, inner)) {
      y += lh;
      head.push(
        `<text x="${PAD}" y="${y - Math.round(size * 0.3)}" font-size="${size}" fill="${color}"${weight !== 400 ? ` font-weight="${weight}"` : ""}>${esc(line)}</text>`,
      );
    }
    y += gap;
  };
  block(figure.title, 18, ink.fg, 600);
  block(figure.subtitle, 13, ink.muted);
  block(figure.takeaway || figure.message, 14, ink.fg, 400, 8);
  y = legend(figure, ink, inner, y, head);

  // The footer (notes, source, licence) is laid out first so the plot gets the rest of the height.
  const foot: { text: string; size: number }[] = [];
  for (const note of figure.notes) for (const line of wrap(note, 11.5, inner)) foot.push({ text: line, size: 11.5 });
  for (const line of wrap(figure.source.text, 11.5, inner)) foot.push({ text: line, size: 11.5 });
  if (figure.source.licence) for (const line of wrap(figure.source.licence, 11.5, inner)) foot.push({ text: line, size: 11.5 });
  const footH = foot.length * 16 + 6;
  const drawn = figure.kind !== "message";
  // A ranking gets a row per bar; the other kinds a height that suits them.
  const plotH = plotHeight(figure);
  const height = clamp(options.height ?? y + (drawn ? plotH : 0) + footH + PAD, 120, 2400);
  const plotBox: Box = { x: PAD, y: y + 4, w: inner, h: Math.max(0, height - PAD - footH - y - 8) };
  const plot = drawn && plotBox.h > 40 ? plotOf(figure, plotBox, ink) : "";
  let fy = height - PAD - footH + 6;
  const footer = foot.map((f) => {
    fy += 16;
    return `<text x="${PAD}" y="${fy - 4}" font-size="${f.size}" fill="${ink.muted}">${esc(f.text)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d" lang="${figure.lang === "zh" ? "zh-CN" : "en"}" font-family="${esc(options.font ?? SVG_FONT)}">`,
    `<title id="t">${esc(figure.title)}</title>`,
    `<desc id="d">${esc(figure.summary || figure.message || figure.title)}</desc>`,
    `<rect width="100%" height="100%" fill="${ink.bg}"/>`,
    // Hatches beside colour on bars, stacks and ranking bars (colour is never the only cue).
    /pa-hatch-/.test(plot) ? hatchDefs(ink) : "",
    ...head,
    plot,
    ...footer,
    "</svg>",
  ].join("\n");
}

/** The legend (only when it names more than one thing, or the tile map's classes), in rows; returns the new y. */
function legend(figure: Figure, ink: Ink, inner: number, y: number, out: string[]): number {
  const tiles = figure.kind === "tilemap";
  const items: Pick<LegendItem, "label" | "color" | "dash" | "marker" | "pattern">[] = tiles
    ? (figure.tilemap?.classes ?? []).map((c) => ({ label: c.label, color: c.color, dash: [] as number[] }))
    : figure.legend.length > 1
      ? figure.legend
      : [];
  if (tiles && figure.unit)
    items.push({
      label: `${figure.lang === "zh" ? "单位：" : "Unit: "}${figure.unit}`,
      color: { token: "", light: "", dark: "" },
      dash: [],
    });
  if (!items.length) return y;
  let x = 0;
  let row = 0;
  const line = figure.kind === "line" || figure.kind === "area" || (figure.kind === "indicator" && figure.indicator?.draw === "line");
  for (const item of items) {
    const w = 22 + textWidth(item.label, 12) + 16;
    if (x + w > inner && x > 0) {
      row++;
      x = 0;
    }
    const cy = y + row * 18 + 9;
    const color = item.color[ink.scheme];
    if (color)
      out.push(
        line
          ? `<line x1="${PAD + x}" x2="${PAD + x + 18}" y1="${cy}" y2="${cy}" stroke="${color}" stroke-width="2.5"${item.dash.length ? ` stroke-dasharray="${item.dash.join(" ")}"` : ""}/>${
              item.marker ? markerSvg(item.marker, PAD + x + 9, cy, 3.5, color, ink) : ""
            }`
          : hatchedRect(PAD + x, cy - 6, 16, 12, color, item.pattern ?? 0),
      );
    out.push(`<text x="${PAD + x + (color ? 22 : 0)}" y="${cy + 4}" font-size="12" fill="${ink.fg}">${esc(item.label)}</text>`);
    x += w;
  }
  return y + (row + 1) * 18 + 6;
}

function plotOf(figure: Figure, box: Box, ink: Ink): string {
  switch (figure.kind) {
    case "line":
    case "area":
    case "bar":
      return seriesPlot(figure, box, ink, figure.kind);
    case "ranking":
      return rankingPlot(figure, box, ink);
    case "share":
      return figure.share?.draw === "area" ? shareAreaPlot(figure, box, ink) : sharePlot(figure, box, ink);
    case "tilemap":
      return tilemapPlot(figure, box, ink);
    case "stat":
      return statPlot(figure, box, ink);
    case "table":
      return tablePlot(figure, box, ink);
    case "indicator":
      // One value as a stat; a decomposition as stacked bars; else a line per region.
      if (figure.indicator?.draw === "value") return statPlot(figure, box, ink);
      return figure.indicator?.draw === "stack" ? seriesPlot(figure, box, ink, "bar", true) : seriesPlot(figure, box, ink, "line");
    default:
      return "";
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.round(v)));
}
