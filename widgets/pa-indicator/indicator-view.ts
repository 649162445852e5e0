/**
 * @module The view of `<pa-indicator>` (in the views chunk): a line per region over time, or stacked
 * components when the result decomposes (Theil between/within), the values as a table, and the method block
 * (formula, reference, exact inputs).
 */
import { html, nothing } from "lit";
import { comparePeriods } from "../../schemas/period";
import type { WidgetLang } from "../internal/i18n";
import { indicatorUrl } from "../internal/urls";
import { formatNumber, formatPeriod } from "../views/format";
import type { ViewHost } from "../views/host";
import type { IndicatorResult } from "../views/indicator-result";
import type { PlotController } from "../views/plot";
import type { RegionIndex } from "../views/regions";
import { periodToYear } from "../views/series";
import { hasString, vt } from "../views/strings";
import { summarizeTrends } from "../views/summary";
import type { SelectDetail, View } from "../views/view";

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

/**
 * The components that add up to the value in every period (a decomposition such as between + within), in
 * their order; none when no such set exists. Shares, means and counts beside them are not stacked.
 */
export function additiveParts(
  results: readonly { value: number; components?: Record<string, number | null> }[],
  keys: readonly string[],
): string[] {
  const adds = (set: readonly string[]) =>
    set.length > 1 &&
    set.every((k) => keys.includes(k)) &&
    results.every((r) => {
      const sum = set.reduce((total, k) => total + (r.components?.[k] ?? Number.NaN), 0);
      return Math.abs(sum - r.value) <= 1e-9 * Math.max(1, Math.abs(r.value));
    });
  if (adds(["between", "within"])) return ["between", "within"];
  const plain = keys.filter((k) => !k.includes(":"));
  return adds(plain) ? plain : [];
}

/** Enough digits for coefficients (0.123) without drowning large values in decimals. */
const digits = (v: number) => (Number.isInteger(v) ? 0 : Math.abs(v) < 1 ? 3 : Math.abs(v) < 100 ? 2 : 1);

/** The view of a `<pa-indicator>`. */
export function indicatorView(el: IndicatorHost, { result, regions }: IndicatorBundle, lang: WidgetLang): View {
  const unit = result.unit?.[lang];
  const title = el.caption || result.title[lang];
  const fmt = (v: number) => formatNumber(v, lang, digits(v));
  const withUnit = (v: number) => (unit ? `${fmt(v)} ${unit}` : fmt(v));
  const results = [...result.results].sort((a, b) => comparePeriods(a.period, b.period));
  const codes = [...new Set(results.map((r) => r.region ?? ""))];
  const periods = [...new Set(results.map((r) => r.period))].sort(comparePeriods);
  const keys = codes.length === 1 ? [...new Set(results.flatMap((r) => Object.keys(r.components ?? {})))] : [];
  const parts = additiveParts(results, keys);
  const componentName = (k: string) => {
    const [head = k, group] = k.split(":");
    const name = hasString(head) ? vt(head, lang) : head;
    return group ? `${name} · ${regions.groupName(group, lang)}` : name;
  };
  const regionName = (code: string) => (code ? regions.name(code, lang) : result.title[lang]);
  const hasRegion = codes.length > 1 || Boolean(codes[0]);
  const lines = codes.map((code) => ({ code, label: regionName(code), points: results.filter((r) => (r.region ?? "") === code) }));
  const trends = lines.flatMap((l) => {
    const [first, last] = [l.points[0], l.points.at(-1)];
    if (!first || !last) return [];
    return [
      {
        label: l.label,
        first: { period: first.period, y: first.value, text: fmt(first.value) },
        last: { period: last.period, y: last.value, text: fmt(last.value) },
      },
    ];
  });
  const latest = results.at(-1);
  const ofWhich =
    latest && parts.length
      ? (lang === "zh" ? "，其中" : "; of which ") +
        parts.map((k) => `${componentName(k)} ${fmt(latest.components?.[k] ?? 0)}`).join(lang === "zh" ? "、" : ", ")
      : "";
  const summary = summarizeTrends(trends, lang).replace(/[。.]$/, `${ofWhich}${lang === "zh" ? "。" : "."}`);
  const stacked = parts.length > 0;
  const componentAt = (k: string, p: string) => results.find((r) => r.period === p)?.components?.[k] ?? undefined;
  const series = stacked
    ? parts.map((k, i) => ({ label: componentName(k), color: i, points: periods.map((p, j) => ({ x: j, y: componentAt(k, p) ?? null })) }))
    : lines.map((l, i) => ({ label: l.label, color: i, points: l.points.map((r) => ({ x: periodToYear(r.period), y: r.value })) }));
  el.selections = stacked
    ? parts.map((k) => periods.map((period) => ({ period, value: componentAt(k, period) })))
    : lines.map((l) => l.points.map((r) => ({ period: r.period, region: r.region, value: r.value })));
  const one = results.length === 1 ? latest : undefined;
  const hasClass = results.some((r) => r.class);
  return {
    title,
    summary,
    rows: results.length,
    png: !one,
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
    table: {
      caption: title,
      columns: [
        { label: vt("period", lang) },
        ...(hasRegion ? [{ label: vt("region", lang) }] : []),
        { label: unit ? `${vt("value", lang)} (${unit})` : vt("value", lang), numeric: true },
        ...keys.map((k) => ({ label: componentName(k), numeric: true })),
        ...(hasClass ? [{ label: vt("class", lang) }] : []),
      ],
      rows: results.map((r) => ({
        key: r.region,
        cells: [
          { text: formatPeriod(r.period, lang), value: r.period },
          ...(hasRegion ? [{ text: regionName(r.region ?? ""), value: r.region ?? null }] : []),
          { text: fmt(r.value), value: r.value },
          ...keys.map((k) => {
            const v = r.components?.[k];
            return typeof v === "number" ? { text: fmt(v), value: v } : { text: "", value: null };
          }),
          ...(hasClass ? [{ text: r.class ?? "", value: r.class ?? null }] : []),
        ],
      })),
    },
    body: html`
      ${
        one
          ? html`<div class="big" part="value">${withUnit(one.value)}</div>`
          : el.plot.render(
              {
                kind: stacked ? "stack" : "line",
                stacked,
                unit,
                labels: stacked ? periods.map((p) => formatPeriod(p, lang)) : undefined,
                series,
                legend: stacked ? series.map((s) => ({ label: s.label, color: s.color })) : undefined,
                formatValue: fmt,
                formatX: (x) => (Number.isInteger(x) ? String(x) : ""),
                pointTitle: (si, i) => formatPeriod(el.selections[si]?.[i]?.period ?? "", lang),
                pointText: (si, i) => `${series[si]?.label}: ${withUnit(el.selections[si]?.[i]?.value ?? 0)}`,
              },
              lang,
              title,
              "summary",
            )
      }
      ${result.warnings?.length ? html`<ul class="warnings" part="warnings">${result.warnings.map((w) => html`<li>${w[lang]}</li>`)}</ul>` : nothing}
      <details class="method" part="method">
        <summary>${vt("method", lang)} · ${result.indicator} ${result.method.version}</summary>
        <dl>
          ${result.method.formula ? html`<dt>${vt("formula", lang)}</dt><dd><code>${result.method.formula}</code></dd>` : nothing}
          ${result.method.reference ? html`<dt>${vt("reference", lang)}</dt><dd>${result.method.reference}</dd>` : nothing}
          <dt>${vt("inputs", lang)}</dt>
          <dd>${result.inputs.map((i) => `${i.dataset}@${i.version}${i.measure ? `:${i.measure}` : ""}`).join(", ")}</dd>
        </dl>
      </details>
    `,
  };
}
