/**
 * @module The numbers an element shows, as one table: rendered as the accessible table alternative, sorted by
 * `<pa-table>`, and exported as CSV. Cells carry the raw value (CSV, sorting) beside the text a reader sees.
 */
import { html, nothing } from "lit";
import { bestMatch, type LinkSelection, rowCandidate } from "../internal/link-match";

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
  /** What selecting this row selects, in a table whose rows the reader can pick. */
  pick?: LinkSelection;
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
  /** The linked selection: its best-matching row is marked (outline, weight, `aria-selected`). */
  selected?: LinkSelection;
  /** When given, rows can be picked by click, or by keyboard (↑/↓ move between rows, Enter or Space picks). */
  onPick?: (row: TableRow) => void;
}

/** Arrow keys move the focus between pickable rows; Enter or Space picks the focused one. */
function rowKey(event: KeyboardEvent, row: TableRow, onPick: (row: TableRow) => void): void {
  const tr = event.currentTarget as HTMLTableRowElement;
  const to = {
    ArrowDown: tr.nextElementSibling,
    ArrowUp: tr.previousElementSibling,
    Home: tr.parentElement?.firstElementChild,
    End: tr.parentElement?.lastElementChild,
  }[event.key];
  if (event.key === "Enter" || event.key === " ") onPick(row);
  else if (to instanceof HTMLElement) {
    tr.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
  } else return;
  event.preventDefault();
}

/** The `<table>` of a model; cells of the `rowHeader` column are row headers. */
export function renderTable(model: TableModel, options: RenderTableOptions = {}) {
  const { sort, onSort, selected, onPick } = options;
  const rows = sortRows(model.rows, sort);
  const mark = selected
    ? rows[
        bestMatch(
          rows.map((r) => rowCandidate(r, selected)),
          selected,
        )
      ]
    : undefined;
  // One tab stop for the rows (the marked one, else the first); the arrows move between them.
  const stop = mark ?? rows[0];
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
      ${rows.map(
        (row) => html`<tr
          class=${row === mark ? "selected" : ""}
          aria-selected=${row === mark ? "true" : onPick ? "false" : nothing}
          tabindex=${onPick ? (row === stop ? 0 : -1) : nothing}
          @click=${onPick ? () => onPick(row) : nothing}
          @keydown=${onPick ? (event: KeyboardEvent) => rowKey(event, row, onPick) : nothing}
        >
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

/** The row of `model` that best stands for a linked selection, in words (its cells, joined), for the live region. */
export function linkedRowText(model: TableModel, selection: LinkSelection, zh: boolean): string | undefined {
  const row =
    model.rows[
      bestMatch(
        model.rows.map((r) => rowCandidate(r, selection)),
        selection,
      )
    ];
  return row?.cells.map((c) => c.text).join(zh ? "，" : ", ");
}
