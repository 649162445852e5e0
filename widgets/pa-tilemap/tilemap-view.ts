/**
 * @module The view of `<pa-tilemap>` (in the views chunk): the 31 provinces as SVG tiles shaded in five
 * classes, a legend of the classes, arrow keys from tile to neighbouring tile, and the PNG painter.
 */
import { html, nothing, svg } from "lit";
import type { WidgetLang } from "../internal/i18n";
import type { PngFigure, View } from "../internal/pa-element";
import { list } from "../internal/urls";
import { crossSection } from "../views/cross-section";
import { type DatasetBundle, measureMeta, provenance, unitOf, valueText, withUnitLabel } from "../views/dataset-helpers";
import { formatCompact, formatNumber, formatPeriod } from "../views/format";
import type { DatasetHost } from "../views/host";
import { normalizeColor } from "../views/palette";
import { vt } from "../views/strings";
import { summarizeRanking } from "../views/summary";
import { GRID, nearestTile, TILES } from "../../figure/tile-layout";

const SIZE = 40;
/** Text on the two darkest classes is white, on the others dark: ≥ 4.5:1 on every fill (tested). */
const LIGHT_TEXT_FROM = 3;

/** Splits values into `k` classes of (nearly) equal counts; returns each class's [min, max]. */
export function quantileClasses(values: readonly number[], k = 5): [number, number][] {
  const sorted = [...values].sort((a, b) => a - b);
  const classes: [number, number][] = [];
  for (let i = 0; i < k; i++) {
    const slice = sorted.slice(Math.floor((i * sorted.length) / k), Math.floor(((i + 1) * sorted.length) / k));
    const [first, last] = [slice[0], slice.at(-1)];
    if (first !== undefined && last !== undefined) classes.push([first, last]);
  }
  return classes;
}

/** The class of a value: the first whose maximum it does not exceed. */
export function classOf(value: number, classes: readonly [number, number][]): number {
  const i = classes.findIndex(([, max]) => value <= max);
  return i < 0 ? classes.length - 1 : i;
}

/** What the tile map keeps between renders. */
export interface TilemapHost extends DatasetHost {
  /** The tile the keyboard is on. */
  cursor?: string;
  /** Class index of each tile drawn (−1 = no data), for tests and linked pages. */
  tiles: Record<string, number>;
}

/** The view of a `<pa-tilemap>`. */
export function tilemapView(el: TilemapHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const { data, rows, regions } = bundle;
  const section = crossSection(rows, regions, list(el.measure)[0], el.period);
  const measure = section.measure ?? "";
  const period = section.period ?? "";
  const values = new Map(section.values.map((v) => [v.region, v]));
  const classes = quantileClasses(section.values.map((v) => v.value));
  const meta = measureMeta(data, measure);
  const what = meta?.title[lang] ?? measure;
  const title = el.caption || `${what} · ${formatPeriod(period, lang)}`;
  const text = (value: number) => valueText(data, measure, value, lang);
  const byDesc = [...section.values].sort((a, b) => b.value - a.value);
  const codes = Object.keys(TILES);
  const unit = unitOf(data, measure, lang);
  el.tiles = Object.fromEntries(codes.map((code) => [code, values.has(code) ? classOf(values.get(code)?.value ?? 0, classes) : -1]));
  const describe = (code: string) => {
    const v = values.get(code);
    const group = regions.group(code);
    const where = `${regions.name(code, lang)}${lang === "zh" ? "，" : ", "}`;
    return `${where}${what}: ${v ? text(v.value) : vt("noData", lang)}${group ? ` (${regions.groupName(group, lang)})` : ""}`;
  };
  const pick = (code: string) => el.select({ region: code, period, measure, value: values.get(code)?.value });
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
    title,
    summary: summarizeRanking(
      byDesc.map((v) => ({ name: regions.name(v.region, lang), text: text(v.value) })),
      what,
      period,
      lang,
    ),
    rows: section.values.length,
    png: true,
    provenance: provenance(data, el.base),
    table: {
      caption: title,
      columns: [{ label: vt("region", lang) }, { label: withUnitLabel(what, unit), numeric: true }],
      rows: byDesc.map((v) => ({
        key: v.region,
        cells: [
          { text: regions.name(v.region, lang), value: v.region },
          { text: formatNumber(v.value, lang, meta?.decimals), value: v.value },
        ],
      })),
    },
    body: html`
      <ul class="legend" part="legend" aria-label=${vt("legend", lang)}>
        ${classes.map(
          ([min, max], i) => html`<li>
            <svg width="14" height="14" aria-hidden="true"><rect class="q${i}" width="14" height="14" rx="2"></rect></svg>
            ${formatCompact(min, lang)}–${formatCompact(max, lang)}
          </li>`,
        )}
        ${unit ? html`<li>${vt("unit", lang)}${unit}</li>` : nothing}
      </ul>
      <div
        part="figure"
        tabindex="0"
        role="application"
        aria-roledescription=${vt("map", lang)}
        aria-label=${title}
        aria-describedby="summary keys"
        @keydown=${onKey}
      >
        <svg class="map" viewBox="0 0 ${GRID.columns * SIZE} ${GRID.rows * SIZE}" aria-hidden="true" @click=${onClick}>
          ${codes.map((code) => {
            const [x, y] = TILES[code] ?? [0, 0];
            const q = el.tiles[code] ?? -1;
            const mark = code === el.selected || code === el.cursor ? " sel" : "";
            return svg`<g data-region=${code}>
              <rect x=${x * SIZE + 1} y=${y * SIZE + 1} width=${SIZE - 2} height=${SIZE - 2} rx="3" class=${(q < 0 ? "nd" : `q${q}`) + mark}></rect>
              <text x=${x * SIZE + SIZE / 2} y=${y * SIZE + SIZE / 2} class=${q < 0 ? "nd" : q >= LIGHT_TEXT_FROM ? "on-dark" : ""}>${lang === "zh" ? regions.name(code, lang, true).slice(0, 3) : code.slice(3)}</text>
            </g>`;
          })}
        </svg>
      </div>
      <span id="keys" hidden>${vt("keys", lang)}</span>
    `,
  };
}

/** The tiles as a PNG figure, painted from the rendered SVG's computed colours. */
export function tilemapPng(root: ParentNode): PngFigure | undefined {
  const map = root.querySelector("svg.map");
  if (!map) return undefined;
  return {
    width: GRID.columns * SIZE,
    height: GRID.rows * SIZE,
    paint: (ctx) => {
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      for (const g of map.querySelectorAll("g")) {
        const rect = g.querySelector("rect");
        const label = g.querySelector("text");
        if (!rect || !label) continue;
        const x = Number(rect.getAttribute("x"));
        const y = Number(rect.getAttribute("y"));
        ctx.fillStyle = normalizeColor(getComputedStyle(rect).fill);
        ctx.fillRect(x, y, SIZE - 2, SIZE - 2);
        ctx.fillStyle = normalizeColor(getComputedStyle(label).fill);
        ctx.font = `11px ${getComputedStyle(label).fontFamily}`;
        ctx.fillText(label.textContent ?? "", x + SIZE / 2 - 1, y + SIZE / 2 - 1);
      }
    },
  };
}
