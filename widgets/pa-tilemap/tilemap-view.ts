/**
 * @module The view of `<pa-tilemap>` (a file of its own in the build): the 31 provinces as SVG tiles shaded in five
 * classes, a legend of the classes, arrow keys from tile to neighbouring tile, and the PNG painter.
 */
import { html, nothing, svg } from "lit";
import { buildTilemap, LIGHT_TEXT_FROM } from "../../figure/build/tilemap";
import type { Figure } from "../../figure/model";
import { GRID, nearestTile, TILES } from "../../figure/tile-layout";
import type { WidgetLang } from "../internal/i18n";
import type { DatasetHost } from "../views/host";
import { css, type DatasetBundle, figureOf, figureTable, messageView, provenance, vt } from "../views/index";
import type { PngFigure, View } from "../views/view";

/** The shared views, handed to the element with this view (element/views-loader.ts). */
export * as shared from "../views/index";

/** The tile map's own styles, adopted with the frame's when data is first shown (element/pa-element.ts). */
export const styles = css`
  /* The class colours, light and dark (figure/colors.ts); a host sets --pa-seq-1 … --pa-seq-5 instead. */
  .frame {
    --_seq0: #deebf7;
    --_seq1: #9ecae1;
    --_seq2: #6baed6;
    --_seq3: #2171b5;
    --_seq4: #08306b;
  }
  .frame.dark {
    --_seq0: #3d7fc2;
    --_seq1: #6ea6d8;
    --_seq2: #94c1e6;
    --_seq3: #bcd8f0;
    --_seq4: #e3eefa;
  }
  .map {
    display: block;
    width: 100%;
    max-height: var(--pa-height, 420px);
  }
  .map text {
    font-size: calc(11px * var(--pa-font-scale, 1));
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
    fill: #1f2328;
  }
  /* Long English names shrink to fit their tile (classes: CSP-safe, no style attributes). */
  .map text.v {
    font-size: calc(7.5px * var(--pa-font-scale, 1));
    font-variant-numeric: tabular-nums;
  }
  .map text.fs85 {
    font-size: 8.5px;
  }
  .map text.fs75 {
    font-size: 7.5px;
  }
  .map text.fs65 {
    font-size: 6.5px;
  }
  .map text.fs6 {
    font-size: 6px;
  }
  .map text.on-dark {
    fill: #ffffff;
  }
  .map text.nd {
    fill: var(--fg);
  }
  /* Every dark-scheme class is a light fill (figure/colors.ts): dark ink on all of them. */
  .frame.dark .map text:not(.nd) {
    fill: #0d1117;
  }
  .map rect {
    stroke: var(--bg);
    stroke-width: 2;
    cursor: pointer;
  }
  .map rect.nd {
    fill: var(--bg);
    stroke: var(--muted);
    stroke-dasharray: 3 2;
    stroke-width: 1;
  }
  .map rect.sel {
    stroke: var(--fg);
    stroke-width: 3;
  }
  .q0 { fill: var(--pa-seq-1, var(--_seq0)); }
  .q1 { fill: var(--pa-seq-2, var(--_seq1)); }
  .q2 { fill: var(--pa-seq-3, var(--_seq2)); }
  .q3 { fill: var(--pa-seq-4, var(--_seq3)); }
  .q4 { fill: var(--pa-seq-5, var(--_seq4)); }
`;

const SIZE = 40;

export { classOf, quantileClasses } from "../../figure/build/tilemap";

/** What the tile map keeps between renders. */
export interface TilemapHost extends DatasetHost {
  /** The tile the keyboard is on. */
  cursor?: string;
  /** Class index of each tile drawn (−1 = no data), for tests and linked pages. */
  tiles: Record<string, number>;
}

/** The view of a `<pa-tilemap>`. */
export function tilemapView(el: TilemapHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const figure = figureOf(el, bundle, lang, "tilemap", buildTilemap);
  const base = { provenance: provenance(bundle.data, el.base), png: true };
  if (figure.kind === "message" || !figure.tilemap) return messageView(figure, base);
  const { tiles, classes } = figure.tilemap;
  const period = figure.tilemap.period ?? "";
  const measure = figure.selection.measures[0] ?? "";
  const byCode = new Map(tiles.map((t) => [t.region, t]));
  const codes = Object.keys(TILES);
  el.tiles = Object.fromEntries(tiles.map((t) => [t.region, t.classIndex]));
  const sep = lang === "zh" ? "，" : ", ";
  const describe = (code: string) => {
    const tile = byCode.get(code);
    return `${tile?.name ?? code}${sep}${figure.title}${lang === "zh" ? "：" : ": "}${tile && tile.value !== null ? tile.text : vt("noData", lang)}`;
  };
  const pick = (code: string) => el.select({ region: code, period, measure, value: byCode.get(code)?.value ?? undefined });
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      if (el.cursor) pick(el.cursor);
      event.preventDefault();
      return;
    }
    const next = el.cursor ? nearestTile(el.cursor, event.key, codes) : event.key.startsWith("Arrow") ? el.selected || "CN-BJ" : undefined;
    if (!next) return;
    event.preventDefault();
    el.cursor = next;
    el.announce(describe(next));
  };
  const onClick = (event: Event) => {
    const code = (event.target as Element).closest("[data-region]")?.getAttribute("data-region");
    if (code) pick(code);
  };
  return {
    ...base,
    figure,
    title: figure.title,
    summary: figure.summary,
    takeaway: figure.takeaway,
    rows: tiles.filter((t) => t.value !== null).length,
    table: figureTable(figure, 1),
    body: html`
      <ul class="legend" part="legend" aria-label=${vt("legend", lang)}>
        ${classes.map(
          (c, i) => html`<li>
            <svg width="14" height="14" aria-hidden="true"><rect class="q${i}" width="14" height="14" rx="2"></rect></svg>
            ${c.label}
          </li>`,
        )}
        ${figure.unit ? html`<li>${vt("unit", lang)}${figure.unit}</li>` : nothing}
      </ul>
      <div
        part="figure"
        tabindex="0"
        role="application"
        aria-roledescription=${vt("map", lang)}
        aria-label=${figure.title}
        aria-describedby="summary keys"
        @keydown=${onKey}
      >
        <svg class="map" viewBox="0 0 ${GRID.columns * SIZE} ${GRID.rows * SIZE}" aria-hidden="true" @click=${onClick}>
          ${tiles.map((tile) => {
            const [x, y] = [tile.col, tile.row];
            const q = tile.classIndex;
            const mark = tile.region === el.selected || tile.region === el.cursor ? " sel" : "";
            const words = tileWords(tile.label, lang);
            const lines = tileLines(words, tile.short);
            const ink = q < 0 ? "nd" : q >= LIGHT_TEXT_FROM ? "on-dark" : "";
            return svg`<g data-region=${tile.region}>
              <rect x=${x * SIZE + 1} y=${y * SIZE + 1} width=${SIZE - 2} height=${SIZE - 2} rx="3" class=${(q < 0 ? "nd" : `q${q}`) + mark}></rect>
              ${lines.map(
                (line) =>
                  svg`<text x=${x * SIZE + SIZE / 2} y=${y * SIZE + SIZE / 2 + line.dy} class=${`${ink} ${line.value ? "v" : lang === "zh" ? "" : `fs${String(fontFor(words, lang)).replace(".", "")}`}`}>${line.text}</text>`,
              )}
            </g>`;
          })}
        </svg>
      </div>
      <span id="keys" hidden>${vt("keys", lang)}</span>
    `,
  };
}

/**
 * The lines of a tile: its name (one or two words) and, under it, its value in the legend's scale (so the class
 * is readable without colour), centred as a block; `dy` from the tile's middle.
 */
export function tileLines(words: readonly string[], value: string | undefined): { text: string; dy: number; value: boolean }[] {
  const lines = [...words.map((text) => ({ text, value: false })), ...(value ? [{ text: value, value: true }] : [])];
  const step = 9.5;
  return lines.map((l, i) => ({ ...l, dy: (i - (lines.length - 1) / 2) * step }));
}

/** A tile's name on one or two lines ("Inner Mongolia" → "Inner", "Mongolia"). */
export const tileWords = (label: string, lang: WidgetLang): string[] =>
  lang === "zh" ? [label.slice(0, 3)] : label.split(" ").slice(0, 2);

/** A font size that fits the longest word of a tile (40 px wide). */
export const fontFor = (words: readonly string[], lang: WidgetLang): number => {
  if (lang === "zh") return 11;
  const longest = Math.max(...words.map((w) => w.length));
  return longest > 10 ? 6 : longest > 8 ? 6.5 : longest > 6 ? 7.5 : 8.5;
};

/** The tiles as a PNG plot, painted from the figure model in the widget's scheme (names on every tile). */
export function tilemapPng(figure: Figure | undefined, scheme: "light" | "dark", font: string): PngFigure | undefined {
  const map = figure?.tilemap;
  if (!map || !figure) return undefined;
  return {
    width: map.cols * SIZE,
    height: map.rows * SIZE,
    paint: (ctx) => {
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      for (const tile of map.tiles) {
        const [x, y] = [tile.col * SIZE + 1, tile.row * SIZE + 1];
        ctx.fillStyle = tile.color[scheme];
        ctx.fillRect(x, y, SIZE - 2, SIZE - 2);
        ctx.fillStyle = tile.ink[scheme];
        const words = tileWords(tile.label, figure.lang);
        for (const line of tileLines(words, tile.short)) {
          ctx.font = `${line.value ? 7.5 : fontFor(words, figure.lang)}px ${font}`;
          ctx.fillText(line.text, x + SIZE / 2 - 1, y + SIZE / 2 - 1 + line.dy);
        }
      }
    },
  };
}
