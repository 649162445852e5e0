/**
 * @module Turns observation rows into series: one per (region, measure, category), points placed on a true
 * time axis (fractional years), so uneven report periods are spaced as they happened.
 */
import { comparePeriods, periodSpan } from "../../schemas/period";

/** A row as the widgets use it. */
export interface Row {
  region: string;
  period: string;
  measure: string;
  category?: string;
  value: number;
  status?: string;
}

/** A point: x in fractional years (middle of the period), y the value, and the period it stands for. */
export interface Point {
  x: number;
  y: number;
  period: string;
  status?: string;
}

/** One line of a chart. */
export interface Series {
  region: string;
  measure: string;
  category?: string;
  points: Point[];
}

/** The middle of a period as a fractional year (2021-06 → 2021.458). */
export function periodToYear(period: string): number {
  const span = periodSpan(period);
  if (!span) return Number.NaN;
  return (span.first + span.last + 1) / 2 / 12;
}

/** Groups rows into series, ordered as `measures` then `regions` were asked for (else first seen). */
export function toSeries(rows: readonly Row[], measures: string[] = [], regions: string[] = []): Series[] {
  const byKey = new Map<string, Series>();
  for (const row of rows) {
    const key = `${row.region}|${row.measure}|${row.category ?? ""}`;
    let series = byKey.get(key);
    if (!series) {
      series = { region: row.region, measure: row.measure, category: row.category, points: [] };
      byKey.set(key, series);
    }
    series.points.push({ x: periodToYear(row.period), y: row.value, period: row.period, status: row.status });
  }
  const rank = (list: string[], item: string) => (list.includes(item) ? list.indexOf(item) : list.length);
  const all = [...byKey.values()];
  for (const s of all) s.points.sort((a, b) => comparePeriods(a.period, b.period));
  return all.sort((a, b) => rank(measures, a.measure) - rank(measures, b.measure) || rank(regions, a.region) - rank(regions, b.region));
}

/** All periods present in the series, in time order. */
export function periodsOf(series: readonly Series[]): string[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort(comparePeriods);
}

/** The latest period among rows. */
export function latestPeriod(rows: readonly { period: string }[]): string | undefined {
  return rows
    .map((r) => r.period)
    .sort(comparePeriods)
    .at(-1);
}
