/**
 * @module Bounded HTTP load on loopback with autocannon: fixed connections, fixed duration, results as
 * requests/s and latency percentiles.
 */
import autocannon from "autocannon";

/** What one load run measured. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Runs `seconds` of load with `connections` keep-alive connections against one URL. */
export async function load(url: string, seconds: number, connections = 10): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1, timeout: 10 });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
