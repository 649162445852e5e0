/**
 * @module The numbers an element shows, as one table: rendered as the accessible table alternative, sorted by
 * `<pa-table>`, and exported as CSV. Cells carry the raw value (CSV, sorting) beside the text a reader sees.
 */
import { html, nothing } from "lit";

/** A cell: what a reader sees and the raw value behind it (`null` = no data). */
export interface Cell {
  text: string;
  value: string | number | null;
}

/** A column: its header, and whether it holds numbers (right-aligned, numeric sort). */
export interface Column {
  label: string;
  numeric?: boolean;
}

/** A row; `key` (a region code) lets linked widgets mark it. */
export interface TableRow {
  cells: Cell[];
  key?: string;
}

/** A whole table. */
export interface TableModel {
  caption: string;
  columns: Column[];
  rows: TableRow[];
  /** The column whose cells name their row (`<th scope="row">`); default 0. */
  rowHeader?: number;
}

/** How a table is sorted: by column index, up or down. */
export interface SortState {
  column: number;
  descending: boolean;
}

/** The rows in sort order; no data sorts last either way, ties keep their order. */
export function sortRows(rows: readonly TableRow[], sort: SortState | undefined): TableRow[] {
  if (!sort) return [...rows];
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = a.row.cells[sort.column]?.value ?? null;
      const y = b.row.cells[sort.column]?.value ?? null;
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh-Hans-CN");
      return sign * order || a.i - b.i;
    })
    .map(({ row }) => row);
}

/** Options of {@link renderTable}. */
export interface RenderTableOptions {
  sort?: SortState;
  /** When given, headers are buttons that sort by their column. */
  onSort?: (column: number) => void;
  selected?: string;
}

/** The `<table>` of a model; cells of the `rowHeader` column are row headers. */
export function renderTable(model: TableModel, options: RenderTableOptions = {}) {
  const { sort, onSort, selected } = options;
  const ariaSort = (i: number) => (sort?.column === i ? (sort.descending ? "descending" : "ascending") : onSort ? "none" : nothing);
  return html`<table>
    <caption>${model.caption}</caption>
    <thead>
      <tr>
        ${model.columns.map(
          (c, i) =>
            html`<th scope="col" class=${c.numeric ? "" : "text"} aria-sort=${ariaSort(i)}>
              ${onSort ? html`<button type="button" @click=${() => onSort(i)}>${c.label}</button>` : c.label}
            </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${sortRows(model.rows, sort).map(
        (row) => html`<tr class=${row.key !== undefined && row.key === selected ? "selected" : ""}>
          ${row.cells.map((cell, i) =>
            i === (model.rowHeader ?? 0)
              ? html`<th scope="row">${cell.text}</th>`
              : html`<td class=${model.columns[i]?.numeric ? "" : "text"}>${cell.text}</td>`,
          )}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
