/**
 * @module The fuzz run: generated hostile requests (see hostile.ts) against the bundled worker in workerd.
 * Pass: 0 × 5xx and no dropped connection. Also counted: `/v1` errors that are not problem+json.
 */
import type { Figure } from "../lib/figures";
import type { WorkerServer } from "../lib/runtime";
import { hostileRequests } from "./hostile";
import type { RawRequest } from "./http-client";
import { runLoad } from "./run-load";

/** Result of a fuzz run. */
export interface FuzzResult {
  requests: number;
  seconds: number;
  statuses: Record<number, number>;
  /** 5xx or connection failures (first few, for the report). */
  failures: { method: string; path: string; status: number; error?: string }[];
  failureCount: number;
  /** `/v1` answers ≥ 400 whose content type is not problem+json (HEAD excluded: no body). */
  notProblemJson: number;
}

/** Sends `count` hostile requests generated from `seed`. */
export async function fuzz(server: WorkerServer, count: number, seed: number, connections = 8): Promise<FuzzResult> {
  const requests: RawRequest[] = hostileRequests(count, seed);
  const statuses: Record<number, number> = {};
  const failures: FuzzResult["failures"] = [];
  let failureCount = 0;
  let notProblemJson = 0;
  const run = await runLoad({
    origin: server.url,
    connections,
    next: (i) => requests[i],
    onAnswer: ({ request, response }) => {
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status === 0 || response.status >= 500) {
        failureCount++;
        if (failures.length < 10)
          failures.push({ method: request.method, path: request.path.slice(0, 160), status: response.status, error: response.error });
      }
      if (
        routedToApi(request.path) &&
        response.status >= 400 &&
        request.method !== "HEAD" &&
        !response.contentType.startsWith("application/problem+json")
      ) {
        notProblemJson++;
        if (process.env.PA_FUZZ_DEBUG)
          console.error(`not problem+json: ${request.method} ${request.path.slice(0, 100)} → ${response.status} ${response.contentType}`);
      }
    },
  });
  return { requests: run.requests, seconds: run.seconds, statuses, failures, failureCount, notProblemJson };
}

/** Whether the path, normalised as the runtime routes it (`/v1/..` is `/`), is an API path. */
function routedToApi(path: string): boolean {
  try {
    const pathname = new URL(path, "http://x").pathname;
    return pathname === "/v1" || pathname.startsWith("/v1/");
  } catch {
    return false;
  }
}

/** The fuzz run's figures. */
export function fuzzFigures(r: FuzzResult): Figure[] {
  const part = "fuzz";
  const fiveXx = Object.entries(r.statuses)
    .filter(([s]) => Number(s) >= 500)
    .reduce((n, [, c]) => n + c, 0);
  const dropped = r.statuses[0] ?? 0;
  for (const f of r.failures) console.error(`fuzz failure: ${f.method} ${f.path} → ${f.status} ${f.error ?? ""}`);
  const byClass = Object.entries(r.statuses)
    .map(([s, c]) => `${s}: ${c}`)
    .join(", ");
  return [
    { part, name: "hostile requests", value: r.requests, unit: "", note: `${r.seconds.toFixed(0)} s; ${byClass}` },
    { part, name: "5xx answers", value: fiveXx, unit: "", target: { text: "0", met: fiveXx === 0 } },
    { part, name: "dropped connections", value: dropped, unit: "", target: { text: "0", met: dropped === 0 } },
    { part, name: "/v1 errors not problem+json", value: r.notProblemJson, unit: "", target: { text: "0", met: r.notProblemJson === 0 } },
  ];
}
