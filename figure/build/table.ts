/**
 * @module Table figures: one row per region and period (and category), one column per measure, every value at
 * full precision in its published unit (named in the header), regions by name, "—" where a measure has no value,
 * and row flags as footnote marks named in the notes. `<pa-table>` and `/v1/charts/table.svg` draw this.
 */
import { FLAG_TEXT, FLAGS, type Flag } from "../../schemas/flags";
import { comparePeriods } from "../../schemas/period";
import { categoryLabel } from "../category-name";
import { parseFlags } from "../flags";
import { formatNumber, MISSING } from "../format/number";
import { formatPeriod, formatPeriodRange } from "../format/period";
import type { FigureInput, MeasureInput } from "../input";
import type { Figure } from "../model";
import { baseFigure, nameOf } from "./common";
import { selectRows, withUnit } from "./series";

/** The measures of a table: those asked for (any units), else every measure the rows have. */
function tableMeasures(input: FigureInput): MeasureInput[] {
  const present = new Set(input.data.rows.map((r) => r.measure));
  const asked = (input.measure ?? []).filter((id) => present.has(id));
  const ids = asked.length ? asked : input.data.measures.map((m) => m.id).filter((id) => present.has(id));
  return ids.map((id) => input.data.measures.find((m) => m.id === id) ?? { id, title: { zh: id, en: id }, unit: { zh: "", en: "" } });
}

const markOf = (flag: string) => FLAG_TEXT[flag as Flag]?.mark ?? flag;

/** The table figure of `input`. */
export function tableFigure(input: FigureInput): Figure {
  const lang = input.lang;
  const zh = lang === "zh";
  const measures = tableMeasures(input);
  const rows = selectRows(input, measures);
  const entries = new Map<
    string,
    { region: string; period: string; category?: string; cells: Map<string, { value: number; flags: string[] }> }
  >();
  for (const r of rows) {
    const key = `${r.region}|${r.period}|${r.category ?? ""}`;
    let e = entries.get(key);
    if (!e) {
      e = { region: r.region, period: r.period, category: r.category, cells: new Map() };
      entries.set(key, e);
    }
    e.cells.set(r.measure, { value: r.value, flags: parseFlags(r.status) });
  }
  const sorted = [...entries.values()].sort((a, b) => a.region.localeCompare(b.region) || comparePeriods(a.period, b.period));
  const hasCategory = sorted.some((e) => e.category);
  const title = measures.length === 1 && measures[0] ? measures[0].title[lang] : input.data.title[lang];
  const figure = baseFigure(input, "table", title);
  figure.table = {
    columns: [
      { label: zh ? "地区" : "Region" },
      { label: zh ? "时期" : "Period" },
      ...(hasCategory ? [{ label: zh ? "类别" : "Category" }] : []),
      ...measures.map((m) => ({ label: withUnit(m.title[lang], m.unit[lang] || undefined, lang), numeric: true })),
    ],
    rows: sorted.map((e) => ({
      key: e.region,
      cells: [
        { text: nameOf(input, e.region), value: e.region },
        { text: formatPeriod(e.period, lang), value: e.period },
        ...(hasCategory ? [{ text: e.category ? categoryLabel(e.category, lang) : MISSING, value: e.category ?? null }] : []),
        ...measures.map((m) => {
          const c = e.cells.get(m.id);
          if (!c) return { text: MISSING, value: null };
          const marks = c.flags.map(markOf).join(" ");
          return { text: `${formatNumber(c.value, lang, m.decimals)}${marks ? ` [${marks}]` : ""}`, value: c.value };
        }),
      ],
    })),
  };
  // The marks in use, named in vocabulary order.
  const used = new Set(rows.flatMap((r) => parseFlags(r.status)));
  const flags = FLAGS.filter((f) => used.has(f));
  if (flags.length) figure.notes = [flags.map((f) => `[${FLAG_TEXT[f].mark}] ${FLAG_TEXT[f].label[lang]}`).join(zh ? "；" : "; ")];
  const periods = [...new Set(sorted.map((e) => e.period))].sort(comparePeriods);
  const span = periods.length ? formatPeriodRange(periods[0] as string, periods.at(-1) as string, lang) : "";
  const count = new Set(sorted.map((e) => e.region)).size;
  figure.subtitle = span || undefined;
  figure.summary = zh
    ? `${count}个地区，${span}，共${sorted.length}行。`
    : `${count} region${count === 1 ? "" : "s"}, ${span}, ${sorted.length} rows.`;
  figure.takeaway = figure.summary;
  figure.selection = { measures: measures.map((m) => m.id), regions: [...new Set(sorted.map((e) => e.region))], period: input.period };
  return figure;
}
