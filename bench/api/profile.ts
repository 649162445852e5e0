/**
 * @module `npx tsx bench/api/profile.ts <path> [iterations]`: where a route's time goes. Runs the route in process
 * (as bench:api does), records a V8 CPU profile of the measured iterations, saves it to `.bench/profiles/` (open it
 * in Chrome DevTools) and prints the functions with the most self time.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { dryRunBundle } from "../lib/build";
import { BENCH_OUT } from "../lib/paths";
import { serveWorker } from "../lib/runtime";
import { executionContext, loadApp } from "./in-process";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time per function (share of samples), top `n`. */
export function topSelf(profile: { nodes: ProfileNode[] }, n = 12): { share: number; where: string }[] {
  const total = profile.nodes.reduce((s, node) => s + (node.hitCount ?? 0), 0) || 1;
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = `${functionName || "(anonymous)"} ${url.replace(/^.*\/(node_modules|worker|schemas)\//, "$1/")}:${lineNumber + 1}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + (node.hitCount ?? 0));
  }
  return [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([where, hits]) => ({ share: hits / total, where }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? "/v1/datasets";
  const iterations = Number(process.argv[3] ?? 2000);
  const server = await serveWorker({ scriptPath: dryRunBundle() });
  try {
    const { app, env } = await loadApp(server.mf);
    const call = async () => (await app.fetch(new Request(`https://atlas.bench${path}`), env, executionContext)).arrayBuffer();
    for (let i = 0; i < 300; i++) await call();
    const session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 100 });
    await session.post("Profiler.start");
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) await call();
    const ms = (performance.now() - t0) / iterations;
    const { profile } = await session.post("Profiler.stop");
    const dir = join(BENCH_OUT, "profiles");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${path.replace(/[^a-z0-9]+/gi, "_").slice(0, 80)}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`${path}: ${ms.toFixed(3)} ms per request (mean of ${iterations}, profiler on); profile: ${file}`);
    for (const { share, where } of topSelf(profile as unknown as { nodes: ProfileNode[] }))
      console.log(`${(share * 100).toFixed(1).padStart(5)} %  ${where}`);
  } finally {
    await server.dispose();
  }
}
