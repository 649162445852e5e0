/**
 * @module Helpers to build resolved series and a compute context by hand, for indicator tests.
 */
import type { Series, SeriesPoint } from "../../worker/indicators/series";
import type { ComputeContext } from "../../worker/indicators/types";

/** A series from `[region, period, value]` triples (or with a category as fourth element). */
export function seriesOf(
  label: string,
  rows: readonly (readonly [string, string, number, string?])[],
  param = "value",
  unit = { zh: "元", en: "yuan" },
): Series {
  const points: SeriesPoint[] = rows.map(([region, period, value, category]) => ({
    region,
    period,
    value,
    ...(category ? { category } : {}),
  }));
  return { param, label, unit, points };
}

/** A context with the given provinces (and optional groups). */
export function contextOf(options: { strict?: boolean; provinces?: string[]; groups?: Record<string, string> } = {}): ComputeContext {
  return {
    strictPeriods: options.strict ?? false,
    provinces: new Set(options.provinces ?? []),
    ...(options.groups ? { groups: new Map(Object.entries(options.groups)) } : {}),
  };
}
