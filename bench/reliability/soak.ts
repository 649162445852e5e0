/**
 * @module `npm run soak`: 60 s of mixed load (valid reads and intended bad requests) against the bundled worker in
 * workerd on loopback. Pass: no answer other than the intended one (so 0 × 5xx, 0 connection errors) and the
 * worker's memory flat within ±10 % after warm-up — measured as the isolate's heap after a full GC (what the
 * worker retains). The workerd process's RSS is reported too, beside a hello-world control: local workerd's RSS
 * grows under sustained load whatever the worker does (measured), so it cannot tell our leaks from the runtime's. `soak()` is also what the short CI test runs.
 */
import { Miniflare } from "miniflare";
import { dryRunBundle } from "../lib/build";
import { freePort } from "../lib/children";
import type { Figure } from "../lib/figures";
import { isolateHeap } from "../lib/inspector";
import { progress, runPart } from "../lib/part";
import { descendants } from "../lib/proc";
import { serveWorker, type WorkerServer } from "../lib/runtime";
import { median } from "../lib/stats";
import { isIntended, MIX } from "./mix";
import { runLoad } from "./run-load";

/** Result of a soak. */
export interface SoakResult {
  requests: number;
  seconds: number;
  /** Answers by status (0 = connection failure). */
  statuses: Record<number, number>;
  /** Requests that got an unintended answer (first few, for the report). */
  unintended: { method: string; path: string; status: number; error?: string }[];
  unintendedCount: number;
  /** RSS drift from the first to the last quarter of the measured window, and the largest deviation from its median. */
  memory: { baselineMb: number; endMb: number; drift: number; maxDeviation: number; samples: number };
  /** The isolate's V8 heap after a full GC, at the end of warm-up and at the end (when an inspector was given). */
  heap?: { startMb: number; endMb: number };
}

/**
 * Runs the mix for `seconds`: a warm-up phase, then the measured phase (RSS sampled). With the inspector port of
 * the worker, the isolate's heap after a full GC is read after each phase: what the worker retains, and what the
 * Workers 128 MB limit applies to.
 */
export async function soak(
  server: WorkerServer,
  seconds: number,
  warmupSeconds: number,
  connections = 8,
  inspectorPort?: number,
): Promise<SoakResult> {
  const statuses: Record<number, number> = {};
  const unintended: SoakResult["unintended"] = [];
  let unintendedCount = 0;
  const pump = () => fetch(new URL("/v1", server.url)).then((r) => r.arrayBuffer());
  // The isolate's retained heap is read between the phases and at the end, with no request in flight.
  const retainedMb = async () => (inspectorPort === undefined ? undefined : (await isolateHeap(inspectorPort, pump, true)).used / 1e6);
  const phase = (ms: number) =>
    runLoad({
      origin: server.url,
      connections,
      deadlineMs: ms,
      pid: server.pid,
      sampleMs: Math.max(100, (seconds * 1000) / 60),
      next: (i) => MIX[(i * 7) % MIX.length],
      onAnswer: ({ request, response }) => {
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const mixed = MIX.find((m) => m.path === request.path && m.method === request.method);
        if (mixed && !isIntended(mixed, response.status)) {
          unintendedCount++;
          if (unintended.length < 10)
            unintended.push({ method: request.method, path: request.path.slice(0, 120), status: response.status, error: response.error });
        }
      },
    });
  const warm = await phase(warmupSeconds * 1000);
  const startMb = await retainedMb();
  const main = await phase((seconds - warmupSeconds) * 1000);
  const endMb = await retainedMb();
  const heap = startMb !== undefined && endMb !== undefined ? { startMb, endMb } : undefined;
  return {
    requests: warm.requests + main.requests,
    seconds: warm.seconds + main.seconds,
    statuses,
    unintended,
    unintendedCount,
    memory: flatness(main.rss, 0),
    ...(heap ? { heap } : {}),
  };
}

/** Memory verdict over the samples after warm-up. */
export function flatness(samples: { t: number; bytes: number }[], warmupMs: number): SoakResult["memory"] {
  const window = samples.filter((s) => s.t >= warmupMs).map((s) => s.bytes);
  const quarter = Math.max(1, Math.floor(window.length / 4));
  const baseline = median(window.slice(0, quarter));
  const end = median(window.slice(-quarter));
  const mid = median(window);
  const maxDeviation = Math.max(...window.map((b) => Math.abs(b / mid - 1)));
  return { baselineMb: baseline / 1e6, endMb: end / 1e6, drift: end / baseline - 1, maxDeviation, samples: window.length };
}

/** The soak's figures; `control` is the RSS drift of a hello-world worker under the same load. */
export function soakFigures(r: SoakResult, control?: SoakResult["memory"]): Figure[] {
  const part = "soak";
  const errors4xx = Object.entries(r.statuses)
    .filter(([s]) => Number(s) >= 400 && Number(s) < 500)
    .reduce((n, [, c]) => n + c, 0);
  const errors5xx = Object.entries(r.statuses)
    .filter(([s]) => Number(s) >= 500)
    .reduce((n, [, c]) => n + c, 0);
  return [
    {
      part,
      name: "requests (mixed routes)",
      value: r.requests,
      unit: "",
      note: `${r.seconds.toFixed(0)} s, ${(r.requests / r.seconds).toFixed(0)} req/s, ${errors4xx} intended 4xx`,
    },
    {
      part,
      name: "unintended answers (incl. 5xx, connection errors)",
      value: r.unintendedCount,
      unit: "",
      target: { text: "0", met: r.unintendedCount === 0 },
    },
    { part, name: "5xx answers", value: errors5xx, unit: "", target: { text: "0", met: errors5xx === 0 } },
    ...(r.heap
      ? [
          {
            part,
            name: "worker isolate heap after GC, drift over the run",
            value: (r.heap.endMb / r.heap.startMb - 1) * 100,
            unit: "%",
            note: `${r.heap.startMb.toFixed(2)} → ${r.heap.endMb.toFixed(2)} MB retained`,
            target: { text: "within ±10 %", met: Math.abs(r.heap.endMb / r.heap.startMb - 1) <= 0.1 },
          },
        ]
      : []),
    {
      part,
      name: "workerd process RSS drift, first → last quarter",
      value: r.memory.drift * 100,
      unit: "%",
      note: `${r.memory.baselineMb.toFixed(0)} → ${r.memory.endMb.toFixed(0)} MB; local workerd grows under load with any worker, see control`,
      ...(control ? { baseline: { name: "hello-world worker", value: control.drift * 100 } } : {}),
    },
  ];
}

/** RSS drift of workerd serving a one-line worker under the same connections: the runtime's own growth. */
async function controlDrift(seconds: number): Promise<SoakResult["memory"]> {
  const hello = new Miniflare({
    modules: true,
    script: 'export default { fetch: () => new Response("ok") }',
    compatibilityDate: "2026-05-01",
    host: "127.0.0.1",
    port: 0,
    logRequests: false,
  });
  const url = await hello.ready;
  const pid = descendants(process.pid, "workerd").at(-1);
  try {
    const run = await runLoad({
      origin: url,
      connections: 8,
      deadlineMs: seconds * 1000,
      pid,
      sampleMs: 500,
      next: () => ({ method: "GET", path: "/" }),
      onAnswer: () => {},
    });
    return flatness(run.rss, Math.min(10, seconds / 5) * 1000);
  } finally {
    await hello.dispose();
  }
}

/** `npm run soak`: 60 s (PA_SOAK_SECONDS to change), then the fuzz run. */
async function main(): Promise<Figure[]> {
  const seconds = Number(process.env.PA_SOAK_SECONDS ?? 60);
  const inspectorPort = await freePort();
  const server = await serveWorker({ scriptPath: dryRunBundle(), extra: { inspectorPort } });
  try {
    progress(`soak: ${seconds} s of mixed load`);
    const result = await soak(server, seconds, Math.min(10, seconds / 5), 8, inspectorPort);
    for (const u of result.unintended) console.error(`unintended: ${u.method} ${u.path} → ${u.status} ${u.error ?? ""}`);
    progress("soak control: a hello-world worker under the same load, 20 s");
    const control = await controlDrift(20);
    const { fuzz, fuzzFigures } = await import("./fuzz");
    progress("fuzz: 10,000 hostile requests");
    return [...soakFigures(result, control), ...fuzzFigures(await fuzz(server, 10_000, 8))];
  } finally {
    await server.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runPart("soak", main, true);
