/**
 * @module The view of `<pa-ranking>` (in the views chunk): one measure across provinces in one period, as
 * horizontal bars coloured by NBS region group, with the ranking as a table.
 */
import type { WidgetLang } from "../internal/i18n";
import type { View } from "../internal/pa-element";
import { list } from "../internal/urls";
import { crossSection, GROUP_ORDER } from "../views/cross-section";
import { type DatasetBundle, measureMeta, provenance, unitOf, valueText, withUnitLabel } from "../views/dataset-helpers";
import { formatCompact, formatNumber, formatPeriod } from "../views/format";
import type { ChartHost } from "../views/host";
import { vt } from "../views/strings";
import { summarizeRanking } from "../views/summary";

/** The colour slot of an NBS group (unknown groups get the neutral last slot). */
export const groupColor = (group?: string): number => (group && GROUP_ORDER.includes(group) ? GROUP_ORDER.indexOf(group) : 7);

/** The view of a `<pa-ranking>`; `order` is `asc` or `desc` (default). */
export function rankingView(el: ChartHost & { order: string }, bundle: DatasetBundle, lang: WidgetLang): View {
  const { data, rows, regions } = bundle;
  const section = crossSection(rows, regions, list(el.measure)[0], el.period);
  const measure = section.measure ?? "";
  const period = section.period ?? "";
  const sign = el.order === "asc" ? 1 : -1;
  const sorted = [...section.values].sort((a, b) => sign * (a.value - b.value));
  const meta = measureMeta(data, measure);
  const what = meta?.title[lang] ?? measure;
  const title = el.caption || `${what} · ${formatPeriod(period, lang)}`;
  const text = (value: number) => valueText(data, measure, value, lang);
  el.selections = [sorted.map((v) => ({ region: v.region, period, measure, value: v.value }))];
  const byDesc = [...sorted].sort((a, b) => b.value - a.value);
  return {
    title,
    summary: summarizeRanking(
      byDesc.map((v) => ({ name: regions.name(v.region, lang), text: text(v.value) })),
      what,
      period,
      lang,
    ),
    rows: sorted.length,
    png: true,
    provenance: provenance(data, el.base),
    table: {
      caption: title,
      rowHeader: 1,
      columns: [
        { label: vt("rank", lang), numeric: true },
        { label: vt("region", lang) },
        { label: vt("group", lang) },
        { label: withUnitLabel(what, unitOf(data, measure, lang)), numeric: true },
      ],
      rows: sorted.map((v, i) => ({
        key: v.region,
        cells: [
          { text: String(i + 1), value: i + 1 },
          { text: regions.name(v.region, lang), value: v.region },
          { text: v.group ? regions.groupName(v.group, lang) : "", value: v.group ?? null },
          { text: formatNumber(v.value, lang, meta?.decimals), value: v.value },
        ],
      })),
    },
    body: el.plot.render(
      {
        kind: "hbar",
        labels: sorted.map((v) => regions.name(v.region, lang, true)),
        series: [
          {
            label: what,
            color: 0,
            pointColors: sorted.map((v) => groupColor(v.group)),
            points: sorted.map((v, i) => ({ x: i, y: v.value })),
          },
        ],
        legend: GROUP_ORDER.filter((g) => sorted.some((v) => v.group === g)).map((g) => ({
          label: regions.groupName(g, lang),
          color: groupColor(g),
        })),
        formatValue: (v) => formatCompact(v, lang),
        pointTitle: (_, i) => `${i + 1}. ${regions.name(sorted[i]?.region ?? "", lang)}`,
        pointText: (_, i) => {
          const v = sorted[i];
          return v ? `${what}: ${text(v.value)}${v.group ? ` (${regions.groupName(v.group, lang)})` : ""}` : "";
        },
      },
      lang,
      title,
      "summary",
    ),
  };
}
