/**
 * @module `npm run bench:api` part 1 — API CPU per request, in process: median and p99 of `app.fetch` per route
 * kind after warm-up, with the real bindings of a Miniflare workerd. A workerd cross-check runs the same
 * requests inside the runtime (batch means; its clock has 1 ms resolution) to show the Node figures transfer.
 */

import { dryRunBundle } from "../lib/build";
import type { Figure } from "../lib/figures";
import { progress, runPart } from "../lib/part";
import { serveWorker } from "../lib/runtime";
import { mean, median, quantile } from "../lib/stats";
import { loadApp } from "./in-process";
import { CPU_ROUTES } from "./routes";
import { timeRequests } from "./time-requests";
import { workerdMeans } from "./workerd-check";

/** Measures every route kind; a route the branch does not have yet is reported, not fatal. */
export async function measureCpu(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const nodeMeans = new Map<string, number>();
  const server = await serveWorker({ scriptPath: dryRunBundle() });
  try {
    const { app, env } = await loadApp(server.mf);
    for (const route of CPU_ROUTES) {
      progress(`in-process ${route.kind}`);
      const t = await timeRequests(app, env, "https://atlas.bench", route.path, route.headers);
      if (t.status !== 200) {
        figures.push({ part: "api-cpu", name: `${route.kind}`, value: Number.NaN, unit: "ms", note: `HTTP ${t.status} on this branch` });
        continue;
      }
      nodeMeans.set(route.kind, mean(t.samples));
      const p50 = median(t.samples);
      const p99 = quantile(t.samples, 0.99);
      const target = route.p50Target;
      figures.push({
        part: "api-cpu",
        name: `${route.kind} p50`,
        value: p50,
        unit: "ms",
        note: `${t.samples.length} req, ${(t.bytes / 1024).toFixed(1)} KiB`,
        ...(target ? { target: { text: `≤ ${target} ms`, met: p50 <= target } } : {}),
      });
      figures.push({
        part: "api-cpu",
        name: `${route.kind} p99`,
        value: p99,
        unit: "ms",
        target: { text: "≤ 10 ms (free-tier CPU)", met: p99 <= 10 },
      });
    }
  } finally {
    await server.dispose();
  }
  figures.push(...(await workerdMeans(nodeMeans)));
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await runPart("api-cpu", measureCpu);
