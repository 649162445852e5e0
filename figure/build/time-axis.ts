/**
 * @module The horizontal axis of a series figure: a time axis spanning exactly the data (annual points on their
 * year, ticks on whole years at a nice step) or, for few periods, a category axis with one slot per period.
 */
import { formatPeriod } from "../format/period";
import type { FigureLang, Tick, XAxis } from "../model";

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/** A time axis over fractional years [min, max]. */
export function timeAxis(min: number, max: number, lang: FigureLang, count = 6): XAxis {
  const span = max - min;
  let ticks: Tick[];
  if (span < 2) {
    // Short spans: ticks at the start of each quarter (or month) inside the data.
    const perYear = span < 0.75 ? 12 : 4;
    const first = Math.ceil(min * perYear - 1e-9);
    const last = Math.floor(max * perYear + 1e-9);
    ticks = [];
    for (let i = first; i <= last; i++) {
      const year = Math.floor(i / perYear);
      const month = (i - year * perYear) * (12 / perYear) + 1;
      ticks.push({ value: i / perYear, label: formatPeriod(`${year}-${String(month).padStart(2, "0")}`, lang) });
    }
  } else {
    const step = YEAR_STEPS.find((s) => span / s <= count) ?? 100;
    const first = Math.ceil(min / step - 1e-9) * step;
    ticks = [];
    for (let y = first; y <= max + 1e-9; y += step) ticks.push({ value: y, label: String(y) });
  }
  return { kind: "time", domain: [min, max], ticks };
}

/** A category axis: one slot per label, ticks on every slot. */
export function categoryAxis(labels: readonly string[]): XAxis {
  return {
    kind: "category",
    domain: [-0.5, labels.length - 0.5],
    categories: [...labels],
    ticks: labels.map((label, value) => ({ value, label })),
  };
}
