/**
 * @module `npm run bench:scale`: a SYNTHETIC dataset of 10 k, 1 M and 10 M observations, built and cut into blocks
 * by the real build into the OS temp dir, read through the worker's DataStore from static assets and from R2
 * (Miniflare's), queried with one filter (a province, a measure, three years). Per size: the blocks the query
 * reads; its CPU in process in a new isolate (fresh store, bytes from memory) and a warm one; per store, its wall
 * time in workerd and the isolate's V8 heap (what the 128 MB limit applies to), after one query and after a query
 * in every province. The Cache API is off (every lookup misses), so each request does the full work. Each figure
 * notes the machine's load average; ratios compare with the 10 k size of the same run.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { StoredBlock } from "../../worker/storage/block";
import { selectRows } from "../../worker/storage/block";
import { blockKey, decodeManifest, manifestKey, type StoredManifest, selectBlocks } from "../../worker/storage/manifest";
import { MEMO_BYTES } from "../../worker/storage/store";
import { executionContext, loadApp } from "../api/in-process";
import { dryRunBundle } from "../lib/build";
import { freePort } from "../lib/children";
import type { Figure } from "../lib/figures";
import { isolateHeap } from "../lib/inspector";
import { progress, runPart } from "../lib/part";
import { serveWorker } from "../lib/runtime";
import { median } from "../lib/stats";
import { buildSynthetic, type SyntheticBuild } from "./build-synthetic";
import { PROVINCES, SYNTHETIC_ID } from "./synthetic";

/**
 * Sizes by number of measures: 1 → 10,044 rows (the baseline every ratio compares with), 100 → 1,004,400,
 * 1000 → 10,044,000. `PA_SCALE_MEASURES=1,100` skips 10 M (its build takes minutes and several GB).
 */
const SIZES = (process.env.PA_SCALE_MEASURES ?? "1,100,1000").split(",").map(Number);
/** The filtered query: one province, one measure, three years of months (36 rows). */
const query = (region = "CN-BJ") => `/v1/datasets/${SYNTHETIC_ID}@1.0.0/data?region=${region}&measure=m001&period=2020-01..2022-12`;
const MB = 1e6;

interface StoreResult {
  store: "static assets" | "R2";
  coldMs: number;
  warmMs: number;
  peakHeap: number;
  sweepPeakHeap: number;
  sweepRetained: number;
}

/** Batch means of a driver route (`__cold` or `__bench`), median over batches. */
async function driverMean(origin: URL, route: string, path: string, ms: number, batches: number): Promise<number> {
  const response = await fetch(new URL(`/v1/${route}?${new URLSearchParams({ path, ms: String(ms), batches: String(batches) })}`, origin));
  const { status, means } = (await response.json()) as { status: number; means: number[] };
  if (status !== 200) throw new Error(`${path} answered ${status}`);
  return median(means);
}

async function measureStore(build: SyntheticBuild, driver: string, store: StoreResult["store"]): Promise<StoreResult> {
  const inspectorPort = await freePort();
  const server = await serveWorker({
    scriptPath: driver,
    assetsDir: build.assetsDir,
    extra: { inspectorPort, cache: false, ...(store === "R2" ? { r2Buckets: ["DATA_BUCKET"] } : {}) },
  });
  try {
    if (store === "R2") {
      const bucket = await server.mf.getR2Bucket("DATA_BUCKET");
      for (const [key, path] of build.files) await bucket.put(key, readFileSync(path, "utf8"));
    }
    const pump = () => fetch(new URL("/v1", server.url)).then((r) => r.arrayBuffer());
    const heaps: number[] = [];
    const sample = async (gc = false) => {
      const heap = await isolateHeap(inspectorPort, pump, gc);
      heaps.push(heap.total);
      return heap;
    };
    await sample(true);
    const coldMs = await driverMean(server.url, "__cold", query(), 300, 3);
    await sample();
    const warmMs = await driverMean(server.url, "__bench", query(), 200, 5);
    const peakHeap = Math.max(...heaps, (await sample()).total);
    // Worst case for memory: every block of the version read once and kept by the isolate's memoized store.
    for (const region of PROVINCES) await (await fetch(new URL(query(region), server.url))).arrayBuffer();
    const sweepPeakHeap = (await sample()).total;
    const sweepRetained = (await sample(true)).used;
    return { store, coldMs, warmMs, peakHeap, sweepPeakHeap, sweepRetained };
  } finally {
    await server.dispose();
  }
}

const selection = { regions: new Set(["CN-BJ"]), measures: new Set(["m001"]), from: 2020 * 12, to: 2022 * 12 + 11 };

/**
 * Blocks and bytes the filtered query reads, and the profile of a cold read in Node's V8 (median of 5): parsing
 * the block index, then parsing the blocks and selecting the rows — the data work a new isolate does first.
 */
function readSet(build: SyntheticBuild): { blocks: number; bytes: number; indexMs: number; parseMs: number; selectMs: number } {
  const indexText = readFileSync(build.files.get(manifestKey(SYNTHETIC_ID, "1.0.0")) ?? "", "utf8");
  const blocks = selectBlocks(build.manifest, selection);
  const texts = blocks.map((b) => readFileSync(build.files.get(blockKey(SYNTHETIC_ID, "1.0.0", b)) ?? "", "utf8"));
  const time = (work: () => unknown) =>
    median(
      Array.from({ length: 5 }, () => {
        const t0 = performance.now();
        work();
        return performance.now() - t0;
      }),
    );
  const indexMs = time(() => selectBlocks(decodeManifest(JSON.parse(indexText) as StoredManifest), selection));
  const parseMs = time(() => texts.map((t) => JSON.parse(t)));
  const selectMs = time(() => texts.map((t) => selectRows(JSON.parse(t) as StoredBlock, selection)));
  return {
    blocks: blocks.length,
    bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
    indexMs,
    parseMs,
    selectMs: selectMs - parseMs,
  };
}

/** An R2 bucket in this process's memory, serving the build's files (read from disk once): no I/O in the timing. */
function memoryBucket(build: SyntheticBuild): R2Like {
  const texts = new Map<string, string>();
  return {
    async get(key: string) {
      const path = build.files.get(key);
      if (!path) return null;
      let text = texts.get(key);
      if (text === undefined) {
        text = readFileSync(path, "utf8");
        texts.set(key, text);
      }
      const body = text;
      return { text: async () => body, json: async () => JSON.parse(body) };
    },
  };
}

interface R2Like {
  get(key: string): Promise<{ text(): Promise<string>; json(): Promise<unknown> } | null>;
}

/**
 * The query's CPU in process (Node's V8 runs the same JavaScript as workerd's, with a µs clock): in a new
 * isolate (a fresh data store per request, so the index and blocks are fetched from memory and parsed again)
 * and in a warm one. Medians over bounded loops.
 */
async function inProcess(build: SyntheticBuild, driver: string): Promise<{ coldMs: number; warmMs: number }> {
  const server = await serveWorker({ scriptPath: driver, assetsDir: build.assetsDir, extra: { cache: false } });
  try {
    const { app, env } = await loadApp(server.mf);
    const warmEnv = { ...env, DATA_BUCKET: memoryBucket(build) };
    const url = `https://atlas.bench${query()}`;
    const call = async (e: unknown) => {
      const response = await app.fetch(new Request(url), e, executionContext);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    };
    const loop = async (fresh: boolean, n: number) => {
      const samples: number[] = [];
      for (let i = 0; i < n; i++) {
        // A new binding object: the worker's per-binding memoized store starts empty, as in a new isolate.
        const e = fresh ? { ...env, DATA_BUCKET: { get: (k: string) => warmEnv.DATA_BUCKET.get(k) } } : warmEnv;
        const t0 = performance.now();
        await call(e);
        samples.push(performance.now() - t0);
      }
      return median(samples);
    };
    await loop(true, 20);
    const coldMs = await loop(true, 100);
    await loop(false, 200);
    const warmMs = await loop(false, 1000);
    return { coldMs, warmMs };
  } finally {
    await server.dispose();
  }
}

/** Runs every size and store. */
export async function measureScale(): Promise<Figure[]> {
  const driver = dryRunBundle("bench/api/workerd-driver.js", "driver");
  const figures: Figure[] = [];
  let smallest: (StoreResult & { coldCpu: number; warmCpu: number }) | undefined;
  const load = () =>
    `load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`;
  for (const measures of SIZES) {
    progress(`scale: building ${measures} measure(s) of synthetic data`);
    const build = buildSynthetic(measures);
    try {
      const read = readSet(build);
      const size = build.rows >= 1e6 ? `${(build.rows / 1e6).toFixed(1)} M` : `${Math.round(build.rows / 1e3)} k`;
      const largest = Math.max(...build.manifest.blocks.map((b) => b.bytes));
      figures.push(
        {
          part: "scale",
          name: `${size} rows: storage`,
          value: build.blockBytes / MB,
          unit: "MB",
          note: `${build.manifest.blocks.length} blocks by ${build.manifest.partition}, largest ${(largest / 1024).toFixed(0)} KiB; index ${(build.indexBytes / 1024).toFixed(1)} KiB; built in ${build.buildSeconds.toFixed(0)} s`,
        },
        {
          part: "scale",
          name: `${size} rows: blocks the filtered query reads`,
          value: read.blocks,
          unit: "blocks",
          note: `${(read.bytes / 1024).toFixed(0)} KiB`,
          target: { text: "≤ 2", met: read.blocks <= 2 },
        },
        {
          part: "scale",
          name: `${size} rows: cold read profile (Node V8)`,
          value: read.indexMs + read.parseMs + read.selectMs,
          unit: "ms",
          note: `parse+select index ${read.indexMs.toFixed(3)} ms, JSON.parse of blocks ${read.parseMs.toFixed(3)} ms, rows selected ${read.selectMs.toFixed(3)} ms`,
        },
      );
      progress(`scale: ${size} rows in process`);
      const cpu = await inProcess(build, driver);
      const results: StoreResult[] = [];
      for (const store of ["static assets", "R2"] as const) {
        progress(`scale: ${size} rows from ${store}`);
        results.push(await measureStore(build, driver, store));
      }
      const r2 = results[1] as StoreResult;
      const current = { ...r2, coldCpu: cpu.coldMs, warmCpu: cpu.warmMs };
      smallest ??= current;
      const base = smallest !== current ? smallest : undefined;
      figures.push(
        {
          part: "scale",
          name: `${size} rows: filtered query, new isolate, CPU (in process)`,
          value: cpu.coldMs,
          unit: "ms",
          note: `fresh store per request, bytes from memory; ${load()}`,
          ...(base ? { baseline: { name: "10 k", value: base.coldCpu } } : {}),
          target: { text: "≤ 5 ms CPU", met: cpu.coldMs <= 5 },
        },
        {
          part: "scale",
          name: `${size} rows: filtered query, warm isolate, CPU (in process)`,
          value: cpu.warmMs,
          unit: "ms",
          note: load(),
          ...(base ? { baseline: { name: "10 k", value: base.warmCpu } } : {}),
          target: { text: "≤ 1 ms", met: cpu.warmMs <= 1 },
        },
      );
      for (const r of results) {
        const baseStore = base && r.store === "R2" ? base : undefined;
        figures.push(
          {
            part: "scale",
            name: `${size} rows, ${r.store}: filtered query, new isolate (workerd wall)`,
            value: r.coldMs,
            unit: "ms",
            note: `wall incl. local I/O: ≥ CPU; ${load()}`,
            ...(baseStore ? { baseline: { name: "10 k", value: baseStore.coldMs } } : {}),
          },
          {
            part: "scale",
            name: `${size} rows, ${r.store}: filtered query, warm isolate (workerd wall)`,
            value: r.warmMs,
            unit: "ms",
            ...(baseStore ? { baseline: { name: "10 k", value: baseStore.warmMs } } : {}),
          },
          {
            part: "scale",
            name: `${size} rows, ${r.store}: isolate heap peak, one query`,
            value: r.peakHeap / MB,
            unit: "MB",
            note: "V8 committed heap",
            target: { text: "≤ 64 MB", met: r.peakHeap / MB <= 64 },
          },
          {
            part: "scale",
            name: `${size} rows, ${r.store}: isolate heap after a query in every province`,
            value: r.sweepPeakHeap / MB,
            unit: "MB",
            note: `${(r.sweepRetained / MB).toFixed(1)} MB retained after GC (memo bounded at ${MEMO_BYTES / 2 ** 20} MiB of text)`,
            target: { text: "≤ 64 MB", met: r.sweepPeakHeap / MB <= 64 },
          },
        );
      }
    } finally {
      build.dispose();
    }
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await runPart("scale", measureScale);
