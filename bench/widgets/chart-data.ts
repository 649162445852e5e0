/**
 * @module The one chart every contender draws: China's internet penetration, national and rural (CNNIC,
 * `internet-users@1.0.0`), as labelled points. Taken from the worker's own answer, never typed in.
 */

/** Dataset, version and measures of the benchmark chart. */
export const CHART = { dataset: "internet-users", version: "1.0.0", measures: ["penetration_pct", "rural_penetration_pct"] } as const;

/** One series as the peers need it: a name and one value per period. */
export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

/** Periods (x) and series (y) shared by every page. */
export interface ChartData {
  periods: string[];
  /** Periods as numbers on a linear axis (year + month/12), the way `<pa-chart>` plots them. */
  x: number[];
  series: ChartSeries[];
}

/** An observation as the API returns it. */
export interface Row {
  period: string;
  measure: string;
  value: number;
}

const NAMES: Record<string, string> = { penetration_pct: "Internet penetration (%)", rural_penetration_pct: "Rural penetration (%)" };

/** The chart's data in the neutral shape the peer pages embed inline, from the API's answer for the chart. */
export function chartData(apiBody: { rows: Row[] }): ChartData {
  const rows = apiBody.rows.filter((r) => (CHART.measures as readonly string[]).includes(r.measure));
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const x = periods.map((p) => {
    const [year, month] = p.split("-");
    return Number(year) + (month ? (Number(month) - 1) / 12 : 0);
  });
  const series = CHART.measures.map((m) => ({
    name: NAMES[m] ?? m,
    values: periods.map((p) => rows.find((r) => r.period === p && r.measure === m)?.value ?? null),
  }));
  return { periods, x, series };
}
