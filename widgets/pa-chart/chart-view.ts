/**
 * @module The view of `<pa-chart>` (in the views chunk): series over time as lines, areas or bars, their
 * table and their summary.
 */
import type { WidgetLang } from "../internal/i18n";
import type { View } from "../internal/pa-element";
import { list } from "../internal/urls";
import { type DatasetBundle, measureMeta, provenance, seriesLabel, unitOf, valueText, withUnitLabel } from "../views/dataset-helpers";
import { formatCompact, formatNumber, formatPeriod } from "../views/format";
import type { ChartHost } from "../views/host";
import type { Plot } from "../views/plot";
import { periodsOf, toSeries } from "../views/series";
import { vt } from "../views/strings";
import { summarizeTrends } from "../views/summary";

/** The view of a `<pa-chart>`. */
export function chartView(el: ChartHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const { data, rows } = bundle;
  const series = toSeries(rows, list(el.measure), list(el.region));
  const labels = series.map((s) => seriesLabel(bundle, s, series, lang));
  const periods = periodsOf(series);
  const kind = el.kind === "bar" ? "bar" : el.kind === "area" ? "area" : "line";
  const title = el.caption || data.title[lang];
  // Bars stand on categories (one per period); lines and areas on a true time axis.
  const points = series.map((s) =>
    kind === "bar" ? periods.map((p, i) => ({ x: i, y: s.points.find((q) => q.period === p)?.y ?? null })) : s.points,
  );
  const periodAt = (si: number, i: number) => (kind === "bar" ? periods[i] : series[si]?.points[i]?.period) ?? "";
  el.selections = series.map(
    (s, si) =>
      points[si]?.map((p, i) => ({ region: s.region, measure: s.measure, period: periodAt(si, i), value: p.y ?? undefined })) ?? [],
  );
  const plot: Plot = {
    kind,
    series: series.map((_, i) => ({ label: labels[i] ?? "", color: i, points: points[i] ?? [] })),
    labels: kind === "bar" ? periods.map((p) => formatPeriod(p, lang)) : undefined,
    formatValue: (v) => formatCompact(v, lang),
    formatX: (x) => (Number.isInteger(x) ? String(x) : ""),
    pointTitle: (si, i) => formatPeriod(periodAt(si, i), lang),
    pointText: (si, i) => {
      const s = series[si];
      const y = points[si]?.[i]?.y;
      return `${labels[si]}: ${s && y != null ? valueText(data, s.measure, y, lang) : vt("noData", lang)}`;
    },
  };
  const trends = series.flatMap((s, i) => {
    const [first, last] = [s.points[0], s.points.at(-1)];
    if (!first || !last) return [];
    const text = (y: number) => valueText(data, s.measure, y, lang);
    return [{ label: labels[i] ?? "", first: { ...first, text: text(first.y) }, last: { ...last, text: text(last.y) } }];
  });
  return {
    title,
    summary: summarizeTrends(trends, lang),
    rows: rows.length,
    png: true,
    provenance: provenance(data, el.base),
    table: {
      caption: title,
      columns: [
        { label: vt("period", lang) },
        ...series.map((s, i) => ({ label: withUnitLabel(labels[i] ?? "", unitOf(data, s.measure, lang)), numeric: true })),
      ],
      rows: periods.map((p) => ({
        cells: [
          { text: formatPeriod(p, lang), value: p },
          ...series.map((s) => {
            const y = s.points.find((q) => q.period === p)?.y;
            return y === undefined
              ? { text: "", value: null }
              : { text: formatNumber(y, lang, measureMeta(data, s.measure)?.decimals), value: y };
          }),
        ],
      })),
    },
    body: el.plot.render(plot, lang, title, "summary"),
  };
}
