/**
 * @module The view of `<pa-share>` (in the views chunk): how a whole divides into parts over time, as stacked
 * shares (100 %).
 */
import { comparePeriods } from "../../schemas/period";
import type { WidgetLang } from "../internal/i18n";
import { list } from "../internal/urls";
import { GROUP_ORDER } from "../views/cross-section";
import { type DatasetBundle, provenance, seriesLabel } from "../views/dataset-helpers";
import { figureOf } from "../views/figure-of";
import { figureTable, messageView, slotOf, specAxis } from "../views/figure-plot";
import { formatNumber, formatPeriod } from "../views/format";
import type { ChartHost } from "../views/host";
import type { Plot } from "../views/plot";
import { periodToYear, toSeries } from "../views/series";
import { vt } from "../views/strings";
import { summarizeTrends } from "../views/summary";
import type { View } from "../views/view";

/** A part: its label and its value per period. */
interface Part {
  label: string;
  key: string;
  values: Map<string, number>;
}

/** The attributes of `<pa-share>` beside the dataset ones. */
export interface ShareHost extends ChartHost {
  by: string;
  total: string;
}

function partsOf(el: ShareHost, bundle: DatasetBundle, lang: WidgetLang): Part[] {
  const { rows, regions } = bundle;
  const own = rows.filter((r) => r.measure !== el.total);
  if (el.by === "group") {
    const parts = new Map<string, Part>();
    for (const r of own) {
      const g = regions.group(r.region);
      if (!g) continue;
      const part = parts.get(g) ?? { key: g, label: regions.groupName(g, lang), values: new Map<string, number>() };
      parts.set(g, part);
      part.values.set(r.period, (part.values.get(r.period) ?? 0) + r.value);
    }
    return GROUP_ORDER.flatMap((g) => parts.get(g) ?? []);
  }
  const series = toSeries(own, list(el.measure), list(el.region));
  return series.map((s) => ({
    key: s.region,
    label: seriesLabel(bundle, s, series, lang),
    values: new Map(s.points.map((p) => [p.period, p.y])),
  }));
}

/**
 * Shares the data states (per cent of a market by platform): the figure model's stacks as they are published
 * (a "top 3" set stays below 100 %), one stack per period, each part present only where the source names it.
 */
function publishedShares(el: ShareHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const figure = figureOf(el, bundle, lang, "share");
  const base = { provenance: provenance(bundle.data, el.base), png: true };
  if (figure.kind === "message" || !figure.share) return messageView(figure, base);
  const { stacks, axis } = figure.share;
  el.selections = figure.legend.map((part) =>
    stacks.map((s) => ({ period: s.period, region: undefined, value: s.parts.find((x) => x.id === part.id)?.value })),
  );
  const plot: Plot = {
    kind: "stack",
    stacked: true,
    unit: "%",
    axes: [specAxis(axis)],
    labels: stacks.map((s) => s.label),
    series: figure.legend.map((part) => ({
      label: part.label,
      color: slotOf(part.color.token),
      points: stacks.map((s, j) => ({ x: j, y: s.parts.find((x) => x.id === part.id)?.value ?? null })),
    })),
    legend: figure.legend.map((part) => ({ label: part.label, color: slotOf(part.color.token) })),
    formatValue: (v) => `${v}%`,
    pointTitle: (_, j) => stacks[j]?.label ?? "",
    pointText: (si, j) => {
      const part = figure.legend[si];
      const value = stacks[j]?.parts.find((x) => x.id === part?.id);
      return `${part?.label ?? ""}${lang === "zh" ? "：" : ": "}${value?.text ?? "—"}`;
    },
  };
  return {
    ...base,
    figure,
    title: figure.title,
    summary: figure.summary,
    takeaway: figure.takeaway,
    rows: stacks.length,
    table: figureTable(figure),
    body: el.plot.render(plot, lang, figure.title, "summary"),
  };
}

/** The view of a `<pa-share>`. */
export function shareView(el: ShareHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const { data, rows } = bundle;
  // Rows broken down by category (platforms in a market) are shares already: draw them as published.
  if (el.by !== "group" && !el.total && rows.some((r) => r.category)) return publishedShares(el, bundle, lang);
  const parts = partsOf(el, bundle, lang);
  const totals = new Map(rows.filter((r) => r.measure === el.total && el.total).map((r) => [r.period, r.value]));
  const periods = [...new Set(parts.flatMap((p) => [...p.values.keys()]))]
    .filter((period) => parts.every((p) => p.values.has(period)) && (!el.total || totals.has(period)))
    .sort(comparePeriods);
  const whole = (period: string) => totals.get(period) ?? parts.reduce((sum, p) => sum + (p.values.get(period) ?? 0), 0);
  const share = (part: Part, period: string) => ((part.values.get(period) ?? 0) / whole(period)) * 100;
  const kind = el.kind === "area" ? "area" : "stack";
  const pct = (v: number) => `${formatNumber(v, lang, 1)}%`;
  const title = el.caption || `${data.title[lang]} · ${vt("share", lang)}`;
  const label = (p: Part) => (lang === "zh" ? `${p.label}占比` : `${p.label} share`);
  el.selections = parts.map((p) =>
    periods.map((period) => ({ period, region: el.by === "group" ? undefined : p.key, value: share(p, period) })),
  );
  const trends = parts.flatMap((p) => {
    const [first, last] = [periods[0], periods.at(-1)];
    if (!first || !last) return [];
    const [a, b] = [share(p, first), share(p, last)];
    return [{ label: label(p), first: { period: first, y: a, text: pct(a) }, last: { period: last, y: b, text: pct(b) } }];
  });
  return {
    figure: figureOf(el, bundle, lang, "share"),
    title,
    summary: summarizeTrends(trends, lang),
    rows: periods.length,
    png: true,
    provenance: provenance(data, el.base),
    table: {
      caption: title,
      columns: [{ label: vt("period", lang) }, ...parts.map((p) => ({ label: `${label(p)} (%)`, numeric: true }))],
      rows: periods.map((period) => ({
        cells: [
          { text: formatPeriod(period, lang), value: period },
          ...parts.map((p) => {
            const v = share(p, period);
            return { text: formatNumber(v, lang, 1), value: Math.round(v * 1000) / 1000 };
          }),
        ],
      })),
    },
    body: el.plot.render(
      {
        kind,
        stacked: true,
        max: 100,
        unit: "%",
        labels: kind === "stack" ? periods.map((p) => formatPeriod(p, lang)) : undefined,
        series: parts.map((p, i) => ({
          label: p.label,
          color: el.by === "group" ? GROUP_ORDER.indexOf(p.key) : i,
          points: periods.map((period, j) => ({ x: kind === "stack" ? j : periodToYear(period), y: share(p, period) })),
        })),
        legend: parts.map((p, i) => ({ label: p.label, color: el.by === "group" ? GROUP_ORDER.indexOf(p.key) : i })),
        formatValue: (v) => `${formatNumber(v, lang, 0)}%`,
        formatX: (x) => (Number.isInteger(x) ? String(x) : ""),
        pointTitle: (_, j) => formatPeriod(periods[j] ?? "", lang),
        pointText: (si, j) => {
          const p = parts[si];
          const period = periods[j];
          return p && period ? `${label(p)}: ${pct(share(p, period))}` : "";
        },
      },
      lang,
      title,
      "summary",
    ),
  };
}
