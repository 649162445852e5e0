/**
 * @module The stable URLs the API benchmarks measure, one per route kind. They name exact published versions
 * (or a range, for range resolution) so every branch and every later run measures the same work.
 */

/** One route kind and the request that represents it. */
export interface BenchRoute {
  /** Short name used in the results table. */
  kind: string;
  path: string;
  headers?: Record<string, string>;
  /** Target for the median, in ms, when the issue sets one. */
  p50Target?: number;
}

/** Provincial GDP: 31 provinces × 2006–2024, the largest real table of the foundation. */
const GDP = "province-gdp";

/** The route kinds of issue 8 §2. */
export const CPU_ROUTES: readonly BenchRoute[] = [
  { kind: "catalog", path: "/v1/datasets" },
  { kind: "data slice (exact version)", path: `/v1/datasets/${GDP}@1.0.0/data?region=CN-BJ,CN-SH,CN-GD&period=2015..2022`, p50Target: 0.2 },
  { kind: "CSV (whole version)", path: `/v1/datasets/${GDP}@1.0.0/data.csv` },
  { kind: "range resolution (^1)", path: `/v1/datasets/${GDP}@^1/data?region=CN-BJ,CN-SH,CN-GD&period=2015..2022` },
  {
    kind: "Theil view (31 prov × 10 y)",
    path: "/v1/indicators/views/gdp-per-capita-inequality",
    p50Target: 1,
  },
];

/** The dataset route the HTTP benchmark serves three ways (worker, static asset, json-server). */
export const HTTP_ROUTE = `/v1/datasets/${GDP}@1.0.0/data?period=2015..2024`;
