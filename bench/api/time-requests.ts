/**
 * @module A bounded timing loop over `app.fetch`: warm-up, then per-request wall time with a µs clock.
 * After warm-up the worker's memoized store answers from memory, so wall time is the worker's CPU time.
 */
import { executionContext, type FetchApp } from "./in-process";

/** Per-request timings of one route, in ms. */
export interface Timings {
  status: number;
  bytes: number;
  samples: number[];
}

/** How long and how often to measure. */
export interface LoopBudget {
  warmup: number;
  /** Stop after this many measured requests… */
  maxIterations: number;
  /** …or after this much time, whichever comes first. */
  maxMs: number;
}

/** Default: 300 warm-up requests, then up to 5,000 measured or 3 s. */
export const DEFAULT_BUDGET: LoopBudget = { warmup: 300, maxIterations: 5000, maxMs: 3000 };

/** Times `app.fetch` for one request, consuming the body as a client would. */
export async function timeRequests(
  app: FetchApp,
  env: unknown,
  origin: string,
  path: string,
  headers: Record<string, string> = {},
  budget: LoopBudget = DEFAULT_BUDGET,
): Promise<Timings> {
  const call = async () => {
    const response = await app.fetch(new Request(origin + path, { headers }), env, executionContext);
    return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
  };
  const first = await call();
  for (let i = 0; i < budget.warmup; i++) await call();
  const samples: number[] = [];
  const stop = performance.now() + budget.maxMs;
  while (samples.length < budget.maxIterations && performance.now() < stop) {
    const t0 = process.hrtime.bigint();
    await call();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ...first, samples };
}
