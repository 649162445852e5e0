/**
 * @module The view of `<pa-stat>` (in the views chunk): the latest value, its change and an SVG sparkline.
 */
import { html, nothing, svg } from "lit";
import { SCHEME, seriesColor } from "../../figure/colors";
import type { Figure } from "../../figure/model";
import type { WidgetLang } from "../internal/i18n";
import { type DatasetBundle, provenance } from "../views/dataset-helpers";
import { figureOf } from "../views/figure-of";
import { figureTable, messageView } from "../views/figure-plot";
import type { DatasetHost } from "../views/host";
import type { PngFigure, View } from "../views/view";

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

/** The view of a `<pa-stat>`. */
export function statView(el: DatasetHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const figure = figureOf(el, bundle, lang, "stat");
  const base = { provenance: provenance(bundle.data, el.base) };
  if (figure.kind === "message") return messageView(figure, base);
  const stat = figure.stat;
  return {
    ...base,
    figure,
    title: figure.title,
    summary: figure.summary,
    takeaway: figure.takeaway,
    rows: stat?.sparkline.length ?? 0,
    table: figureTable(figure),
    body: html`<div class="stat">
      <div>
        <div class="value" part="value">${stat?.text ?? ""}</div>
        <div class="change" part="change">${stat?.periodText ?? ""}${stat?.change ? ` · ${stat.change.text}` : nothing}</div>
      </div>
      <svg class="spark" part="sparkline" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" aria-hidden="true">
        ${svg`<path d=${sparkPath(stat?.sparkline.map((p) => p.y) ?? [])} vector-effect="non-scaling-stroke"></path>`}
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
