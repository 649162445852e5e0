/**
 * @module `npx tsx bench/widgets/timeline.ts [loads]`: the waterfall of our inline-data page (the bench's same-work
 * page) — when each file was requested and arrived, and when the chart was painted, medians of cold loads — the
 * profile behind the widget figures in bench/README.md. `PA_BENCH_WIDGETS=<dir>` profiles another build's widgets.
 */
import { join } from "node:path";
import { dryRunBundle } from "../lib/build";
import { ASSETS_DIR } from "../lib/paths";
import { serveWorker } from "../lib/runtime";
import { median } from "../lib/stats";
import { launchChromium } from "./browser";
import { CHART } from "./chart-data";
import { serveGzip } from "./gzip-server";
import { oursInline } from "./pages";
import { widgetFiles } from "./widget-files";

const LOADS = Number(process.argv[2] ?? 10);

/** The built widgets to profile: `.assets/widgets`, or a copy of another build's (`PA_BENCH_WIDGETS=/tmp/main-widgets`). */
const WIDGETS = process.env.PA_BENCH_WIDGETS ?? join(ASSETS_DIR, "widgets");

const worker = await serveWorker({ scriptPath: dryRunBundle() });
const body = await (
  await fetch(new URL(`/v1/datasets/${CHART.dataset}@${CHART.version}/data.json?measure=${CHART.measures.join(",")}`, worker.url))
).text();
const page = oursInline(body);
const server = await serveGzip(
  { ...widgetFiles(WIDGETS), [page.path]: { type: "text/html; charset=utf-8", body: page.html } },
  worker.url.origin,
);
const browser = await launchChromium();
const rows = new Map<string, { start: number[]; end: number[] }>();
/** Main-thread self time by script (and by function for the top ones), summed over the loads. */
const selfTime = new Map<string, number>();

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}
function addProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const file = frame?.url
      ? new URL(frame.url).pathname.replace(/-([0-9a-f]{10}|[0-9A-Z]{8})\.js$/, ".js")
      : `(${frame?.functionName || "native"})`;
    selfTime.set(file, (selfTime.get(file) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
}
try {
  for (let i = 0; i <= LOADS; i++) {
    const context = await browser.newContext({ reducedMotion: "reduce", viewport: { width: 800, height: 600 } });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
    await tab.goto(server.origin + page.path, { waitUntil: "commit" });
    await tab.waitForFunction(() => (globalThis as { __paintedAt?: number }).__paintedAt !== undefined, null, { timeout: 30_000 });
    const { profile } = await cdp.send("Profiler.stop");
    if (i > 0) addProfile(profile as unknown as Parameters<typeof addProfile>[0]);
    const entries = await tab.evaluate(() => [
      ...performance.getEntriesByType("resource").map((e) => ({
        name: new URL(e.name).pathname.replace(/-([0-9a-f]{10}|[0-9A-Z]{8})\.js$/, ".js"),
        start: e.startTime,
        end: (e as unknown as { responseEnd: number }).responseEnd,
      })),
      { name: "(painted)", start: (globalThis as { __paintedAt?: number }).__paintedAt ?? 0, end: 0 },
    ]);
    await context.close();
    if (i === 0) continue; // warm-up
    for (const e of entries) {
      const row = rows.get(e.name) ?? { start: [], end: [] };
      row.start.push(e.start);
      row.end.push(e.end);
      rows.set(e.name, row);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await worker.dispose();
}
console.log(`| file | requested (ms) | arrived (ms) |\n|---|---|---|`);
for (const [name, row] of [...rows].sort((a, b) => median(a[1].start) - median(b[1].start)))
  console.log(`| ${name} | ${median(row.start).toFixed(1)} | ${name === "(painted)" ? "" : median(row.end).toFixed(1)} |`);
console.log(`\n| main-thread self time by script (mean per load, ms) | ms |\n|---|---|`);
for (const [file, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`| ${file} | ${(ms / LOADS).toFixed(1)} |`);
