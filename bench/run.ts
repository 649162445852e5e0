/**
 * @module `npm run bench`: builds fresh, runs every part in its own process (API CPU and HTTP, widgets, scale, soak
 * and fuzz), then prints ONE table of every figure with its ratio to its baseline, and saves it to
 * `.bench/results/all.md`. Bounded: each part has fixed iterations or durations (about 7 minutes on 2 cores).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { WORKER_GZIP_BUDGET, workerBundleSize } from "./budget/worker-bundle";
import { ensureAssets } from "./lib/build";
import { type Figure, table, tally } from "./lib/figures";
import { resultFile } from "./lib/part";
import { ASSETS_DIR, RESULTS_DIR, ROOT } from "./lib/paths";

const PARTS: { script: string; results: string[] }[] = [
  { script: "bench/api/run.ts", results: ["api-cpu", "api-http"] },
  { script: "bench/search/run.ts", results: ["search"] },
  { script: "bench/widgets/run.ts", results: ["widgets"] },
  { script: "bench/scale/run.ts", results: ["scale"] },
  { script: "bench/reliability/soak.ts", results: ["soak"] },
];

/** The bundle budgets as figures: the worker's dry-run bundle and the widgets' initial script. */
function budgetFigures(): Figure[] {
  const worker = workerBundleSize();
  const figures: Figure[] = [
    {
      part: "budget",
      name: "worker dry-run bundle, gzip",
      value: worker.gzip / 1000,
      unit: "KB",
      target: { text: "≤ 40 KB", met: worker.gzip <= WORKER_GZIP_BUDGET },
    },
  ];
  const manifest = join(ASSETS_DIR, "widgets/manifest.json");
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, "utf8")) as { entry: string; files: { path: string; gzip: number }[] };
    const entry = m.files.find((f) => f.path === m.entry);
    if (entry)
      figures.push({
        part: "budget",
        name: "widgets initial script, gzip",
        value: entry.gzip / 1000,
        unit: "KB",
        target: { text: "≤ 15 KB", met: entry.gzip <= 15_000 },
      });
  }
  return figures;
}

const started = performance.now();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(`bench: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, load average at start ${load()}`);
ensureAssets(true);
const figures: Figure[] = budgetFigures();
const failed: string[] = [];
for (const part of PARTS) {
  console.log(`\n== ${part.script}`);
  try {
    execFileSync(join(ROOT, "node_modules/.bin/tsx"), [part.script], { cwd: ROOT, stdio: "inherit" });
  } catch {
    // A reliability miss exits non-zero; its figures are still in the results file.
    failed.push(part.script);
  }
  for (const name of part.results) {
    if (existsSync(resultFile(name)))
      figures.push(...(JSON.parse(readFileSync(resultFile(name), "utf8")) as { figures: Figure[] }).figures);
    else failed.push(`${name} (no results)`);
  }
}
const minutes = (performance.now() - started) / 60_000;
const { met, missed } = tally(figures);
const summary = `${figures.length} figures; ${met} targets met, ${missed.length} missed; ${minutes.toFixed(1)} min; load average at end ${load()}`;
const output = `${table(figures)}\n\n${summary}\n`;
console.log(`\n${output}`);
writeFileSync(join(RESULTS_DIR, "all.md"), output);
if (failed.length) console.log(`parts that exited non-zero: ${failed.join(", ")}`);
