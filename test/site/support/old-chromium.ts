/**
 * Real old Chromium builds for the old-core tests, from registry packages installed as devDependencies
 * (npm aliases of `chrome-aws-lambda`, which ships a brotli-compressed headless Chromium): 72, 78, 87 and 92 —
 * the kernels of domestic browsers on government desktops. The binary is decompressed once into
 * `node_modules/.cache/old-chromium/` and driven without a driver: `--dump-dom` prints the document after a
 * virtual-time budget (pages under test write what they observed into the DOM, since shadow roots are not
 * serialized).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";

const ROOT = join(import.meta.dirname, "../../..");

/** The Chromium major versions under test, each with the devDependency alias that ships it. */
export const OLD_CORES = [72, 78, 87, 92] as const;

/** One of {@link OLD_CORES}. */
export type OldCore = (typeof OLD_CORES)[number];

/** Flags that run these builds headless as root on a CI machine with no GPU. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--single-process",
  "--no-zygote",
  "--no-first-run",
  "--disable-dev-shm-usage",
  // Charts load Chart.js within a screen of the viewport: 2,500 px (+ a screen) reaches a page of seven elements.
  "--window-size=1000,2500",
];

/**
 * Per-core extra flags. The Chromium 72 package ships no SwiftShader: its software rasteriser crashes (SIGSEGV)
 * on the first canvas draw in this headless build; without it, canvas still paints (in software, on the CPU).
 */
const CORE_FLAGS: Partial<Record<OldCore, string[]>> = { 72: ["--disable-software-rasterizer"] };

/** Browsers still running: killed when the test process exits (e.g. a timed-out test's worker is ended). */
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/** The executable of Chromium `core`, decompressed from its package on first use. */
export function oldChromium(core: OldCore): string {
  const pkg = join(ROOT, "node_modules", `chromium-${core}`);
  const version = (JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { version: string }).version;
  const dir = join(ROOT, "node_modules/.cache/old-chromium", `${core}-${version}`);
  const executable = join(dir, "chromium");
  if (existsSync(executable)) return executable;
  const compressed = readdirSync(join(pkg, "bin")).find((f) => /^chromium.*\.br$/.test(f));
  if (!compressed) throw new Error(`chromium-${core} ships no bin/chromium*.br`);
  mkdirSync(dir, { recursive: true });
  // Written beside, then renamed: a run interrupted mid-write never leaves a truncated executable.
  const partial = `${executable}.${process.pid}.partial`;
  writeFileSync(partial, brotliDecompressSync(readFileSync(join(pkg, "bin", compressed))));
  chmodSync(partial, 0o755);
  renameSync(partial, executable);
  return executable;
}

/**
 * Loads `url` in Chromium `core` and returns the serialized DOM once the page is idle or `budgetMs` of virtual
 * time have passed (timers run ahead; network waits do not count).
 */
export function dumpDom(core: OldCore, url: string, budgetMs = 15_000): Promise<string> {
  const executable = oldChromium(core);
  const profile = mkdtempSync(join(tmpdir(), `pa-chromium-${core}-`));
  const args = [
    ...FLAGS,
    ...(CORE_FLAGS[core] ?? []),
    `--user-data-dir=${profile}`,
    `--virtual-time-budget=${budgetMs}`,
    "--dump-dom",
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(executable, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    // Headless builds without a GPU log a line per failed context: keep only the end, for a failure message.
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d).slice(-4000)));
    // 60 s per load (a good one takes seconds; an old core rarely hangs at exit): three attempts stay within the
    // test's 300 s, and no browser outlives its test.
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    running.add(child);
    child.on("close", (code, signal) => {
      running.delete(child);
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      if (stdout.includes("</html>")) resolve(stdout);
      else reject(new Error(`Chromium ${core} exited (${code ?? signal}) without a document:\n${stderr}`));
    });
  });
}

/**
 * {@link dumpDom}, again (up to `attempts` times) while the dump lacks `marker` — the page's own sign that it has
 * finished. On a busy machine a headless old core sometimes ends its virtual clock early or fails to serialize
 * the document; the page is unchanged between attempts. Returns the first dump with the marker, else the last.
 */
export async function dumpDomUntil(core: OldCore, url: string, marker: string, attempts = 3): Promise<string> {
  let last: string | undefined;
  let failure: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      last = await dumpDom(core, url);
      if (last.includes(marker)) return last;
    } catch (error) {
      failure = error;
    }
  }
  if (last === undefined) throw failure;
  return last;
}
