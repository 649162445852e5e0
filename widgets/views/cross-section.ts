/**
 * @module One measure across regions in one period — what a ranking and a tile map show: the period (asked
 * for, else the latest in the data), the province rows (national and group aggregates left out) and the
 * group each belongs to.
 */
import { comparePeriods } from "../../schemas/period";
import type { RegionIndex } from "./regions";
import type { Row } from "./series";

/** A region's value in the chosen period. */
export interface RegionValue {
  region: string;
  value: number;
  group?: string;
  status?: string;
}

/** The cross-section of `rows` for `measure` (else the first measure) in `period` (else the latest one). */
export function crossSection(
  rows: readonly Row[],
  regions: RegionIndex,
  measure?: string,
  period?: string,
): { measure?: string; period?: string; values: RegionValue[] } {
  const m = measure || rows[0]?.measure;
  const ofMeasure = rows.filter((r) => r.measure === m && !isAggregate(r.region));
  const p =
    period && !period.includes("..")
      ? period
      : ofMeasure
          .map((r) => r.period)
          .sort(comparePeriods)
          .at(-1);
  const values = ofMeasure
    .filter((r) => r.period === p)
    .map((r) => ({ region: r.region, value: r.value, group: regions.group(r.region), status: r.status }));
  return { measure: m, period: p, values };
}

/** The NBS groups in the order their colours follow (palette slots 1–4). */
export const GROUP_ORDER = ["east", "central", "west", "northeast"];

/** National totals and group codes are not provinces. */
const isAggregate = (code: string) => code === "CN" || code === "CHN" || /^CN-(EAST|CENTRAL|WEST|NORTHEAST|SPB-|MIIT-)/.test(code);
