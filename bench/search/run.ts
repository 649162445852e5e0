/**
 * @module `npm run bench:search` — CPU per search: every query of the search test set (`test/scripts/search-queries.ts`:
 * Chinese, English, pinyin, typos) through `GET /v1/search` in process (the worker's Hono app with the real bindings
 * of a Miniflare workerd, as `bench/api/cpu.ts` does; after warm-up the memoized index answers from memory), median
 * and p99 over all queries; the pure `search()` alone; and the first search of a fresh isolate (parse the index
 * JSON, prepare it, search once). Timed as this process's CPU time (`process.cpuUsage`, µs), not wall time, so that
 * a busy shared machine (other processes preempting this one) does not inflate the tail.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SEARCH_CASES } from "../../test/scripts/search-queries";
import type { SearchIndex } from "../../worker/lib/search/index-format";
import { search } from "../../worker/lib/search/search";
import { executionContext, loadApp } from "../api/in-process";
import { dryRunBundle } from "../lib/build";
import type { Figure } from "../lib/figures";
import { progress, runPart } from "../lib/part";
import { ASSETS_DIR } from "../lib/paths";
import { serveWorker } from "../lib/runtime";
import { median, quantile } from "../lib/stats";

/** Warm-up rounds over all queries, then measured rounds (66 queries × 100 = 6,600 calls). */
const WARMUP = 20;
const ROUNDS = 100;

/** CPU time (user + system) of this process since `start`, in ms. */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
};

async function measureSearch(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const route: number[] = [];
  const server = await serveWorker({ scriptPath: dryRunBundle() });
  try {
    const { app, env } = await loadApp(server.mf);
    progress(`GET /v1/search, ${SEARCH_CASES.length} queries`);
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      for (const { q } of SEARCH_CASES) {
        const start = process.cpuUsage();
        const response = await app.fetch(new Request(`https://atlas.bench/v1/search?q=${encodeURIComponent(q)}`), env, executionContext);
        await response.arrayBuffer();
        if (round >= WARMUP) route.push(cpuMs(start));
        if (response.status !== 200) throw new Error(`/v1/search?q=${q} answered ${response.status}`);
      }
    }
  } finally {
    await server.dispose();
  }
  const note = `CPU, ${route.length} req over ${SEARCH_CASES.length} queries`;
  figures.push({ part: "search", name: "GET /v1/search p50", value: median(route), unit: "ms", note });
  figures.push({
    part: "search",
    name: "GET /v1/search p99",
    value: quantile(route, 0.99),
    unit: "ms",
    target: { text: "≤ 5 ms", met: quantile(route, 0.99) <= 5 },
  });

  progress("search() alone");
  const text = readFileSync(join(ASSETS_DIR, "_data/search.json"), "utf8");
  const index = JSON.parse(text) as SearchIndex;
  const pure: number[] = [];
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (const { q } of SEARCH_CASES) {
      const start = process.cpuUsage();
      search(index, q);
      if (round >= WARMUP) pure.push(cpuMs(start));
    }
  }
  figures.push({ part: "search", name: "search() p50", value: median(pure), unit: "ms", note: `${pure.length} calls` });
  figures.push({ part: "search", name: "search() p99", value: quantile(pure, 0.99), unit: "ms" });

  progress("first search of a fresh isolate");
  const cold: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = process.cpuUsage();
    search(JSON.parse(text) as SearchIndex, "hulianwang");
    cold.push(cpuMs(start));
  }
  figures.push({
    part: "search",
    name: "first search in an isolate (parse + prepare + search) median",
    value: median(cold),
    unit: "ms",
    note: `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB index, ${index.docs.length} documents; once per isolate`,
  });
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await runPart("search", measureSearch);
