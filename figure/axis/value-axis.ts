/**
 * @module Value axes: a "nice" domain that covers the data, evenly spaced ticks at 1, 2, 2.5 or 5 × 10ⁿ of the
 * scaled unit, and labels with just enough decimals that no two ticks print the same (0.465–0.491 gets
 * 0.465, 0.470, … rather than "0.5" five times).
 */

import { chooseScale, formatTick } from "../format/number";
import type { UnitInfo } from "../format/unit";
import type { FigureLang, NumberScale, Tick, YAxis } from "../model";

const NICE = [1, 2, 2.5, 5, 10];

/** The smallest nice step (1, 2, 2.5, 5 × 10ⁿ) that splits `span` into at most `count` intervals. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const n of NICE) if (n * power >= raw * (1 - 1e-9)) return n * power;
  return 10 * power;
}

/** Decimals needed to print multiples of `step` exactly (2.5 → 1, 0.005 → 3, 2000 → 0). */
export function stepDecimals(step: number): number {
  for (let d = 0; d <= 12; d++) {
    const scaled = step * 10 ** d;
    if (Math.round(scaled) >= 1 && Math.abs(scaled - Math.round(scaled)) < 1e-6 * scaled) return d;
  }
  return 12;
}

/** Ticks covering [min, max] in scaled units: from a multiple of the step at or below min to one at or above max. */
export function niceTicks(min: number, max: number, count = 5): { step: number; ticks: number[] } {
  let lo = min;
  let hi = max;
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, count);
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const decimals = stepDecimals(step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(Math.min(20, decimals + 2))));
  return { step, ticks };
}

/** Options of {@link valueAxis}. */
export interface ValueAxisOptions {
  /** Start at zero when the data are all positive (bars, areas, shares always; lines when zero is near). */
  zero?: "always" | "near" | "never";
  /** An upper bound the axis never exceeds (100 for shares). */
  max?: number;
  count?: number;
}

/**
 * A value axis for `values` of `unit`: scale chosen by magnitude, a nice domain covering the data, ticks and
 * labels in the scaled unit, the scaled unit as its title.
 */
export function valueAxis(
  id: YAxis["id"],
  values: readonly number[],
  unit: UnitInfo,
  lang: FigureLang,
  options: ValueAxisOptions = {},
): YAxis {
  const finite = values.filter(Number.isFinite);
  let min = finite.length ? Math.min(...finite) : 0;
  let max = finite.length ? Math.max(...finite) : 1;
  const zero = options.zero ?? "near";
  if (zero === "always" || (zero === "near" && min > 0 && min < max * 0.5)) min = Math.min(0, min);
  if (zero !== "never" && max < 0 && (zero === "always" || max > min * 0.5)) max = 0;
  const base = chooseScale(Math.max(Math.abs(min), Math.abs(max)), unit, lang);
  const { step, ticks: scaledTicks } = niceTicks(min / base.divisor, max / base.divisor, options.count ?? 5);
  const scale: NumberScale = { ...base, decimals: stepDecimals(step) };
  const cap = options.max ?? Number.POSITIVE_INFINITY;
  const tickValues = scaledTicks.map((t) => t * scale.divisor).filter((v) => v <= cap + 1e-9);
  const ticks: Tick[] = tickValues.map((value) => ({ value, label: formatTick(value, scale, lang) }));
  const domain: [number, number] = [ticks[0]?.value ?? min, ticks.at(-1)?.value ?? max];
  return { id, side: id === "y" ? "left" : "right", title: scale.unit, unit: unit.text[lang], scale, domain, ticks };
}
