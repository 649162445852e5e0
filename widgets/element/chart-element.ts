/**
 * @module The base of dataset elements drawn with Chart.js (`<pa-chart>`, `<pa-ranking>`, `<pa-share>`):
 * the plot (created by the views on first view), point selection, `pa-draw`, and the canvas as PNG.
 */
import type { PropertyDeclarations } from "lit";
import type { LinkSelection } from "../internal/link-match";
import type { PlotController } from "../views/plot";
import type { PngFigure, SelectDetail, View } from "../views/view";
import { DatasetElement } from "./dataset-element";
import { views } from "./views-loader";

/** A dataset element with a chart. */
export abstract class ChartElement extends DatasetElement {
  static override readonly drawsChart: boolean = true;
  static override properties: PropertyDeclarations = {
    kind: { type: String, reflect: true },
  };

  /** How to draw (element-specific: `line`, `area`, `bar`…). */
  declare kind: string;

  /** @internal What each drawn point stands for, by series and point (set by the view). */
  selections: SelectDetail[][] = [];
  #plot?: PlotController;

  /** @internal The plot of this element. */
  get plot(): PlotController {
    this.#plot ??= views().createPlot(this);
    return this.#plot;
  }

  /** @internal A point was picked (Enter or click). */
  pointSelected(series: number, index: number): void {
    const detail = this.selections[series]?.[index];
    if (detail) this.select(detail);
  }

  /** The linked selection's point is the chart's active point. */
  protected override followLink(selection: LinkSelection, view: View): string | undefined {
    return this.#plot?.follow(this.selections, selection) || super.followLink(selection, view);
  }

  /** @internal The chart is painted. */
  chartDrawn(): void {
    this.dispatchEvent(new CustomEvent("pa-draw", { bubbles: true, composed: true }));
  }

  protected override viewDeps(): unknown[] {
    // `?? false`: before the first view the plot does not exist yet; `undefined` then `false` rebuilt the figure.
    return [...super.viewDeps(), this.kind, this.#plot?.chart.failed ?? false];
  }

  protected override pngFigure(): PngFigure | undefined {
    const canvas = this.#plot?.chart.handle?.canvas;
    if (!canvas) return undefined;
    const { width, height } = canvas.getBoundingClientRect();
    return { width, height, paint: (ctx) => ctx.drawImage(canvas, 0, 0, width, height) };
  }
}
