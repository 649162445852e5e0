/**
 * @module The plot area of each figure kind as SVG markup, drawn from the {@link Figure} alone: series (lines,
 * areas, bars) on their axes, ranking bars, share stacks, the tile map, the stat headline and the table. Every
 * label printed here is a label of the model (ticks, names, texts); nothing is formatted again.
 */
import { HATCH_TILE, hatchPath, hatchWidth, markedPoints, markerPath, strokedMarker } from "../marks";
import type { Figure, FigureColor, FigureMarker, YAxis } from "../model";
import { clip, esc, textWidth } from "./text";

/** The colours of one scheme as the renderer uses them. */
export interface Ink {
  scheme: "light" | "dark";
  bg: string;
  fg: string;
  muted: string;
  grid: string;
  border: string;
}

/** Where to draw: the plot's box in px. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();
const pick = (ink: Ink, c: FigureColor) => c[ink.scheme] || ink.fg;
const label = (x: number, y: number, text: string, size: number, fill: string, anchor = "start", extra = "") =>
  `<text x="${n(x)}" y="${n(y)}" font-size="${size}" fill="${fill}" text-anchor="${anchor}"${extra}>${esc(text)}</text>`;
const scale = (domain: [number, number], from: number, to: number) => {
  const [a, b] = domain;
  const span = b - a || 1;
  return (v: number) => from + ((v - a) / span) * (to - from);
};

/** The id of hatch pattern `index` (0 is plain: no pattern). */
const hatchId = (index: number) => `pa-hatch-${((index % 7) + 7) % 7}`;

/** The hatch patterns a figure may use, as `<defs>` (stroked in the background colour over the fill). */
export function hatchDefs(ink: Ink): string {
  const tiles = [1, 2, 3, 4, 5, 6].map(
    (i) =>
      `<pattern id="${hatchId(i)}" width="${HATCH_TILE}" height="${HATCH_TILE}" patternUnits="userSpaceOnUse"><path d="${hatchPath(i)}" stroke="${ink.bg}" stroke-opacity="0.75" stroke-width="${hatchWidth(i)}" stroke-linecap="round" fill="none"/></pattern>`,
  );
  return `<defs>${tiles.join("")}</defs>`;
}

/** A rectangle filled with `color` and, for a hatch index above 0, the hatch over it. */
export function hatchedRect(x: number, y: number, w: number, h: number, color: string, hatch = 0, extra = "", inner = ""): string {
  const box = `x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"`;
  const rect = `<rect ${box} fill="${color}"${extra}>${inner}</rect>`;
  return hatch % 7 ? `${rect}<rect ${box} fill="url(#${hatchId(hatch)})"/>` : rect;
}

/** A marker at (cx, cy): filled in `color` (or hollow: the background inside), outlined in `color`. */
export function markerSvg(shape: FigureMarker, cx: number, cy: number, r: number, color: string, ink: Ink, hollow = false): string {
  const d = markerPath(shape, cx, cy, r);
  if (strokedMarker(shape)) return `<path d="${d}" stroke="${color}" stroke-width="2" fill="none"/>`;
  return `<path d="${d}" fill="${hollow ? ink.bg : color}" stroke="${color}" stroke-width="1.5"/>`;
}

/** Series on a time or category x axis with one or two value axes. */
export function seriesPlot(f: Figure, box: Box, ink: Ink, kind: "line" | "area" | "bar", stacked = false): string {
  const out: string[] = [];
  const left = f.y.find((a) => a.side === "left");
  const right = f.y.find((a) => a.side === "right");
  const tickW = (a?: YAxis) => (a ? Math.max(...a.ticks.map((t) => textWidth(t.label, 11)), 0) + 8 : 0);
  const x0 = box.x + tickW(left);
  const x1 = box.x + box.w - tickW(right);
  const top = box.y + (f.y.length ? 16 : 0);
  const y0 = box.y + box.h - 20;
  const x = f.x;
  const categories = x?.kind === "category";
  const count = categories ? (x?.categories?.length ?? 1) : 1;
  const band = (x1 - x0) / Math.max(count, 1);
  const sx = categories
    ? (v: number) => x0 + band * (v + 0.5)
    : scale(x?.domain ?? [0, 1], x0 + (kind === "bar" ? band / 2 : 0), x1 - (kind === "bar" ? band / 2 : 0));
  const ys = new Map(f.y.map((a) => [a.id, scale(a.domain, y0, top)]));
  for (const a of f.y) {
    const sy = ys.get(a.id) as (v: number) => number;
    for (const t of a.ticks) {
      const y = sy(t.value);
      if (a.side === "left") out.push(`<line x1="${n(x0)}" x2="${n(x1)}" y1="${n(y)}" y2="${n(y)}" stroke="${ink.grid}"/>`);
      out.push(
        a.side === "left" ? label(x0 - 6, y + 4, t.label, 11, ink.muted, "end") : label(x1 + 6, y + 4, t.label, 11, ink.muted, "start"),
      );
    }
    out.push(label(a.side === "left" ? box.x : box.x + box.w, box.y + 10, a.title, 11, ink.muted, a.side === "left" ? "start" : "end"));
  }
  out.push(`<line x1="${n(x0)}" x2="${n(x1)}" y1="${n(y0)}" y2="${n(y0)}" stroke="${ink.border}"/>`);
  const xticks = categories
    ? (x?.categories ?? []).map((c, i) => ({ value: i, label: c })).filter((_, i, all) => i % Math.ceil(all.length / 8) === 0)
    : (x?.ticks ?? []);
  for (const t of xticks) out.push(label(sx(t.value), y0 + 15, t.label, 11, ink.muted, "middle"));
  const bars = stacked ? 1 : f.series.length;
  const base = new Map<number, number>();
  f.series.forEach((s, si) => {
    const sy = ys.get(s.axis) ?? ys.values().next().value;
    if (!sy) return;
    const color = pick(ink, s.color);
    if (kind === "bar") {
      const w = Math.max(1, (categories ? band : (x1 - x0) / Math.max(s.points.length, 1)) * 0.8) / bars;
      for (const p of s.points) {
        if (p.y === null) continue;
        const bx = sx(p.x) - (w * bars) / 2 + (stacked ? 0 : si) * w;
        // Stacked (a decomposition): each part starts where the one below ended.
        const from = stacked ? (base.get(p.x) ?? 0) : 0;
        if (stacked) base.set(p.x, from + p.y);
        const by = sy(Math.max(from + p.y, from));
        const h = Math.abs(sy(from + p.y) - sy(from));
        const hatch = f.legend.find((l) => l.id === s.id)?.pattern ?? 0;
        out.push(hatchedRect(bx, by, w, h, color, hatch, p.hollow ? ` fill-opacity="0.45"` : ""));
      }
      return;
    }
    const runs: string[] = [];
    let run: string[] = [];
    for (const p of s.points) {
      if (p.y === null) {
        if (run.length) runs.push(run.join(" "));
        run = [];
        continue;
      }
      run.push(`${run.length ? "L" : "M"}${n(sx(p.x))},${n(sy(p.y))}`);
    }
    if (run.length) runs.push(run.join(" "));
    const dash = s.dash.length ? ` stroke-dasharray="${s.dash.join(" ")}"` : "";
    for (const d of runs) {
      if (kind === "area") {
        const xs = [...d.matchAll(/[ML]([-\d.]+),/g)].map((m) => m[1]);
        out.push(`<path d="${d} L${xs.at(-1)},${n(y0)} L${xs[0]},${n(y0)} Z" fill="${color}" fill-opacity="0.18"/>`);
      }
      out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2.5"${dash} stroke-linejoin="round"/>`);
    }
    // Markers (the series' shape) on the marked points, and on every weak-source point (hollow).
    const marked = new Set(markedPoints(s.points.length));
    s.points.forEach((p, i) => {
      if (p.y !== null && (p.hollow || marked.has(i) || s.points.length === 1))
        out.push(markerSvg(s.marker ?? "circle", sx(p.x), sy(p.y), 3.5, color, ink, p.hollow));
    });
  });
  for (const a of f.annotations) {
    if (a.kind === "break") {
      const bx = sx(a.x);
      out.push(`<line x1="${n(bx)}" x2="${n(bx)}" y1="${n(top)}" y2="${n(y0)}" stroke="${ink.muted}" stroke-dasharray="3 3"/>`);
    }
  }
  return out.join("");
}

/** Horizontal bars of a ranking, name left, value at the bar's end. */
export function rankingPlot(f: Figure, box: Box, ink: Ink): string {
  const r = f.ranking;
  if (!r) return "";
  const rows = Math.max(1, Math.min(r.bars.length, Math.floor(box.h / 18)));
  const bars = r.bars.slice(0, rows);
  const nameW = Math.min(box.w * 0.35, Math.max(...bars.map((b) => textWidth(b.name, 12)), 0) + 8);
  const valueW = Math.max(...bars.map((b) => textWidth(b.text, 11)), 0) + 8;
  const x0 = box.x + nameW;
  const [lo, hi] = r.axis.domain;
  const sx = scale([Math.min(lo, 0), Math.max(hi, 0)], x0, box.x + box.w - valueW);
  const step = box.h / rows;
  return bars
    .map((b, i) => {
      const y = box.y + i * step;
      const from = sx(Math.min(0, b.value));
      const w = Math.abs(sx(b.value) - sx(0));
      return (
        label(x0 - 6, y + step / 2 + 4, clip(b.name, 12, nameW - 8), 12, ink.fg, "end") +
        hatchedRect(from, y + step * 0.15, w, step * 0.7, pick(ink, b.color), b.pattern ?? 0) +
        label(from + w + 4, y + step / 2 + 4, b.text, 11, ink.muted)
      );
    })
    .join("");
}

/** 100 % stacks of a share figure, one row per stack. */
export function sharePlot(f: Figure, box: Box, ink: Ink): string {
  const s = f.share;
  if (!s) return "";
  const stacks = s.stacks.slice(0, Math.max(1, Math.floor(box.h / 22)));
  const labelW = Math.min(box.w * 0.25, Math.max(...stacks.map((t) => textWidth(t.label, 12)), 0) + 8);
  const x0 = box.x + labelW;
  const w = box.w - labelW;
  const step = box.h / stacks.length;
  return stacks
    .map((stack, i) => {
      const y = box.y + i * step;
      const total = stack.parts.reduce((sum, p) => sum + Math.max(p.value, 0), 0) || 1;
      let at = x0;
      const parts = stack.parts.map((p) => {
        const pw = (Math.max(p.value, 0) / total) * w;
        const rect = hatchedRect(
          at,
          y + step * 0.15,
          pw,
          step * 0.7,
          pick(ink, p.color),
          p.pattern ?? 0,
          "",
          `<title>${esc(`${p.name} ${p.text}`)}</title>`,
        );
        const text = pw > textWidth(p.text, 10) + 6 ? label(at + pw / 2, y + step / 2 + 4, p.text, 10, ink.bg, "middle") : "";
        at += pw;
        return rect + text;
      });
      return label(x0 - 6, y + step / 2 + 4, stack.label, 12, ink.fg, "end") + parts.join("");
    })
    .join("");
}

/**
 * The share figure as stacked areas over its periods (`<pa-share kind="area">`), as the widget's canvas draws it:
 * the first part at the bottom, each filled in its colour at a third of its strength with its hatch over it (the
 * legend's cue), its upper edge a line with markers on the marked points; the model's 0–100 % axis at the left.
 */
export function shareAreaPlot(f: Figure, box: Box, ink: Ink): string {
  const s = f.share;
  if (!s?.stacks.length) return "";
  const out: string[] = [];
  const a = s.axis;
  const x0 = box.x + Math.max(...a.ticks.map((t) => textWidth(t.label, 11)), 0) + 8;
  const x1 = box.x + box.w - 8;
  const top = box.y + 16;
  const y0 = box.y + box.h - 20;
  const sy = scale(a.domain, y0, top);
  const count = s.stacks.length;
  // Chart.js puts a line chart's first and last category on the plot's edges; one period sits in the middle.
  const sx = (i: number) => (count > 1 ? x0 + ((x1 - x0) * i) / (count - 1) : (x0 + x1) / 2);
  for (const t of a.ticks) {
    const y = sy(t.value);
    out.push(`<line x1="${n(x0)}" x2="${n(x1)}" y1="${n(y)}" y2="${n(y)}" stroke="${ink.grid}"/>`);
    out.push(label(x0 - 6, y + 4, t.label, 11, ink.muted, "end"));
  }
  out.push(label(box.x, box.y + 10, a.title, 11, ink.muted));
  out.push(`<line x1="${n(x0)}" x2="${n(x1)}" y1="${n(y0)}" y2="${n(y0)}" stroke="${ink.border}"/>`);
  const every = Math.ceil(count / 8);
  s.stacks.forEach((stack, i) => {
    if (i % every === 0) out.push(label(sx(i), y0 + 15, stack.label, 11, ink.muted, "middle"));
  });
  // A part missing in a period adds nothing there (its published share is absent, not negative).
  const below = s.stacks.map(() => 0);
  const marked = new Set(markedPoints(count));
  const lines: string[] = [];
  for (const part of f.legend) {
    const values = s.stacks.map((stack) => Math.max(stack.parts.find((p) => p.id === part.id)?.value ?? 0, 0));
    const lower = s.stacks.map((_, i) => below[i] ?? 0);
    const upper = values.map((v, i) => (lower[i] ?? 0) + v);
    upper.forEach((v, i) => {
      below[i] = v;
    });
    const edge = upper.map((v, i) => `${n(sx(i))},${n(sy(v))}`);
    const floor = lower.map((v, i) => `${n(sx(i))},${n(sy(v))}`).reverse();
    const d = `M${edge.join(" L")} L${floor.join(" L")} Z`;
    const color = pick(ink, part.color);
    const hatch = part.pattern ?? 0;
    out.push(`<path d="${d}" fill="${color}" fill-opacity="0.33"><title>${esc(part.label)}</title></path>`);
    if (hatch % 7) out.push(`<path d="${d}" fill="url(#${hatchId(hatch)})"/>`);
    // Lines and markers over every fill, so a later part's fill does not veil an earlier part's edge.
    lines.push(`<path d="M${edge.join(" L")}" fill="none" stroke="${color}" stroke-width="2" stroke-linejoin="round"/>`);
    upper.forEach((v, i) => {
      if (marked.has(i) || count === 1) lines.push(markerSvg(part.marker ?? "circle", sx(i), sy(v), 3, color, ink));
    });
  }
  return out.join("") + lines.join("");
}

/** The tile map: one square per region at its grid place, its short name and value printed on it. */
export function tilemapPlot(f: Figure, box: Box, ink: Ink): string {
  const t = f.tilemap;
  if (!t) return "";
  const size = Math.min(box.w / t.cols, box.h / t.rows);
  const ox = box.x + (box.w - size * t.cols) / 2;
  return t.tiles
    .map((tile) => {
      const x = ox + tile.col * size;
      const y = box.y + tile.row * size;
      const fill = tile.classIndex < 0 ? ink.grid : pick(ink, tile.color);
      const fg = tile.classIndex < 0 ? ink.muted : pick(ink, tile.ink);
      return (
        `<rect x="${n(x + 1)}" y="${n(y + 1)}" width="${n(size - 2)}" height="${n(size - 2)}" rx="2" fill="${fill}"><title>${esc(`${tile.name} ${tile.text}`)}</title></rect>` +
        label(x + size / 2, y + size * 0.45, clip(tile.label, Math.min(12, size / 3.2), size - 4), Math.min(12, size / 3.2), fg, "middle") +
        (size >= 34
          ? label(
              x + size / 2,
              y + size * 0.78,
              clip(tile.short ?? tile.text, Math.min(10, size / 4), size - 4),
              Math.min(10, size / 4),
              fg,
              "middle",
            )
          : "")
      );
    })
    .join("");
}

/** The stat: the value large, its period and change, and a sparkline. */
export function statPlot(f: Figure, box: Box, ink: Ink): string {
  const s = f.stat;
  if (!s) return "";
  const out = [
    label(box.x, box.y + 40, s.text, 40, ink.fg, "start", ` font-weight="700"`),
    label(box.x, box.y + 62, s.periodText, 13, ink.muted),
  ];
  if (s.change) out.push(label(box.x, box.y + 82, s.change.text, 13, ink.fg));
  const pts = s.sparkline;
  if (pts.length > 1) {
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const sx = scale([Math.min(...xs), Math.max(...xs)], box.x, box.x + Math.min(box.w, 240));
    const sy = scale([Math.min(...ys), Math.max(...ys)], box.y + box.h - 4, box.y + 96);
    const d = pts.map((p, i) => `${i ? "L" : "M"}${n(sx(p.x))},${n(sy(p.y))}`).join(" ");
    out.push(
      `<path d="${d}" fill="none" stroke="${pick(ink, f.series[0]?.color ?? { token: "", light: ink.fg, dark: ink.fg })}" stroke-width="2"/>`,
    );
  }
  return out.join("");
}

/** The table: header and as many rows as fit, numbers right-aligned. */
export function tablePlot(f: Figure, box: Box, ink: Ink): string {
  const t = f.table;
  if (!t) return "";
  const cols = t.columns.length || 1;
  const colW = box.w / cols;
  const rowH = 18;
  const fit = Math.max(0, Math.floor(box.h / rowH) - 1);
  const rows = t.rows.slice(0, fit);
  const cell = (text: string, c: number, y: number, numeric: boolean | undefined, color: string, bold = false) =>
    label(
      numeric ? box.x + (c + 1) * colW - 4 : box.x + c * colW + 4,
      y,
      clip(text, 11, colW - 8),
      11,
      color,
      numeric ? "end" : "start",
      bold ? ` font-weight="600"` : "",
    );
  const out = t.columns.map((col, c) => cell(col.label, c, box.y + 13, col.numeric, ink.fg, true));
  out.push(`<line x1="${n(box.x)}" x2="${n(box.x + box.w)}" y1="${n(box.y + rowH)}" y2="${n(box.y + rowH)}" stroke="${ink.border}"/>`);
  rows.forEach((row, r) => {
    row.cells.forEach((c, i) => {
      out.push(cell(c.text, i, box.y + rowH * (r + 2) - 5, t.columns[i]?.numeric, ink.fg));
    });
  });
  if (t.rows.length > rows.length)
    out.push(
      label(
        box.x,
        box.y + rowH * (rows.length + 2) - 5,
        f.lang === "zh" ? `……共 ${t.rows.length} 行` : `… ${t.rows.length} rows in all`,
        11,
        ink.muted,
      ),
    );
  return out.join("");
}
