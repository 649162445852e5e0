/**
 * @module Growth of a series: year-on-year rates, the compound annual growth rate between two periods, and an
 * index to a base period. Periods are the project's period strings (`2021`, `2021-06`, `2021-Q3`, `2021-H1`).
 */
import { periodSpan } from "../../../schemas/period";
import { InvalidInput } from "./invalid-input";

/** The same period one year earlier (`2021-06` → `2020-06`), or `undefined` for a string that is not a period. */
export function previousYear(period: string): string | undefined {
  if (!periodSpan(period)) return undefined;
  const year = Number(period.slice(0, 4));
  return `${String(year - 1).padStart(4, "0")}${period.slice(4)}`;
}

/** Growth in percent from `before` to `after`: (after/before − 1)·100. */
export function growthRate(before: number, after: number, where: string): number {
  if (!(before > 0)) throw new InvalidInput(`${where}: the earlier value is ${before}; a growth rate needs a positive starting value.`);
  return (after / before - 1) * 100;
}

/** Years between the starts of two periods (months / 12): 2018 → 2023 is 5; 2021-06 → 2023-12 is 2.5. */
export function yearsBetween(from: string, to: string): number {
  const a = periodSpan(from);
  const b = periodSpan(to);
  if (!a || !b) throw new InvalidInput(`"${from}" or "${to}" is not a period.`);
  return (b.first - a.first) / 12;
}

/** CAGR in percent: ((end/start)^(1/years) − 1)·100. Needs positive values and a later end. */
export function cagr(start: number, end: number, years: number, where: string): number {
  if (!(years > 0)) throw new InvalidInput(`${where}: the end period must be after the start period.`, "to");
  if (!(start > 0) || !(end > 0)) {
    throw new InvalidInput(`${where}: CAGR needs positive start and end values (they are ${start} and ${end}).`);
  }
  return ((end / start) ** (1 / years) - 1) * 100;
}

/** Index to a base period: value / base · 100. */
export function indexToBase(value: number, base: number, where: string): number {
  if (!(base > 0)) throw new InvalidInput(`${where}: the base-period value is ${base}; an index needs a positive base.`, "base");
  return (value / base) * 100;
}
