/**
 * @module The view of `<pa-ranking>` (a file of its own in the build): the figure model's ranking — one measure across
 * regions in one period — as horizontal bars coloured by NBS region group, with the ranking as a table.
 */
import type { WidgetLang } from "../internal/i18n";
import type { ChartHost } from "../views/host";
import { buildRanking, css, type DatasetBundle, figureOf, figureTable, messageView, provenance, rankingPlot } from "../views/index";
import type { View } from "../views/view";

/** The shared views, handed to the element with this view (element/views-loader.ts). */
export * as shared from "../views/index";

/** The plot's height follows the number of bars (`--bars`, set by the element). */
export const styles = css`
  .plot {
    height: var(--pa-height, calc(var(--bars, 10) * 22px + 48px));
  }
`;

/** The view of a `<pa-ranking>`; `order` is `asc` or `desc` (default). */
export function rankingView(el: ChartHost & { order: string }, bundle: DatasetBundle, lang: WidgetLang): View {
  // The figure model puts the bars (and the table's rows) in the order asked for, as the server's figure does.
  const figure = figureOf(el, bundle, lang, "ranking", buildRanking, { order: el.order === "asc" ? "asc" : "desc" });
  const base = { provenance: provenance(bundle.data, el.base), png: true };
  if (figure.kind === "message") return messageView(figure, base);
  const bars = figure.ranking?.bars ?? [];
  el.selections = [
    bars.map((b) => ({ region: b.region, period: figure.selection.period, measure: figure.selection.measures[0], value: b.value })),
  ];
  return {
    ...base,
    figure,
    title: figure.title,
    summary: figure.summary,
    takeaway: figure.takeaway,
    rows: bars.length,
    table: figureTable(figure, 1),
    body: el.plot.render(rankingPlot(figure), lang, figure.title, "summary"),
  };
}
