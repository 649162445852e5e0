/**
 * @module Build step: the widget bundle. The entry registers every element; Chart.js (with the chart code)
 * and the reader's actions are chunks built on their own and loaded on demand. The entry is written twice:
 * at the immutable versioned path `/widgets/<package version>/pa.js` and at the moving major alias
 * `/widgets/v1.js` — each self-contained, so an SRI hash covers all code that runs at load. A manifest lists
 * every file with its SRI hash and sizes, and the build fails when the entry is over its gzip budget.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { type BuildOptions, build, type Plugin } from "esbuild";
import { ASSETS_DIR, ROOT } from "../lib/paths";

/** The initial script's budget: what every page that embeds a widget downloads before anything else. */
export const ENTRY_BUDGET_GZIP = 15 * 1024;

/** One built file in the manifest. */
export interface BuiltFile {
  path: string;
  /** Subresource Integrity hash (`sha384-…`), for `integrity=` attributes. */
  integrity: string;
  bytes: number;
  gzip: number;
}

/** What the build wrote. */
export interface WidgetManifest {
  version: string;
  entry: string;
  alias: string;
  budget: { entryGzip: number };
  files: BuiltFile[];
}

/** The chunks, in build order (a chunk may import those before it), by the specifier that imports them. */
const CHUNKS = [
  { key: "chart", source: "widgets/chart/chart-chunk.ts", specifier: /\/chart-chunk$/ },
  { key: "actions", source: "widgets/internal/actions.ts", specifier: /\/actions$/ },
  { key: "views", source: "widgets/views/index.ts", specifier: /\/views\/index$/ },
] as const;

/** The views chunk gets Lit from the entry at run time instead of a second copy. */
const LIT_RUNTIME = join(ROOT, "widgets/views/lit-runtime.ts");

const common: BuildOptions = {
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: false,
  legalComments: "none",
  tsconfig: join(ROOT, "tsconfig.widgets.json"),
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
  write: false,
};

/** Fails (throws) when the entry's gzip size is over the budget; returns the message for the build log. */
export function checkBudget(file: Pick<BuiltFile, "path" | "gzip">, budget = ENTRY_BUDGET_GZIP): string {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  if (file.gzip > budget) throw new Error(`${file.path} is ${kib(file.gzip)} gzip, over its budget of ${kib(budget)}`);
  return `${file.path} ${kib(file.gzip)} gzip (budget ${kib(budget)})`;
}

/** Bytes, gzip size and SRI hash of a file's contents. */
export function describeFile(path: string, contents: Uint8Array): BuiltFile {
  return {
    path,
    integrity: `sha384-${createHash("sha384").update(contents).digest("base64")}`,
    bytes: contents.length,
    gzip: gzipSync(contents, { level: 9 }).length,
  };
}

/** Rewrites dynamic imports of chunk sources to the built chunk files (kept external, relative URLs). */
function chunkPaths(paths: Record<string, string>): Plugin {
  return {
    name: "pa-chunks",
    setup(b) {
      b.onResolve({ filter: /\/(chart-chunk|actions|views\/index)$/ }, (args) => {
        if (args.kind !== "dynamic-import") return undefined;
        const chunk = CHUNKS.find((c) => c.specifier.test(args.path));
        const path = chunk && paths[chunk.key];
        if (!path) throw new Error(`${args.importer} imports ${args.path} before it is built`);
        return { path, external: true };
      });
    },
  };
}

/** In the views chunk, `lit` is the runtime the entry provides; in the other chunks it must not appear at all. */
function litFromEntry(allowed: boolean): Plugin {
  return {
    name: "pa-lit",
    setup(b) {
      b.onResolve({ filter: /^lit$/ }, (args) => {
        if (!allowed) throw new Error(`${args.importer} imports lit: only the entry and the views chunk may`);
        return { path: LIT_RUNTIME };
      });
    },
  };
}

async function bundle(entry: string, plugins: Plugin[] = []): Promise<Uint8Array> {
  const result = await build({ ...common, entryPoints: [join(ROOT, entry)], outdir: "/", plugins });
  const file = result.outputFiles?.[0];
  if (!file) throw new Error(`esbuild wrote nothing for ${entry}`);
  return file.contents;
}

function write(outdir: string, path: string, contents: Uint8Array): BuiltFile {
  const target = join(outdir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, contents);
  return describeFile(path, contents);
}

/** Bundles the widgets into `<assets>/widgets/`; returns the manifest (also written as `manifest.json`). */
export async function buildWidgets(assetsDir = ASSETS_DIR, budget = ENTRY_BUDGET_GZIP): Promise<WidgetManifest> {
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  const outdir = join(assetsDir, "widgets");
  // The gallery page (site/widgets/) lives here too: remove only what this step writes.
  for (const stale of [version, "v1.js", "manifest.json"]) rmSync(join(outdir, stale), { recursive: true, force: true });
  const files: BuiltFile[] = [];
  const names: Record<string, string> = {};
  for (const { key, source } of CHUNKS) {
    // Chunks sit side by side, so a chunk reaches an earlier one as "./<name>".
    const siblings = Object.fromEntries(Object.entries(names).map(([k, p]) => [k, p.replace("chunks/", "./")]));
    const contents = await bundle(source, [chunkPaths(siblings), litFromEntry(key === "views")]);
    const hash = createHash("sha256").update(contents).digest("hex").slice(0, 10);
    names[key] = `chunks/${key}-${hash}.js`;
    files.push(write(outdir, `${version}/${names[key]}`, contents));
  }
  const relative = (prefix: string) => Object.fromEntries(Object.entries(names).map(([k, p]) => [k, `${prefix}${p}`]));
  const entry = write(outdir, `${version}/pa.js`, await bundle("widgets/index.ts", [chunkPaths(relative("./"))]));
  const alias = write(outdir, "v1.js", await bundle("widgets/index.ts", [chunkPaths(relative(`./${version}/`))]));
  files.unshift(entry, alias);
  const manifest: WidgetManifest = { version, entry: entry.path, alias: alias.path, budget: { entryGzip: budget }, files };
  writeFileSync(join(outdir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  checkBudget(entry, budget);
  checkBudget(alias, budget);
  return manifest;
}
