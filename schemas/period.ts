/**
 * @module Periods of observations: a year (`2021`), a month (`2021-06`), a quarter (`2021-Q3`) or a half-year
 * (`2021-H1`). Every period maps onto a closed interval of months so that ranges compare across granularities.
 */
import * as v from "valibot";

const PERIOD_PATTERN = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/;

/** A period string in one of the four supported forms. */
export const Period = v.pipe(v.string(), v.regex(PERIOD_PATTERN, "a period is YYYY, YYYY-MM, YYYY-Qn or YYYY-Hn"));
/** A period string. */
export type Period = v.InferOutput<typeof Period>;

/** The first and last month a period covers, counted as `year * 12 + (month - 1)`. */
export interface MonthSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * Maps a period onto the months it covers, or `undefined` when the string is not a period.
 * @example periodSpan("2021-H2") // { first: 2021*12+6, last: 2021*12+11 }
 */
export function periodSpan(period: string): MonthSpan | undefined {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return undefined;
  const base = Number(match[1]) * 12;
  if (match[2]) return { first: base + Number(match[2]) - 1, last: base + Number(match[2]) - 1 };
  if (match[3]) {
    const q = Number(match[3]) - 1;
    return { first: base + q * 3, last: base + q * 3 + 2 };
  }
  if (match[4]) {
    const h = Number(match[4]) - 1;
    return { first: base + h * 6, last: base + h * 6 + 5 };
  }
  return { first: base, last: base + 11 };
}

/** Orders periods by their first month, then by their length (a year sorts after its January). */
export function comparePeriods(a: string, b: string): number {
  const sa = periodSpan(a);
  const sb = periodSpan(b);
  if (!sa || !sb) return a < b ? -1 : a > b ? 1 : 0;
  return sa.first - sb.first || sa.last - sb.last;
}
