/**
 * @module A {@link Figure} as the widgets draw it: its series, ranking or share stacks as a {@link Plot} (with
 * the model's exact axes), its table as a table model, and the view fields every element shares.
 */
import { html } from "lit";
import type { Figure, YAxis } from "../../figure/model";
import type { LegendEntry, Plot } from "./plot";
import type { TableModel } from "./table-model";
import type { View } from "./view";

/** The slot (0-based) of a colour token `c1`…`c8`. */
export const slotOf = (token: string): number => Math.max(0, Number(token.replace(/^c/, "")) - 1 || 0);

/** An axis of the model as the chart chunk takes it. */
export const specAxis = (a: YAxis) => ({ id: a.id, min: a.domain[0], max: a.domain[1], ticks: a.ticks, title: a.title });

/** The legend of a figure as the plot draws it: colour and the cue beside it (dash and marker, or hatch). */
export function legendOf(figure: Figure, line: boolean): LegendEntry[] {
  return figure.legend.map((l) => ({
    label: l.label,
    color: slotOf(l.color.token),
    dash: l.dash,
    marker: l.marker,
    hatch: l.pattern,
    line,
  }));
}

/** The plot of a series figure (line, area, bar). */
export function seriesPlot(figure: Figure, kind: "line" | "area" | "bar"): Plot {
  const category = figure.x?.kind === "category";
  const x = figure.x;
  return {
    kind,
    series: figure.series.map((s) => ({
      label: s.name,
      color: slotOf(s.color.token),
      axis: s.axis,
      dash: s.dash,
      marker: s.marker,
      hatch: figure.legend.find((l) => l.id === s.id)?.pattern,
      hollow: s.points.map((p) => p.hollow),
      points: category
        ? (x?.categories ?? []).map((_, i) => ({ x: i, y: s.points.find((p) => p.x === i)?.y ?? null }))
        : s.points.map((p) => ({ x: p.x, y: p.y })),
    })),
    labels: category ? x?.categories : undefined,
    unit: figure.y[0]?.title,
    axes: figure.y.map(specAxis),
    xAxis: !category && x ? { min: x.domain[0], max: x.domain[1], ticks: x.ticks } : undefined,
    // Last values and breaks on a time axis (category bars carry their values in the table and tooltips).
    marks: category
      ? undefined
      : figure.annotations.flatMap((a): NonNullable<Plot["marks"]> => {
          const series = figure.series.findIndex((s) => s.id === a.series);
          if (a.kind === "last-value") return [{ kind: "last-value" as const, x: a.x, y: a.y, label: a.label, series }];
          if (a.kind === "break") return [{ kind: "break" as const, x: a.x, label: a.label, series }];
          return [];
        }),
    legend: figure.legend.length > 1 ? legendOf(figure, kind !== "bar") : undefined,
    formatValue: (v) => String(v),
    pointTitle: (si, i) => {
      const s = figure.series[si];
      const p = category ? s?.points.find((q) => q.x === i) : s?.points[i];
      return p ? pointPeriod(figure, p.period) : (x?.categories?.[i] ?? "");
    },
    pointText: (si, i) => {
      const s = figure.series[si];
      const p = category ? s?.points.find((q) => q.x === i) : s?.points[i];
      const sep = figure.lang === "zh" ? "：" : ": ";
      return `${s?.name ?? ""}${sep}${p?.text ?? "—"}`;
    },
  };
}

/** A period's label as the figure's table writes it. */
const pointPeriod = (figure: Figure, period: string) =>
  figure.table?.rows.find((r) => r.cells[0]?.value === period)?.cells[0]?.text ?? period;

/** The plot of a ranking figure: horizontal bars in the model's order (highest or lowest first), coloured by group. */
export function rankingPlot(figure: Figure): Plot {
  const bars = figure.ranking?.bars ?? [];
  const order = figure.ranking?.order ?? "desc";
  const axis = figure.ranking?.axis;
  return {
    kind: "hbar",
    unit: axis?.title,
    axes: axis ? [specAxis(axis)] : undefined,
    labels: bars.map((b) => b.name),
    series: [
      {
        label: figure.title,
        color: 0,
        pointColors: bars.map((b) => slotOf(b.color.token)),
        pointHatch: bars.map((b) => b.pattern ?? 0),
        points: bars.map((b, i) => ({ x: i, y: b.value })),
      },
    ],
    legend: figure.ranking?.groups.length
      ? figure.ranking.groups.map((g) => ({ label: g.label, color: slotOf(g.color.token), hatch: g.pattern }))
      : [],
    formatValue: (v) => String(v),
    pointTitle: (_, i) => `${order === "asc" ? bars.length - i : i + 1}. ${bars[i]?.name ?? ""}`,
    pointText: (_, i) => `${figure.title}${figure.lang === "zh" ? "：" : ": "}${bars[i]?.text ?? "—"}`,
  };
}

/** The table model of a figure, with its title as caption. */
export function figureTable(figure: Figure, rowHeader?: number): TableModel {
  return {
    caption: figure.title,
    rowHeader,
    columns: figure.table?.columns ?? [],
    rows: (figure.table?.rows ?? []).map((r) => ({ key: r.key, cells: r.cells })),
  };
}

/** The view of a figure that cannot be drawn (three units, nothing selected): its message. */
export function messageView(figure: Figure, base: Omit<View, "title" | "summary" | "table" | "rows" | "body">): View {
  return {
    ...base,
    figure,
    title: figure.title,
    summary: figure.message ?? "",
    takeaway: figure.message,
    rows: 1,
    table: figureTable(figure),
    body: html`<p class="state" role="status" part="message">${figure.message}</p>`,
  };
}
