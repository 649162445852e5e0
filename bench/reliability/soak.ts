/**
 * @module `npm run soak`: 60 s of mixed load (valid reads and intended bad requests) against the bundled worker in
 * workerd on loopback. Pass: no answer other than the intended one (so 0 × 5xx, 0 connection errors) and the
 * workerd process's resident memory flat within ±10 % after warm-up. `soak()` is also what the short CI test runs.
 */
import { dryRunBundle } from "../lib/build";
import type { Figure } from "../lib/figures";
import { progress, runPart } from "../lib/part";
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
}

/** Runs the mix for `seconds` (the first `warmupSeconds` are not part of the memory verdict). */
export async function soak(server: WorkerServer, seconds: number, warmupSeconds: number, connections = 8): Promise<SoakResult> {
  const statuses: Record<number, number> = {};
  const unintended: SoakResult["unintended"] = [];
  let unintendedCount = 0;
  const run = await runLoad({
    origin: server.url,
    connections,
    deadlineMs: seconds * 1000,
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
  return {
    requests: run.requests,
    seconds: run.seconds,
    statuses,
    unintended,
    unintendedCount,
    memory: flatness(run.rss, warmupSeconds * 1000),
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

/** The soak's figures. */
export function soakFigures(r: SoakResult): Figure[] {
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
    {
      part,
      name: "workerd RSS drift, first → last quarter",
      value: r.memory.drift * 100,
      unit: "%",
      note: `${r.memory.baselineMb.toFixed(1)} → ${r.memory.endMb.toFixed(1)} MB, ${r.memory.samples} samples`,
      target: { text: "within ±10 %", met: Math.abs(r.memory.drift) <= 0.1 },
    },
    {
      part,
      name: "workerd RSS largest deviation from median",
      value: r.memory.maxDeviation * 100,
      unit: "%",
      target: { text: "≤ 10 %", met: r.memory.maxDeviation <= 0.1 },
    },
  ];
}

/** `npm run soak`: 60 s (PA_SOAK_SECONDS to change), then the fuzz run. */
async function main(): Promise<Figure[]> {
  const seconds = Number(process.env.PA_SOAK_SECONDS ?? 60);
  const server = await serveWorker({ scriptPath: dryRunBundle() });
  try {
    progress(`soak: ${seconds} s of mixed load`);
    const result = await soak(server, seconds, Math.min(10, seconds / 5));
    for (const u of result.unintended) console.error(`unintended: ${u.method} ${u.path} → ${u.status} ${u.error ?? ""}`);
    const { fuzz, fuzzFigures } = await import("./fuzz");
    progress("fuzz: 10,000 hostile requests");
    return [...soakFigures(result), ...fuzzFigures(await fuzz(server, 10_000, 8))];
  } finally {
    await server.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runPart("soak", main, true);
