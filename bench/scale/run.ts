/**
 * @module `npm run bench:scale`: a SYNTHETIC dataset of 10 k, 100 k and 1 M observations, built and partitioned by
 * the real build, read through the worker's DataStore from static assets and from R2 (Miniflare's), queried with
 * one filter. Per size and store: the query's time in a fresh isolate (blocks read and parsed) and in a warm one,
 * and the isolate's V8 heap (what the 128 MB limit applies to). The Cache API is off (every lookup misses), so
 * each request does the full work.
 */
import { readFileSync } from "node:fs";
import { blockKey, selectBlocks } from "../../worker/storage/manifest";
import { dryRunBundle } from "../lib/build";
import { freePort } from "../lib/children";
import type { Figure } from "../lib/figures";
import { isolateHeap } from "../lib/inspector";
import { progress, runPart } from "../lib/part";
import { serveWorker } from "../lib/runtime";
import { median } from "../lib/stats";
import { buildSynthetic, type SyntheticBuild } from "./build-synthetic";
import { PROVINCES, SYNTHETIC_ID } from "./synthetic";

/** Sizes by number of measures: 1 → 10,044 rows, 10 → 100,440, 100 → 1,004,400. */
const SIZES = (process.env.PA_SCALE_MEASURES ?? "1,10,100").split(",").map(Number);
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

/**
 * Blocks and bytes the filtered query reads, and the profile of a cold read: how long `JSON.parse` of those
 * blocks takes (median of 5, in Node's V8), which is what a new isolate must do before it can filter.
 */
function readSet(build: SyntheticBuild): { blocks: number; bytes: number; parseMs: number } {
  const selection = { regions: new Set(["CN-BJ"]), measures: new Set(["m001"]) };
  const blocks = selectBlocks(build.manifest, selection);
  const texts = blocks.map((b) => readFileSync(build.files.get(blockKey(SYNTHETIC_ID, "1.0.0", b)) ?? "", "utf8"));
  const parse = () => {
    const t0 = performance.now();
    for (const text of texts) JSON.parse(text);
    return performance.now() - t0;
  };
  const parseMs = median(Array.from({ length: 5 }, parse));
  return { blocks: blocks.length, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0), parseMs };
}

/** Runs every size and store. */
export async function measureScale(): Promise<Figure[]> {
  const driver = dryRunBundle("bench/api/workerd-driver.js", "driver");
  const figures: Figure[] = [];
  let smallest: StoreResult | undefined;
  for (const measures of SIZES) {
    progress(`scale: building ${measures} measure(s) of synthetic data`);
    const build = buildSynthetic(measures);
    try {
      const read = readSet(build);
      const size = build.rows >= 1e6 ? `${(build.rows / 1e6).toFixed(1)} M` : `${Math.round(build.rows / 1e3)} k`;
      figures.push({
        part: "scale",
        name: `${size} rows: storage`,
        value: build.blockBytes / MB,
        unit: "MB",
        note: `${build.manifest.blocks.length} blocks by ${build.manifest.partition}; query reads ${read.blocks} (${(read.bytes / MB).toFixed(2)} MB); built in ${build.buildSeconds.toFixed(0)} s`,
      });
      figures.push({
        part: "scale",
        name: `${size} rows: JSON.parse of the blocks the query reads`,
        value: read.parseMs,
        unit: "ms",
        note: "profile of a cold read, Node V8",
      });
      for (const store of ["static assets", "R2"] as const) {
        progress(`scale: ${size} rows from ${store}`);
        const r = await measureStore(build, driver, store);
        smallest ??= r;
        figures.push(
          {
            part: "scale",
            name: `${size} rows, ${store}: filtered query, new isolate`,
            value: r.coldMs,
            unit: "ms",
            note: "wall in workerd incl. local I/O: ≥ CPU",
            ...(smallest !== r ? { baseline: { name: "10 k", value: smallest.coldMs } } : {}),
            target: { text: "≤ 5 ms CPU", met: r.coldMs <= 5 },
          },
          {
            part: "scale",
            name: `${size} rows, ${store}: filtered query, warm isolate`,
            value: r.warmMs,
            unit: "ms",
            ...(smallest !== r ? { baseline: { name: "10 k", value: smallest.warmMs } } : {}),
            target: { text: "≤ 5 ms CPU", met: r.warmMs <= 5 },
          },
          {
            part: "scale",
            name: `${size} rows, ${store}: isolate heap peak, one query`,
            value: r.peakHeap / MB,
            unit: "MB",
            note: "V8 committed heap",
            target: { text: "well under 128 MB (≤ 64)", met: r.peakHeap / MB <= 64 },
          },
          {
            part: "scale",
            name: `${size} rows, ${store}: isolate heap after reading every block`,
            value: r.sweepPeakHeap / MB,
            unit: "MB",
            note: `${(r.sweepRetained / MB).toFixed(1)} MB retained after GC (memoized blocks)`,
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
