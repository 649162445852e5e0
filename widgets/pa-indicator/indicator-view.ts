/**
 * @module The view of `<pa-indicator>` (a file of its own in the build): the indicator figure (figure/build/indicator.ts) —
 * a line per region over time, stacked components when the result decomposes (Theil between/within), or one
 * value — its table, and the method block (formula, reference, exact inputs).
 */
import { html, nothing } from "lit";
import { indicatorFigure } from "../../figure/build/indicator";
import type { WidgetLang } from "../internal/i18n";
import { indicatorUrl } from "../internal/urls";
import type { ViewHost } from "../views/host";
import { css, figureTable, legendOf, NAMES, seriesPlot, slotOf, specAxis, vt } from "../views/index";
import type { IndicatorResult } from "../views/indicator-result";
import type { Plot, PlotController } from "../views/plot";
import type { RegionIndex } from "../views/regions";
import type { SelectDetail, View } from "../views/view";

/** The shared views, handed to the element with this view (element/views-loader.ts). */
export * as shared from "../views/index";

/** The method block's styles, adopted with the frame's when data is first shown (element/pa-element.ts). */
export const styles = css`
  .method dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 4px 0;
  }
  .method dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* The formula's remarks in words, on their own line under the math. */
  .method .where {
    margin: 2px 0 0;
  }
  .big {
    font-size: 2em;
    font-weight: 700;
  }
`;

/** What `<pa-indicator>` loads. */
export interface IndicatorBundle {
  result: IndicatorResult;
  regions: RegionIndex;
}

/** What the view needs from `<pa-indicator>`. */
export interface IndicatorHost extends ViewHost {
  indicator: string;
  params: string;
  readonly plot: PlotController;
  selections: SelectDetail[][];
}

/** Which components add up to the value (moved to the figure model; kept here for the element's users). */
export { additiveParts } from "../../figure/build/indicator";

/** The view of a `<pa-indicator>`: the figure model of the result (figure/build/indicator.ts), drawn. */
export function indicatorView(el: IndicatorHost, { result }: IndicatorBundle, lang: WidgetLang): View {
  const figure = indicatorFigure({ lang, result, names: NAMES, caption: el.caption || undefined });
  const draw = figure.indicator?.draw ?? "line";
  const periods = figure.x?.categories ? (figure.table?.rows.map((r) => String(r.cells[0]?.value)) ?? []) : [];
  const stackPeriods = [...new Set(periods)];
  el.selections =
    draw === "stack"
      ? figure.series.map((s) => s.points.map((p) => ({ period: p.period, value: p.raw ?? undefined })))
      : figure.series.map((s) => s.points.map((p) => ({ period: p.period, region: s.region, value: p.raw ?? undefined })));
  const stack: Plot = {
    kind: "stack",
    stacked: true,
    unit: figure.unit,
    axes: figure.y.map(specAxis),
    labels: figure.x?.categories,
    series: figure.series.map((s) => ({
      label: s.name,
      color: slotOf(s.color.token),
      hatch: figure.legend.find((l) => l.id === s.id)?.pattern,
      points: s.points.map((p) => ({ x: p.x, y: p.y })),
    })),
    legend: legendOf(figure, false),
    formatValue: (v) => String(v),
    pointTitle: (_, i) => figure.x?.categories?.[i] ?? stackPeriods[i] ?? "",
    pointText: (si, i) => {
      const s = figure.series[si];
      return `${s?.name ?? ""}${lang === "zh" ? "：" : ": "}${s?.points[i]?.text ?? "—"}`;
    },
  };
  return {
    figure,
    title: figure.title,
    summary: figure.summary,
    takeaway: figure.takeaway,
    rows: result.results.length,
    png: draw !== "value",
    provenance: {
      base: el.base,
      kind: "indicator",
      id: result.indicator,
      version: result.method.version,
      title: result.title,
      inputs: result.inputs,
      reference: result.method.reference,
      url: el.indicator ? indicatorUrl(el.base, el.indicator, el.params) : undefined,
    },
    table: figureTable(figure),
    body: html`
      ${
        draw === "value"
          ? html`<div class="big" part="value">${figure.stat?.text}</div>`
          : el.plot.render(draw === "stack" ? stack : seriesPlot(figure, "line"), lang, figure.title, "summary")
      }
      <details class="method" part="method">
        <summary>${vt("method", lang)} · ${result.indicator} ${result.method.version}</summary>
        <dl>
          ${
            result.method.formula
              ? html`<dt>${vt("formula", lang)}</dt>
                  <dd>
                    <code>${result.method.formula}</code>
                    ${result.method.where ? html`<p class="where">${result.method.where[lang]}</p>` : nothing}
                  </dd>`
              : nothing
          }
          ${result.method.reference ? html`<dt>${vt("reference", lang)}</dt><dd>${result.method.reference}</dd>` : nothing}
          <dt>${vt("inputs", lang)}</dt>
          <dd>${figure.indicator?.inputs.join(", ")}</dd>
        </dl>
      </details>
    `,
  };
}
