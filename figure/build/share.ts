/**
 * @module Share figures: how a whole divides into parts, per period, as stacks of 100 %. Parts are the
 * categories (platforms in a market), else the series of the selection.
 */
import { comparePeriods } from "../../schemas/period";
import { valueAxis } from "../axis/value-axis";
import { seriesColor } from "../colors";
import { formatNumber } from "../format/number";
import { formatPeriod, formatPeriodRange } from "../format/period";
import { unitInfo } from "../format/unit";
import type { FigureInput } from "../input";
import type { Figure, ShareStack } from "../model";
import { baseFigure, flagNotes, measureTitle } from "./common";
import type { MeasureChoice } from "./select";
import { groupRows, selectRows, seriesName } from "./series";
import { summarizeTrends } from "./summary";

/** A share figure of the first measure. */
export function shareFigure(input: FigureInput, choice: MeasureChoice): Figure {
  const lang = input.lang;
  const rows = selectRows(input, choice.measures);
  const groups = groupRows(rows, choice.measures, input.region);
  const periods = [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
  const measure = choice.measures[0];
  const percent = unitInfo(measure?.unit).role === "percent";
  const pct = (v: number) => `${formatNumber(v, lang, 1)}%`;
  const parts = groups.map((g, i) => ({
    id: g.key,
    name: seriesName(input, g, groups),
    color: seriesColor(i),
    pattern: i,
    values: new Map(g.rows.map((r) => [r.period, r.value])),
  }));
  const stacks: ShareStack[] = periods.map((period) => {
    const whole = percent ? 100 : parts.reduce((s, p) => s + (p.values.get(period) ?? 0), 0);
    return {
      label: formatPeriod(period, lang),
      period,
      parts: parts
        .filter((p) => p.values.has(period))
        .map((p) => {
          const v = ((p.values.get(period) ?? 0) / (whole || 1)) * 100;
          return { id: p.id, name: p.name, value: v, text: pct(v), color: p.color, pattern: p.pattern };
        }),
    };
  });
  const figure = baseFigure(input, "share", measure ? measureTitle(input, measure.id) : input.data.title[lang]);
  const axis = valueAxis("y", [0, 100], unitInfo({ zh: "%", en: "%" }), lang, { zero: "always", max: 100 });
  figure.share = { stacks, axis };
  figure.y = [axis];
  figure.unit = "%";
  figure.legend = parts.map((p) => ({ id: p.id, label: p.name, color: p.color, dash: [], pattern: p.pattern }));
  if (periods.length) figure.subtitle = formatPeriodRange(periods[0] as string, periods.at(-1) as string, lang);
  figure.summary = summarizeTrends(
    parts.map((p) => {
      const at = (s: ShareStack | undefined) => s?.parts.find((x) => x.id === p.id);
      const [a, b] = [stacks.find((s) => at(s)), [...stacks].reverse().find((s) => at(s))];
      return {
        label: p.name,
        first: a && { period: a.period as string, y: at(a)?.value ?? null, text: at(a)?.text ?? "" },
        last: b && { period: b.period as string, y: at(b)?.value ?? null, text: at(b)?.text ?? "" },
      };
    }),
    lang,
  );
  figure.takeaway = figure.summary.split(lang === "zh" ? "；" : "; ")[0] ?? "";
  figure.notes = flagNotes(rows, lang);
  figure.selection = { measures: measure ? [measure.id] : [], regions: [...new Set(groups.map((g) => g.region))], period: input.period };
  figure.table = {
    columns: [{ label: lang === "zh" ? "时期" : "Period" }, ...parts.map((p) => ({ label: `${p.name} (%)`, numeric: true }))],
    rows: stacks.map((s) => ({
      cells: [
        { text: s.label, value: s.period ?? s.label },
        ...parts.map((p) => {
          const part = s.parts.find((x) => x.id === p.id);
          return part ? { text: formatNumber(part.value, lang, 1), value: part.value } : { text: "—", value: null };
        }),
      ],
    })),
  };
  return figure;
}
