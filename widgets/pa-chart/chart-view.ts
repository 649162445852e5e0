/**
 * @module The view of `<pa-chart>` (a file of its own in the build): the figure model's series as lines, areas or bars
 * (one period as a ranking), its table and its takeaway.
 */
import type { WidgetLang } from "../internal/i18n";
import type { ChartHost } from "../views/host";
import {
  buildSeries,
  css,
  type DatasetBundle,
  figureOf,
  figureTable,
  messageView,
  provenance,
  rankingPlot,
  seriesPlot,
} from "../views/index";
import type { View } from "../views/view";

/** The shared views, handed to the element with this view (element/views-loader.ts). */
export * as shared from "../views/index";

/** Horizontal bars: the plot's height follows the number of bars (`--bars`, set by the element). */
export const styles = css`
  .plot.bars {
    height: var(--pa-height, calc(var(--bars, 10) * 22px + 48px));
  }
`;

/** The view of a `<pa-chart>`. */
export function chartView(el: ChartHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const kind = el.kind === "bar" ? "bar" : el.kind === "area" ? "area" : "line";
  const figure = figureOf(el, bundle, lang, kind, buildSeries);
  const base = { provenance: provenance(bundle.data, el.base), png: true };
  if (figure.kind === "message") return messageView(figure, base);
  const ranking = figure.kind === "ranking";
  el.selections = ranking
    ? [
        (figure.ranking?.bars ?? []).map((b) => ({
          region: b.region,
          period: figure.selection.period,
          measure: figure.selection.measures[0],
          value: b.value,
        })),
      ]
    : figure.series.map((s) => {
        const periods =
          figure.x?.kind === "category" ? (figure.table?.rows.map((r) => String(r.cells[0]?.value)) ?? []) : s.points.map((p) => p.period);
        return periods.map((period) => ({
          region: s.region,
          measure: s.measure,
          period,
          value: s.points.find((p) => p.period === period)?.raw ?? undefined,
        }));
      });
  return {
    ...base,
    figure,
    title: figure.title,
    summary: figure.summary,
    takeaway: figure.takeaway,
    rows: bundle.rows.length,
    table: figureTable(figure, ranking ? 1 : 0),
    body: el.plot.render(ranking ? rankingPlot(figure) : seriesPlot(figure, kind), lang, figure.title, "summary"),
  };
}
