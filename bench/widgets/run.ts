/**
 * @module `npm run bench:widgets`: the same line chart drawn by our one-script embed and by three peers in headless
 * Chromium — gzip bytes transferred before the chart is painted, and time from navigation to painted chart,
 * median of cold loads (a fresh context each, rounds rotate the order so noise hits every contender alike).
 */
import { dryRunBundle } from "../lib/build";
import type { Figure } from "../lib/figures";
import { progress, runPart } from "../lib/part";
import { serveWorker } from "../lib/runtime";
import { median } from "../lib/stats";
import { coldLoad, type LoadSample, launchChromium } from "./browser";
import { bundlePeer } from "./bundle-peers";
import { CHART, chartData, type Row } from "./chart-data";
import { type Served, serveGzip } from "./gzip-server";
import { type Contender, oursFromApi, oursInline, oursViaLoader, peers } from "./pages";
import { widgetFiles } from "./widget-files";

/** Cold loads per contender (the issue asks for at least 15). */
const LOADS = Number(process.env.PA_BENCH_LOADS ?? 20);

/**
 * A copy of another build's `.assets/widgets` (e.g. main's) to compare with in the same run and under the same load:
 * `PA_BENCH_BEFORE=/tmp/widgets-before npm run bench:widgets` adds "ours (before)", served below `/before/widgets/`.
 */
const BEFORE = process.env.PA_BENCH_BEFORE;

/** The inline-data page of the build in `PA_BENCH_BEFORE`. */
function oursBefore(inlineBody: string): Contender {
  const page = oursInline(inlineBody);
  return {
    name: "ours (before): one-script embed (inline data)",
    path: "/ours-before.html",
    html: page.html.replace('src="/widgets/v1.js"', 'src="/before/widgets/v1.js"'),
  };
}

/** Runs the loads and returns the figures. */
export async function measureWidgets(): Promise<Figure[]> {
  const worker = await serveWorker({ scriptPath: dryRunBundle() });
  // The inline body is the API's own answer for the chart, fetched from the worker (the kit validates it).
  const inlineUrl = new URL(`/v1/datasets/${CHART.dataset}@${CHART.version}/data.json?measure=${CHART.measures.join(",")}`, worker.url);
  const inlineResponse = await fetch(inlineUrl);
  if (!inlineResponse.ok) throw new Error(`${inlineUrl} answered ${inlineResponse.status}`);
  const inlineBody = await inlineResponse.text();
  const data = chartData(JSON.parse(inlineBody) as { rows: Row[] });
  const contenders: Contender[] = [oursInline(inlineBody), ...peers(data), oursFromApi(), oursViaLoader(inlineBody)];
  if (BEFORE) contenders.push(oursBefore(inlineBody));
  const files: Record<string, Served> = { ...widgetFiles(), ...(BEFORE ? widgetFiles(BEFORE, "/before/widgets") : {}) };
  for (const name of ["chartjs", "vega", "echarts"])
    files[`/peers/${name}.js`] = { type: "text/javascript; charset=utf-8", body: await bundlePeer(name) };
  for (const c of contenders) files[c.path] = { type: "text/html; charset=utf-8", body: c.html };
  const server = await serveGzip(files, worker.url.origin);
  const browser = await launchChromium();
  const samples = new Map<string, LoadSample[]>(contenders.map((c) => [c.name, []]));
  try {
    for (const c of contenders) await coldLoad(browser, server.origin + c.path); // warm-up: browser process, server JIT
    for (let round = 0; round < LOADS; round++) {
      progress(`cold loads, round ${round + 1}/${LOADS}`);
      for (let k = 0; k < contenders.length; k++) {
        const c = contenders[(round + k) % contenders.length] as Contender;
        samples.get(c.name)?.push(await coldLoad(browser, server.origin + c.path));
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await worker.dispose();
  }
  return figuresOf(contenders, samples);
}

function figuresOf(contenders: Contender[], samples: Map<string, LoadSample[]>): Figure[] {
  const stat = (name: string) => {
    const list = samples.get(name) ?? [];
    return {
      ms: median(list.map((s) => s.paintedMs)),
      kb: median(list.map((s) => s.bytes)) / 1000,
      requests: median(list.map((s) => s.requests)),
    };
  };
  const [ours, chartjs, vega, echarts, oursApi, oursLoader, oursBeforeStat] = contenders.map((c) => ({
    name: c.name,
    ...stat(c.name),
  })) as [{ name: string; ms: number; kb: number; requests: number }, ...{ name: string; ms: number; kb: number; requests: number }[]];
  const part = "widgets";
  const figures: Figure[] = [];
  for (const c of [ours, chartjs, vega, echarts, oursApi, oursLoader, oursBeforeStat]) {
    if (!c) continue;
    figures.push({ part, name: `${c.name}: navigation → painted`, value: c.ms, unit: "ms", note: `median of ${LOADS} cold loads` });
    figures.push({ part, name: `${c.name}: gzip bytes before paint`, value: c.kb, unit: "KB", note: `${c.requests} responses` });
  }
  if (chartjs)
    figures.push({
      part,
      name: "ours (inline): time vs Chart.js limit",
      value: ours.ms,
      unit: "ms",
      baseline: { name: "Chart.js", value: chartjs.ms },
      target: { text: "≤ 1.2× Chart.js", met: ours.ms <= 1.2 * chartjs.ms },
    });
  if (vega)
    figures.push({
      part,
      name: "ours (inline): bytes vs vega-embed",
      value: ours.kb,
      unit: "KB",
      baseline: { name: "vega-embed", value: vega.kb },
      target: { text: "≤ 0.5× vega-embed", met: ours.kb <= 0.5 * vega.kb },
    });
  if (echarts)
    figures.push({
      part,
      name: "ours (inline): bytes vs ECharts",
      value: ours.kb,
      unit: "KB",
      baseline: { name: "ECharts", value: echarts.kb },
      target: { text: "≤ 0.5× ECharts", met: ours.kb <= 0.5 * echarts.kb },
    });
  if (chartjs && oursBeforeStat)
    figures.push({
      part,
      name: "ours (before, PA_BENCH_BEFORE): time vs Chart.js limit",
      value: oursBeforeStat.ms,
      unit: "ms",
      baseline: { name: "Chart.js", value: chartjs.ms },
      target: { text: "≤ 1.2× Chart.js", met: oursBeforeStat.ms <= 1.2 * chartjs.ms },
    });
  if (oursLoader)
    figures.push({
      part,
      name: "ours (inline): the loader's cost on the modern path (time)",
      value: oursLoader.ms,
      unit: "ms",
      baseline: { name: "module snippet", value: ours.ms },
      target: { text: "≤ 1.1× the module snippet", met: oursLoader.ms <= 1.1 * ours.ms },
    });
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await runPart("widgets", measureWidgets);
