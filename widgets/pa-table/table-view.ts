/**
 * @module The view of `<pa-table>` (a file of its own in the build): the figure model's table (figure/build/table.ts) — one
 * row per region and period (and category), one column per measure at full precision, regions by name, "—" where
 * a value is missing, flags as marks named in the notes — sortable by every column.
 */
import { html } from "lit";
import { buildTable } from "../../figure/build/table";
import type { WidgetLang } from "../internal/i18n";
import type { DatasetHost } from "../views/host";
import { type DatasetBundle, figureOf, figureTable, messageView, provenance, renderTable, type SortState } from "../views/index";
import type { View } from "../views/view";

/** The shared views, handed to the element with this view (element/views-loader.ts). */
export * as shared from "../views/index";

/** What the table keeps between renders. */
export interface TableHost extends DatasetHost {
  sort?: SortState;
  sortBy(column: number): void;
}

/** The view of a `<pa-table>`. */
export function tableView(el: TableHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const figure = figureOf(el, bundle, lang, "table", buildTable);
  const base = { provenance: provenance(bundle.data, el.base) };
  if (figure.kind === "message") return messageView(figure, base);
  const table = figureTable(figure);
  // What picking a row selects for linked widgets: its region, its period (column 1), and the measure if only one.
  const [measure, more] = figure.selection.measures;
  table.rows = table.rows.map((r) => ({
    ...r,
    pick: { region: r.key, period: String(r.cells[1]?.value ?? ""), measure: more ? undefined : measure },
  }));
  return {
    ...base,
    figure,
    title: figure.title,
    summary: figure.summary,
    takeaway: figure.takeaway,
    rows: table.rows.length,
    table,
    body: html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${figure.title}>
      ${renderTable(table, {
        sort: el.sort,
        onSort: (column) => el.sortBy(column),
        selected: el.selection,
        onPick: (row) => row.pick && el.select(row.pick),
      })}
    </div>`,
  };
}
