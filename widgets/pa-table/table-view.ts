/**
 * @module The view of `<pa-table>` (in the views chunk): the figure model's table (figure/build/table.ts) — one
 * row per region and period (and category), one column per measure at full precision, regions by name, "—" where
 * a value is missing, flags as marks named in the notes — sortable by every column.
 */
import { html } from "lit";
import type { WidgetLang } from "../internal/i18n";
import { type DatasetBundle, provenance } from "../views/dataset-helpers";
import { figureOf } from "../views/figure-of";
import { figureTable, messageView } from "../views/figure-plot";
import type { DatasetHost } from "../views/host";
import { renderTable, type SortState } from "../views/table-model";
import type { View } from "../views/view";

/** What the table keeps between renders. */
export interface TableHost extends DatasetHost {
  sort?: SortState;
  sortBy(column: number): void;
}

/** The view of a `<pa-table>`. */
export function tableView(el: TableHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const figure = figureOf(el, bundle, lang, "table");
  const base = { provenance: provenance(bundle.data, el.base) };
  if (figure.kind === "message") return messageView(figure, base);
  const table = figureTable(figure);
  return {
    ...base,
    figure,
    title: figure.title,
    summary: figure.summary,
    takeaway: figure.takeaway,
    rows: table.rows.length,
    table,
    body: html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${figure.title}>
      ${renderTable(table, { sort: el.sort, onSort: (column) => el.sortBy(column), selected: el.selected })}
    </div>`,
  };
}
