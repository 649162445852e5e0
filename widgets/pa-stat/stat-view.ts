/**
 * @module The view of `<pa-stat>` (in the views chunk): the latest value, its change and an SVG sparkline.
 */
import { html, nothing, svg } from "lit";
import type { WidgetLang } from "../internal/i18n";
import type { View } from "../internal/pa-element";
import { list } from "../internal/urls";
import { type DatasetBundle, measureMeta, provenance, valueText, withUnitLabel } from "../views/dataset-helpers";
import { formatChange, formatNumber, formatPeriod } from "../views/format";
import type { DatasetHost } from "../views/host";
import { toSeries } from "../views/series";
import { vt } from "../views/strings";

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
  const { data, rows, regions } = bundle;
  const wanted = list(el.region)[0];
  const all = toSeries(rows, list(el.measure));
  const series = all.find((s) => !wanted || s.region === wanted) ?? all[0];
  const points = series?.points ?? [];
  const [last, previous] = [points.at(-1), points.at(-2)];
  const measure = series?.measure ?? "";
  const meta = measureMeta(data, measure);
  const unit = meta?.unit[lang];
  const region = series && series.region !== "CN" ? regions.name(series.region, lang) : "";
  const what = `${region ? `${region} · ` : ""}${meta?.title[lang] ?? measure}`;
  const title = el.caption || what;
  const value = last ? valueText(data, measure, last.y, lang) : "";
  const change = last && previous ? formatChange(previous.y, last.y, unit, lang) : undefined;
  const since = previous ? formatPeriod(previous.period, lang) : "";
  const when = last ? formatPeriod(last.period, lang) : "";
  const changeText = change ? (lang === "zh" ? `${vt("since", lang)}${since} ${change}` : `${change} ${vt("since", lang)} ${since}`) : "";
  const summary = !last
    ? ""
    : lang === "zh"
      ? `${when}${what}为${value}${change ? `，${changeText}` : ""}。`
      : `${what} was ${value} in ${when}${change ? `, ${changeText}` : ""}.`;
  return {
    title,
    summary,
    rows: points.length,
    provenance: provenance(data, el.base),
    table: {
      caption: title,
      columns: [{ label: vt("period", lang) }, { label: withUnitLabel(what, unit), numeric: true }],
      rows: points.map((p) => ({
        cells: [
          { text: formatPeriod(p.period, lang), value: p.period },
          { text: formatNumber(p.y, lang, meta?.decimals), value: p.y },
        ],
      })),
    },
    body: html`<div class="stat">
      <div>
        <div class="value" part="value">${value}</div>
        <div class="change" part="change">${when}${changeText ? ` · ${changeText}` : nothing}</div>
      </div>
      <svg class="spark" part="sparkline" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" aria-hidden="true">
        ${svg`<path d=${sparkPath(points.map((p) => p.y))} vector-effect="non-scaling-stroke"></path>`}
      </svg>
    </div>`,
  };
}
