/**
 * @module The view of `<pa-table>` (in the views chunk): one row per region and period (and category), one
 * column per measure, sortable by every column.
 */
import { html } from "lit";
import { FLAG_TEXT, FLAGS, parseFlags } from "../../schemas/flags";
import { comparePeriods } from "../../schemas/period";
import type { WidgetLang } from "../internal/i18n";
import { list } from "../internal/urls";
import { type DatasetBundle, measureMeta, provenance, withUnitLabel } from "../views/dataset-helpers";
import { figureOf } from "../views/figure-of";
import { formatNumber, formatPeriod } from "../views/format";
import type { DatasetHost } from "../views/host";
import { vt } from "../views/strings";
import { type Cell, renderTable, type SortState, type TableModel } from "../views/table-model";
import type { View } from "../views/view";

/** What the table keeps between renders. */
export interface TableHost extends DatasetHost {
  sort?: SortState;
  sortBy(column: number): void;
}

/** The legend of the flag marks the table shows, in vocabulary order; nothing when no row is flagged. */
function flagLegend(rows: readonly { status?: string }[], lang: WidgetLang) {
  const shown = new Set(rows.flatMap((r) => parseFlags(r.status)));
  const flags = FLAGS.filter((f) => shown.has(f));
  if (flags.length === 0) return "";
  return html`<p class="flags" part="flags">${flags.map((f, i) => `${i ? (lang === "zh" ? "；" : "; ") : ""}[${FLAG_TEXT[f].mark}] ${FLAG_TEXT[f].label[lang]}`)}</p>`;
}

/** The view of a `<pa-table>`. */
export function tableView(el: TableHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const { data, rows, regions } = bundle;
  const measures = list(el.measure).length ? list(el.measure) : [...new Set(rows.map((r) => r.measure))];
  const hasCategory = rows.some((r) => r.category);
  const byKey = new Map<
    string,
    { region: string; period: string; category?: string; values: Map<string, number>; flags: Map<string, string[]> }
  >();
  for (const r of rows) {
    const key = `${r.region}|${r.period}|${r.category ?? ""}`;
    const entry = byKey.get(key) ?? {
      region: r.region,
      period: r.period,
      category: r.category,
      values: new Map<string, number>(),
      flags: new Map(),
    };
    byKey.set(key, entry);
    entry.values.set(r.measure, r.value);
    // Row flags (break, secondary, transcribed …) are shown as footnote marks after the number, named below the table.
    entry.flags.set(r.measure, parseFlags(r.status));
  }
  const entries = [...byKey.values()].sort((a, b) => a.region.localeCompare(b.region) || comparePeriods(a.period, b.period));
  const title = el.caption || data.title[lang];
  const table: TableModel = {
    caption: title,
    columns: [
      { label: vt("region", lang) },
      { label: vt("period", lang) },
      ...(hasCategory ? [{ label: vt("category", lang) }] : []),
      ...measures.map((m) => ({
        label: withUnitLabel(measureMeta(data, m)?.title[lang] ?? m, measureMeta(data, m)?.unit[lang]),
        numeric: true,
      })),
    ],
    rows: entries.map((e) => ({
      key: e.region,
      cells: [
        { text: regions.name(e.region, lang), value: e.region },
        { text: formatPeriod(e.period, lang), value: e.period },
        ...(hasCategory ? [{ text: e.category ?? "", value: e.category ?? null }] : []),
        ...measures.map((m): Cell => {
          const v = e.values.get(m);
          const marks = (e.flags.get(m) ?? []).map((f) => FLAG_TEXT[f as keyof typeof FLAG_TEXT].mark).join(" ");
          const text = v === undefined ? "" : `${formatNumber(v, lang, measureMeta(data, m)?.decimals)}${marks ? ` [${marks}]` : ""}`;
          return v === undefined ? { text: "", value: null } : { text, value: v };
        }),
      ],
    })),
  };
  const periods = [...new Set(entries.map((e) => e.period))].sort(comparePeriods);
  const [first, last] = [periods[0] ?? "", periods.at(-1) ?? ""];
  const span = first === last ? formatPeriod(first, lang) : `${formatPeriod(first, lang)}–${formatPeriod(last, lang)}`;
  const count = new Set(entries.map((e) => e.region)).size;
  return {
    figure: figureOf(el, bundle, lang, "table"),
    title,
    summary:
      lang === "zh"
        ? `${count}个地区，${span}，共${entries.length}行。`
        : `${count} region${count === 1 ? "" : "s"}, ${span}, ${entries.length} rows.`,
    rows: entries.length,
    provenance: provenance(data, el.base),
    table,
    body: html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${title}>
      ${renderTable(table, { sort: el.sort, onSort: (column) => el.sortBy(column), selected: el.selected })}
    </div>${flagLegend(rows, lang)}`,
  };
}
