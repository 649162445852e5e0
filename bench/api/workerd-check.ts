/**
 * @module Cross-check of the in-process figures inside workerd itself: mean time per `app.fetch` from batches
 * timed by the runtime's own clock (see workerd-driver.js). Means, not percentiles — the clock is too coarse
 * for single requests — compared with the mean of the Node samples of the same route.
 */
import { dryRunBundle } from "../lib/build";
import type { Figure } from "../lib/figures";
import { progress } from "../lib/part";
import { serveWorker } from "../lib/runtime";
import { median } from "../lib/stats";
import { CPU_ROUTES } from "./routes";

/** workerd mean per route kind, each with the Node mean of the same route as its baseline. */
export async function workerdMeans(nodeMeans: ReadonlyMap<string, number>): Promise<Figure[]> {
  const figures: Figure[] = [];
  // Cache API off, as in the Node run: every request computes its response.
  const server = await serveWorker({ scriptPath: dryRunBundle("bench/api/workerd-driver.js", "driver"), extra: { cache: false } });
  try {
    for (const route of CPU_ROUTES) {
      const nodeMean = nodeMeans.get(route.kind);
      if (nodeMean === undefined) continue;
      progress(`in workerd ${route.kind}`);
      const query = new URLSearchParams({ path: route.path, ms: "200", batches: "5" });
      const response = await fetch(new URL(`/v1/__bench?${query}`, server.url));
      const { status, means } = (await response.json()) as { status: number; means: number[] };
      if (status !== 200) continue;
      figures.push({
        part: "api-cpu",
        name: `${route.kind} mean, in workerd`,
        value: median(means),
        unit: "ms",
        baseline: { name: "same in Node", value: nodeMean },
      });
    }
  } finally {
    await server.dispose();
  }
  return figures;
}
