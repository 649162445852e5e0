/**
 * The short soak and fuzz (a few seconds) of `npm run soak`, so CI catches regressions: the bundled worker
 * (`wrangler deploy --dry-run` output) in workerd on loopback, with its static assets.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dryRunBundle } from "../../bench/lib/build";
import { startOnFreePort } from "../../bench/lib/children";
import { serveWorker, type WorkerServer } from "../../bench/lib/runtime";
import { fuzz } from "../../bench/reliability/fuzz";
import { soak } from "../../bench/reliability/soak";

let server: WorkerServer | undefined;
let inspectorPort = 0;

beforeAll(async () => {
  const scriptPath = dryRunBundle(undefined, "reliability-dist");
  // The inspector port can be taken before workerd binds it: then a fresh one.
  server = await startOnFreePort(async (port) => {
    inspectorPort = port;
    return serveWorker({ scriptPath, extra: { inspectorPort } });
  });
}, 120_000);

afterAll(async () => {
  await server?.dispose();
});

describe("the worker under load", () => {
  it("should answer 5 s of mixed load with only the intended statuses and keep its retained heap flat", async () => {
    if (!server) throw new Error("no server");
    const result = await soak(server, 5, 1.5, 4, inspectorPort);
    expect(result.unintended).toEqual([]);
    expect(result.requests).toBeGreaterThan(100);
    // Intended client errors are part of the mix, so some 4xx must have been answered.
    expect(Object.entries(result.statuses).some(([status]) => Number(status) >= 400 && Number(status) < 500)).toBe(true);
    const heap = result.heap;
    expect(heap).toBeDefined();
    if (heap) expect(Math.abs(heap.endMb / heap.startMb - 1)).toBeLessThanOrEqual(0.1);
  }, 60_000);

  it("should never answer 5xx or drop a connection for 1,000 hostile requests", async () => {
    if (!server) throw new Error("no server");
    const seed = 20_260_501;
    const result = await fuzz(server, 1000, seed, 4);
    expect(result.requests).toBe(1000);
    expect(result.failures, `seed ${seed}`).toEqual([]);
    expect(result.notProblemJson).toBe(0);
  }, 60_000);
});
