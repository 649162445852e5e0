/**
 * @module `npm run bench:api` part 2 — the API over HTTP on loopback, all three servers measured in the same run:
 * the dataset route served by the worker in workerd; the identical bytes served as a static asset by the same
 * workerd (the limit the issue names: no JavaScript of ours runs); the same bytes answered from memory by a
 * minimal worker in workerd (the runtime's ceiling for that body, since Miniflare's local asset server reads
 * from disk on every request); and json-server (the popular "REST API from a JSON file") serving the same data.
 * Rounds alternate between the servers so machine noise hits them alike.
 */
import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { assetsWith } from "../lib/assets-copy";
import { dryRunBundle } from "../lib/build";
import { freePort, spawnServer, stop } from "../lib/children";
import type { Figure } from "../lib/figures";
import { type LoadResult, load } from "../lib/load";
import { progress, runPart } from "../lib/part";
import { BENCH_OUT, ROOT } from "../lib/paths";
import { serveWorker, type WorkerServer } from "../lib/runtime";
import { median } from "../lib/stats";
import { HTTP_ROUTE } from "./routes";

/** Seconds of load per server per round, and rounds. Bounded: 3 × 3 × (5 + 1) s ≈ 1 minute. */
const ROUND_SECONDS = 5;
const ROUNDS = 3;
const STATIC_PATH = "/bench-static/province-gdp-data.json";

/** Measures the three servers; returns req/s and latency figures with the ratios the issue asks for. */
export async function measureHttp(): Promise<Figure[]> {
  const bundle = dryRunBundle();
  // The exact bytes the worker answers, captured once and then served as a static file by the same runtime.
  // Same port both times: the body contains absolute links.
  const workerPort = await freePort();
  const probe = await serveWorker({ scriptPath: bundle, port: workerPort });
  const body = new Uint8Array(await (await fetch(new URL(HTTP_ROUTE, probe.url))).arrayBuffer());
  await probe.dispose();

  const assetsDir = assetsWith("assets-http", { [STATIC_PATH]: body });
  const dbFile = join(BENCH_OUT, "json-server-db.json");
  writeFileSync(dbFile, JSON.stringify({ "province-gdp": JSON.parse(new TextDecoder().decode(body)) }));

  let worker: WorkerServer | undefined;
  let ceiling: WorkerServer | undefined;
  let jsonServer: ChildProcess | undefined;
  try {
    worker = await serveWorker({ scriptPath: bundle, assetsDir, port: workerPort });
    ceiling = await serveWorker({ scriptPath: dryRunBundle("bench/api/workerd-driver.js", "driver"), assetsDir });
    const port = await freePort();
    const jsonServerUrl = `http://127.0.0.1:${port}/province-gdp`;
    jsonServer = await spawnServer(
      process.execPath,
      [join(ROOT, "node_modules/json-server/lib/cli/bin.js"), "--quiet", "--host", "127.0.0.1", "--port", String(port), dbFile],
      jsonServerUrl,
    );
    const targets = {
      worker: new URL(HTTP_ROUTE, worker.url).href,
      static: new URL(STATIC_PATH, worker.url).href,
      ceiling: new URL(`/v1/__raw?path=${STATIC_PATH}`, ceiling.url).href,
      "json-server": jsonServerUrl,
    };
    await checkSameBytes([targets.worker, targets.static, targets.ceiling], body);

    const runs: Runs = { worker: [], static: [], ceiling: [], "json-server": [] };
    for (const url of Object.values(targets)) await load(url, 1); // warm-up: JIT, connection pools
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, url] of Object.entries(targets) as [keyof typeof targets, string][]) {
        progress(`round ${round}/${ROUNDS}: ${name}`);
        runs[name].push(await load(url, ROUND_SECONDS));
      }
    }
    return figuresOf(runs, body.length);
  } finally {
    if (jsonServer) await stop(jsonServer);
    await worker?.dispose();
    await ceiling?.dispose();
  }
}

/** The worker's answer and the static file must be byte-identical, or the comparison means nothing. */
async function checkSameBytes(urls: string[], body: Uint8Array): Promise<void> {
  for (const url of urls) {
    const got = new Uint8Array(await (await fetch(url)).arrayBuffer());
    if (got.length !== body.length || !got.every((b, i) => b === body[i])) throw new Error(`${url} does not serve the captured bytes`);
  }
}

/** Median over rounds of each statistic. */
function summary(results: LoadResult[]) {
  const of = (key: keyof LoadResult) => median(results.map((r) => r[key]));
  const failures = results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
  return { rps: of("rps"), p50: of("p50"), p99: of("p99"), requests: results.reduce((n, r) => n + r.requests, 0), failures };
}

type Runs = Record<"worker" | "static" | "ceiling" | "json-server", LoadResult[]>;

function figuresOf(runs: Runs, bytes: number): Figure[] {
  const w = summary(runs.worker);
  const s = summary(runs.static);
  const c = summary(runs.ceiling);
  const j = summary(runs["json-server"]);
  const note = `${(bytes / 1024).toFixed(1)} KiB body, 10 connections, median of ${ROUNDS} × ${ROUND_SECONDS} s`;
  const part = "api-http";
  const failures = w.failures + s.failures + c.failures + j.failures;
  return [
    {
      part,
      name: "worker req/s vs static asset",
      value: w.rps,
      unit: "req/s",
      baseline: { name: "static", value: s.rps },
      target: { text: "≥ 0.8× static", met: w.rps >= 0.8 * s.rps },
      note,
    },
    {
      part,
      name: "worker req/s vs json-server",
      value: w.rps,
      unit: "req/s",
      baseline: { name: "json-server", value: j.rps },
      target: { text: "≥ 2× json-server", met: w.rps >= 2 * j.rps },
    },
    { part, name: "worker req/s vs runtime ceiling", value: w.rps, unit: "req/s", baseline: { name: "bytes from memory", value: c.rps } },
    { part, name: "worker latency p50", value: w.p50, unit: "ms", baseline: { name: "static", value: s.p50 } },
    { part, name: "worker latency p99", value: w.p99, unit: "ms", baseline: { name: "static", value: s.p99 } },
    { part, name: "json-server latency p50", value: j.p50, unit: "ms", baseline: { name: "static", value: s.p50 } },
    { part, name: "json-server latency p99", value: j.p99, unit: "ms", baseline: { name: "static", value: s.p99 } },
    { part, name: "failed requests (non-2xx, errors, timeouts)", value: failures, unit: "", target: { text: "0", met: failures === 0 } },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) await runPart("api-http", measureHttp);
