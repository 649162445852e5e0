/**
 * @module The base of dataset elements drawn with Chart.js (`<pa-chart>`, `<pa-ranking>`, `<pa-share>`): their
 * `kind` attribute. The chart itself (plot, point selection, `pa-draw`, the canvas as PNG) is in PaElement, shared
 * with `<pa-indicator>`.
 */
import type { PropertyDeclarations } from "lit";
import { DatasetElement } from "./dataset-element";

/** A dataset element with a chart. */
export abstract class ChartElement extends DatasetElement {
  static override readonly drawsChart: boolean = true;
  static override properties: PropertyDeclarations = {
    kind: { type: String, reflect: true },
  };

  /** How to draw (element-specific: `line`, `area`, `bar`…). */
  declare kind: string;

  protected override viewDeps(): unknown[] {
    return [...super.viewDeps(), this.kind];
  }
}
