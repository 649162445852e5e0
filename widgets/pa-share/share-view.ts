/**
 * @module The view of `<pa-share>` (a file of its own in the build): how a whole divides into parts over time, as stacked
 * shares (100 %) — the figure model's share stacks (figure/build/share.ts), whatever the parts are: platforms of
 * a market as published, measures, regions, or the provinces summed into the NBS groups (`by="group"`).
 */
import { buildShare } from "../../figure/build/share";
import type { WidgetLang } from "../internal/i18n";
import type { ChartHost } from "../views/host";
import { type DatasetBundle, figureOf, figureTable, legendOf, messageView, provenance, slotOf, specAxis } from "../views/index";
import type { Plot } from "../views/plot";
import type { View } from "../views/view";

/** The shared views, handed to the element with this view (element/views-loader.ts). */
export * as shared from "../views/index";

/** The attributes of `<pa-share>` beside the dataset ones. */
export interface ShareHost extends ChartHost {
  by: string;
  total: string;
}

/** The view of a `<pa-share>`. */
export function shareView(el: ShareHost, bundle: DatasetBundle, lang: WidgetLang): View {
  const figure = figureOf(el, bundle, lang, "share", buildShare, {
    by: el.by === "group" ? "group" : undefined,
    total: el.total || undefined,
    shareDraw: el.kind === "area" ? "area" : "bar",
  });
  const base = { provenance: provenance(bundle.data, el.base), png: true };
  if (figure.kind === "message" || !figure.share) return messageView(figure, base);
  const { stacks, axis } = figure.share;
  const byGroup = el.by === "group";
  el.selections = figure.legend.map((part) => {
    const region = byGroup ? undefined : part.id.split("|")[1] || undefined;
    return stacks.map((s) => ({ period: s.period, region, value: s.parts.find((x) => x.id === part.id)?.value }));
  });
  const plot: Plot = {
    kind: figure.share.draw === "area" ? "area" : "stack",
    stacked: true,
    unit: "%",
    axes: [specAxis(axis)],
    labels: stacks.map((s) => s.label),
    series: figure.legend.map((part) => ({
      label: part.label,
      color: slotOf(part.color.token),
      hatch: part.pattern,
      points: stacks.map((s, j) => ({ x: j, y: s.parts.find((x) => x.id === part.id)?.value ?? null })),
    })),
    legend: legendOf(figure, false),
    formatValue: (v) => `${v}%`,
    pointTitle: (_, j) => stacks[j]?.label ?? "",
    pointText: (si, j) => {
      const part = figure.legend[si];
      const value = stacks[j]?.parts.find((x) => x.id === part?.id);
      return `${part?.label ?? ""}${lang === "zh" ? "：" : ": "}${value?.text ?? "—"}`;
    },
  };
  return {
    ...base,
    figure,
    title: figure.title,
    summary: figure.summary,
    takeaway: figure.takeaway,
    rows: stacks.length,
    table: figureTable(figure),
    body: el.plot.render(plot, lang, figure.title, "summary"),
  };
}
