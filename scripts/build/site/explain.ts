/**
 * @module Renders an indicator result's intermediate values (`explain`) as readable HTML, whatever their shape:
 * lists of records become tables, records become definition lists, numbers are formatted. Values keyed by
 * period show the latest period only (the API has them all).
 */
import { periodSpan } from "../../../schemas";
import { type Html, html } from "./html";
import { formatPeriod, type Language } from "./i18n";

/** Most rows a table of intermediate values shows. */
const MAX_ROWS = 40;

/** A number with up to six significant digits, in the page's language. */
export function formatValue(value: unknown, lang: Language): string {
  if (typeof value === "number") {
    if (Number.isInteger(value)) return value.toLocaleString(lang === "zh" ? "zh-CN" : "en");
    return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en", { maximumSignificantDigits: 6 }).format(value);
  }
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isPeriodKeyed = (v: Record<string, unknown>) => {
  const keys = Object.keys(v);
  return keys.length > 1 && keys.every((k) => periodSpan(k) !== undefined);
};

/** A list of records as a table (columns = the union of their keys). */
export function recordTable(rows: readonly Record<string, unknown>[], lang: Language, caption: string, id: string): Html {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const shown = rows.slice(0, MAX_ROWS);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${id}"><table class="numbers">
<caption id="${id}">${caption}${rows.length > shown.length ? (lang === "zh" ? `（前 ${shown.length} 行，共 ${rows.length} 行）` : ` (first ${shown.length} of ${rows.length} rows)`) : ""}</caption>
<thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${shown.map(
    (r) =>
      html`<tr>${columns.map((c, i) =>
        i === 0 ? html`<th scope="row">${formatValue(r[c], lang)}</th>` : html`<td>${isRecord(r[c]) ? "" : formatValue(r[c], lang)}</td>`,
      )}</tr>`,
  )}</tbody>
</table></div>`;
}

let counter = 0;

/** Renders one explained value under `name`. */
function renderValue(name: string, value: unknown, lang: Language, depth: number): Html {
  if (Array.isArray(value)) {
    if (value.every(isRecord)) return recordTable(value, lang, name, `x${++counter}`);
    return html`<p><strong>${name}</strong>: ${value.map((v) => formatValue(v, lang)).join(", ")}</p>`;
  }
  if (isRecord(value)) {
    if (isPeriodKeyed(value)) {
      const periods = Object.keys(value).sort((a, b) => (periodSpan(a)?.first ?? 0) - (periodSpan(b)?.first ?? 0));
      const last = periods.at(-1) as string;
      return html`<p>${lang === "zh" ? `共 ${periods.length} 个时期；下面是最近一期（${formatPeriod(last, lang)}）：` : `${periods.length} periods; the latest (${formatPeriod(last, lang)}) is shown:`}</p>
${renderValue(`${name} · ${last}`, value[last], lang, depth)}`;
    }
    const scalars = Object.entries(value).filter(([, v]) => !isRecord(v) && !Array.isArray(v));
    const nested = Object.entries(value).filter(([, v]) => isRecord(v) || Array.isArray(v));
    return html`${scalars.length ? html`<dl class="explain-values">${scalars.map(([k, v]) => html`<div><dt>${k}</dt><dd>${formatValue(v, lang)}</dd></div>`)}</dl>` : ""}
${depth < 3 ? nested.map(([k, v]) => html`<h4>${k}</h4>${renderValue(k, v, lang, depth + 1)}`) : ""}`;
  }
  return html`<p><strong>${name}</strong>: ${formatValue(value, lang)}</p>`;
}

/** The whole `explain` block. */
export function renderExplain(explain: Record<string, unknown>, lang: Language): Html {
  counter = 0;
  return renderValue("explain", explain, lang, 0);
}
