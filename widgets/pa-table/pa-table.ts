/**
 * @module `<pa-table>`: the observations as a sortable, accessible data table. No Chart.js.
 */
import { html, nothing, type TemplateResult } from "lit";
import { type DatasetBundle, DatasetElement } from "../element/dataset-element";
import type { View } from "../element/pa-element";
import { ViewModule } from "../element/views-loader";
import type { WidgetLang } from "../internal/i18n";
import type { SortState } from "../views/table-model";

/** This element's view: a file of its own in the build, loaded with the shared views. */
const viewModule = new ViewModule(() => import("./table-view"));

/**
 * The rows of a dataset as a table: one row per region and period (and category), one column per measure.
 * Every column header is a button that sorts by it (again to reverse); the state is in `aria-sort`.
 *
 * @tagname pa-table
 * @summary Sortable, accessible data table.
 * @fires pa-load - The data arrived and is shown.
 * @fires pa-error - The data could not be shown.
 * @fires pa-sort - The reader sorted; `detail` = `{ column, descending }`.
 * @fires pa-select - The reader picked a row (click, or ↑/↓ then Enter); `detail` = `{ region, period, measure, link }`.
 * @csspart frame - The whole widget.
 * @csspart table - The scrolling table.
 * @cssprop --pa-table-height - Largest height before the table scrolls (default 320px).
 * @example <pa-table dataset="province-gdp@1.0.0" group="east" period="2020..2024" lang="en"></pa-table>
 */
export class PaTable extends DatasetElement {
  /** The tag this class is registered as (widgets/elements.ts). */
  static readonly tag = "pa-table";

  protected readonly viewModule = viewModule;

  static override properties = { sort: { state: true, attribute: false } };

  /** The column the table is sorted by, if the reader sorted it. */
  declare sort: SortState | undefined;

  protected override viewDeps(): unknown[] {
    return [...super.viewDeps(), this.sort, this.selection];
  }

  protected view(bundle: DatasetBundle, lang: WidgetLang): View {
    return viewModule.get().tableView(this, bundle, lang);
  }

  /** Sorts by `column` (numbers start high to low); sorting by the same column again reverses it. */
  sortBy(column: number): void {
    const numeric = this.currentView()?.table.columns[column]?.numeric ?? false;
    this.sort = { column, descending: this.sort?.column === column ? !this.sort.descending : numeric };
    this.dispatchEvent(new CustomEvent("pa-sort", { detail: this.sort, bubbles: true, composed: true }));
  }

  /** The table is the figure: no second copy under a disclosure. */
  protected override tableAlternative(): TemplateResult {
    return html`${nothing}`;
  }
}
