/**
 * @module The view of `<pa-stat>` (a file of its own in the build): the latest value, its change and an SVG sparkline.
 */
import { html, nothing, svg } from "lit";
import { buildStat } from "../../figure/build/stat";
import type { Figure } from "../../figure/model";
import type { WidgetLang } from "../internal/i18n";
import type { DatasetHost } from "../views/host";
import {
  bestMatch,
  css,
  type DatasetBundle,
  figureOf,
  figureTable,
  messageView,
  provenance,
  rowCandidate,
  SCHEME,
  seriesColor,
} from "../views/index";
import type { PngFigure, View } from "../views/view";

/** The shared views, handed to the element with this view (element/views-loader.ts). */
export * as shared from "../views/index";

/** The key figure's own styles, adopted with the frame's when data is first shown (element/pa-element.ts). */
export const styles = css`
  .stat {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 4px 16px;
  }
  .value {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .change {
    color: var(--muted);
  }
  .spark {
    flex: 1 1 120px;
    min-width: 80px;
    height: 32px;
  }
  .spark path {
    fill: none;
    stroke: var(--c1);
    stroke-width: 2;
  }
  .spark .mark {
    stroke: var(--fg);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
`;

const W = 120;
const H = 32;

/** The SVG path of a sparkline through `values`, scaled to a 120×32 box (flat series sit in the middle). */
export function sparkPath(values: readonly number[]): string {
  if (values.length === 0) return "";
  const min = Math.min(...values);
  const span = Math.max(...values) - min;
  const dx = values.length > 1 ? W / (values.length - 1) : 0;
  const y = (v: number) => (span ? H - 2 - ((v - min) / span) * (H - 4) : H / 2);
  return values.map((v, i) => `${i ? "L" : "M"}${(i * dx).toFixed(1)},${y(v).toFixed(1)}`).join("");
}

/** The x of point `index` of a sparkline through `values` (as {@link sparkPath} places it). */
const sparkX = (values: readonly number[], index: number): string => (values.length > 1 ? (index * W) / (values.length - 1) : 0).toFixed(1);

/** The view of a `<pa-stat>`. */
export function statView(el: DatasetHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const figure = figureOf(el, bundle, lang, "stat", buildStat);
  const base = { provenance: provenance(bundle.data, el.base) };
  if (figure.kind === "message") return messageView(figure, base);
  const stat = figure.stat;
  // Rows keyed by the stat's region, so a linked selection of another province marks nothing.
  const table = figureTable(figure);
  const region = figure.selection.regions[0];
  table.rows = table.rows.map((r) => ({ ...r, key: r.key ?? region }));
  const values = stat?.sparkline.map((p) => p.y) ?? [];
  const candidates = table.rows.map((r) => rowCandidate(r, el.selection));
  const best = bestMatch(candidates, el.selection);
  // Only a period the stat has is marked (a match on the region alone would point at the latest).
  const marked = candidates[best]?.period ? best : -1;
  return {
    ...base,
    figure,
    title: figure.title,
    summary: figure.summary,
    takeaway: figure.takeaway,
    rows: stat?.sparkline.length ?? 0,
    table,
    body: html`<div class="stat">
      <div>
        <div class="value" part="value">${stat?.text ?? ""}</div>
        <div class="change" part="change">${stat?.periodText ?? ""}${stat?.change ? ` · ${stat.change.text}` : nothing}</div>
      </div>
      <svg class="spark" part="sparkline" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" aria-hidden="true">
        ${svg`<path d=${sparkPath(values)} vector-effect="non-scaling-stroke"></path>`}
        ${
          // The linked selection's period: a dashed rule across the line (seen without colour; it stays a rule when the box stretches).
          marked >= 0
            ? svg`<line class="mark" part="mark" x1=${sparkX(values, marked)} x2=${sparkX(values, marked)} y1="0" y2=${H} vector-effect="non-scaling-stroke"></line>`
            : nothing
        }
      </svg>
    </div>`,
  };
}

/** The stat as a PNG plot: the value large, its period and change, and the sparkline. */
export function statPng(figure: Figure | undefined, scheme: "light" | "dark", font: string): PngFigure | undefined {
  const stat = figure?.stat;
  if (!stat) return undefined;
  const colors = SCHEME[scheme];
  return {
    width: 560,
    height: 90,
    paint: (ctx) => {
      ctx.textBaseline = "top";
      ctx.fillStyle = colors.fg;
      ctx.font = `700 34px ${font}`;
      ctx.fillText(stat.text, 0, 4);
      ctx.fillStyle = colors.muted;
      ctx.font = `14px ${font}`;
      ctx.fillText(`${stat.periodText}${stat.change ? ` · ${stat.change.text}` : ""}`, 0, 52);
      const values = stat.sparkline.map((p) => p.y);
      const [min, max] = [Math.min(...values), Math.max(...values)];
      ctx.strokeStyle = seriesColor(0)[scheme];
      ctx.lineWidth = 2;
      ctx.beginPath();
      values.forEach((v, i) => {
        const x = 360 + (values.length > 1 ? (i / (values.length - 1)) * 190 : 95);
        const y = 70 - (max > min ? ((v - min) / (max - min)) * 56 : 28);
        if (i) ctx.lineTo(x, y);
        else ctx.moveTo(x, y);
      });
      ctx.stroke();
    },
  };
}
