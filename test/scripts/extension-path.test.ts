/**
 * The extension path of indicators, walked for real: in a temporary copy of the repository's essentials, a
 * throwaway indicator is added as one file plus one line in `worker/indicators/definitions.ts`, the build steps
 * that follow from the registry run (registry document, OpenAPI document, typed client — the same functions
 * `npm run build` calls), the worker is bundled as `wrangler deploy --dry-run` bundles it and served in workerd.
 * The indicator must then be everywhere: the registry document, the OpenAPI document, `client/paths.ts`, the
 * registry route and its own route, computing on published data; and its texts must not be in the bundle.
 * The copy is removed afterwards. Needs the main build's `.assets/_data` (the published data blocks).
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveWorker, type WorkerServer } from "../../bench/lib/runtime";
import { ROOT } from "../../scripts/lib/paths";

const ID = "throwaway-total";
const TITLE = "Throwaway total of a measure per period";

/** The one file: a definition with its texts, as docs/indicators.md says to write it. */
const INDICATOR_FILE = `/**
 * @module Indicator \`${ID}\`: a throwaway, added by test/scripts/extension-path.test.ts to a temporary copy.
 */
import { VALUE, VALUE_TEXT } from "./shared-params";
import { defineIndicator } from "./types";

/** The sum of a measure over the units, per period. */
export const throwawayTotal = defineIndicator({
  id: "${ID}",
  method: { version: "0.0.1" },
  texts:
    typeof PA_WORKER_BUNDLE === "undefined"
      ? {
          title: { zh: "临时合计", en: "${TITLE}" },
          description: { zh: "各单位取值之和。", en: "The sum of the units' values in each period." },
          unit: { zh: "同输入", en: "as the input" },
          method: { formula: "T = sum_i y_i", latex: "T=\\\\sum_i y_i", reference: "None: a test fixture." },
          example: "value=province-gdp@1.0.0:gdp&period=2024",
          parameters: { value: VALUE_TEXT },
        }
      : undefined,
  series: { value: VALUE },
  options: {},
  compute({ series }) {
    const totals = new Map<string, number>();
    for (const p of series.value.points) totals.set(p.period, (totals.get(p.period) ?? 0) + p.value);
    return { results: [...totals].map(([period, value]) => ({ period, value })), explain: {}, warnings: [] };
  },
});
`;

/** The build steps that follow from the registry, as scripts/build/main.ts runs them. */
const BUILD_STEPS = `import { writeClientTypes } from "./scripts/build/client-types";
import { writeIndicatorRegistry } from "./scripts/build/indicators";
import { writeOpenApi } from "./scripts/build/openapi";

writeIndicatorRegistry();
await writeClientTypes(writeOpenApi());
`;

/** Hard-links the files below `from` into `to` (a copy where the file system cannot link), keeping `keep`'s names. */
function linkTree(from: string, to: string, keep: (name: string) => boolean = () => true): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!keep(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

let dir: string;
let server: WorkerServer | undefined;
let bundle: string;

beforeAll(async () => {
  const data = join(ROOT, ".assets/_data");
  if (!existsSync(join(data, "catalog.json"))) throw new Error("run npm run build first: the test serves the published data blocks");
  dir = mkdtempSync(join(tmpdir(), "pa-extension-"));
  for (const folder of ["worker", "schemas", "figure", "scripts", "client"])
    cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
  for (const file of ["package.json", "tsconfig.base.json"]) cpSync(join(ROOT, file), join(dir, file));
  // The real configuration without its [build] hook (the whole `npm run build`, which the build steps below stand
  // for here: a copy without site/ and widgets/ could not run it).
  const config = readFileSync(join(ROOT, "wrangler.toml"), "utf8").replace(/\n\[build\]\n(?:[^[\n].*\n|\n)*?(?=\n*\[)/, "\n");
  expect(config).not.toMatch(/^\[build\]/m);
  writeFileSync(join(dir, "wrangler.toml"), config);
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  // The published data, hard-linked (workerd refuses symlinks out of its assets folder; copied where links fail);
  // the registry document is the copy's own, written by the build steps below.
  linkTree(data, join(dir, ".assets/_data"), (name) => name !== "indicators.json");

  // One file + one line (its import is the line's other half).
  writeFileSync(join(dir, `worker/indicators/${ID}.ts`), INDICATOR_FILE);
  const list = join(dir, "worker/indicators/definitions.ts");
  const source = readFileSync(list, "utf8");
  const withLine = source
    .replace(
      'import type { Indicator } from "./types";',
      `import { throwawayTotal } from "./${ID}";\nimport type { Indicator } from "./types";`,
    )
    .replace(/\n\];\n/, "\n  throwawayTotal,\n];\n");
  expect(withLine).not.toBe(source);
  writeFileSync(list, withLine);

  writeFileSync(join(dir, "build-steps.ts"), BUILD_STEPS);
  execFileSync(join(dir, "node_modules/.bin/tsx"), ["build-steps.ts"], { cwd: dir, stdio: "pipe" });
  execFileSync(join(dir, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", "dist"], {
    cwd: dir,
    stdio: "pipe",
    env: { ...process.env, PA_SKIP_BUILD: "1", WRANGLER_SEND_METRICS: "false", CI: "true" },
  });
  bundle = readFileSync(join(dir, "dist/index.js"), "utf8");
  // Module paths are resolved below modulesRoot: the bundle lives in the copy, not under the repository.
  server = await serveWorker({
    scriptPath: join(dir, "dist/index.js"),
    assetsDir: join(dir, ".assets"),
    extra: { modulesRoot: join(dir, "dist") },
  });
}, 180_000);

afterAll(async () => {
  await server?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server?.url));

describe("an indicator added as one file and one line", () => {
  it("should be in the registry document, with its texts", () => {
    const registry = JSON.parse(readFileSync(join(dir, ".assets/_data/indicators.json"), "utf8")) as {
      indicators: { id: string; title: { en: string }; parameters: { name: string }[] }[];
    };
    const entry = registry.indicators.find((i) => i.id === ID);
    expect(entry?.title.en).toBe(TITLE);
    expect(entry?.parameters.map((p) => p.name)).toContain("value");
  });

  it("should be an operation of the OpenAPI document and a path of the typed client", () => {
    const openapi = JSON.parse(readFileSync(join(dir, ".assets/_api/openapi.json"), "utf8")) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toContain(`/v1/indicators/${ID}`);
    expect(readFileSync(join(dir, "client/paths.ts"), "utf8")).toContain(`"/v1/indicators/${ID}"`);
  });

  it("should be listed and computed by the worker, without its texts in the bundle", async () => {
    const list = (await (await get("/v1/indicators")).json()) as { indicators: { id: string }[] };
    expect(list.indicators.map((i) => i.id)).toContain(ID);
    const response = await get(`/v1/indicators/${ID}?value=province-gdp@1.0.0:gdp&period=2024`);
    const body = (await response.json()) as { title: { en: string }; results: { period: string; value: number }[] };
    expect(response.status).toBe(200);
    expect(body.title.en).toBe(TITLE);
    expect(body.results).toHaveLength(1);
    expect(body.results[0]?.value).toBeGreaterThan(0);
    expect(bundle).toContain(`"${ID}"`);
    expect(bundle).not.toContain(TITLE);
  });
});
