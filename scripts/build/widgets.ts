/**
 * @module Build step: the widget bundle. The entry registers every element; Chart.js (with the chart code),
 * the world's names and the views group are chunks loaded on demand. The views group — the shared views, one
 * file per element's view (from the element table) and the reader's actions — is one esbuild build with code
 * splitting, so a page fetches only the views of the elements on it plus the shared chunks they import, and
 * code they share (valibot, the figure model) is written once. The entry is written twice:
 * at the immutable versioned path `/widgets/<package version>/pa.js` and at the moving major alias
 * `/widgets/v1.js` — each self-contained, so an SRI hash covers all code that runs at load. A manifest lists
 * every file with its SRI hash and sizes, and the build fails when the entry is over its gzip budget.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { create, ts } from "@custom-elements-manifest/analyzer/index.js";
import { litPlugin } from "@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js";
import { type BuildOptions, build, type Plugin } from "esbuild";
import { ASSETS_DIR, ROOT } from "../lib/paths";
import { chartjsUnusedScales } from "./chartjs-unused";
import { ELEMENT_BASES, widgetElements } from "./widget-elements";

/** The initial script's budget in bytes of gzip (15 kB): what every embedding page downloads first. */
export const ENTRY_BUDGET_GZIP = 15_000;

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
  /** The modern ES module entry (ES2022), versioned path. */
  entry: string;
  /** The moving major alias of the modern entry. */
  alias: string;
  /** The classic loader script that picks {@link entry} or {@link legacy} (versioned path; see widgets/loader). */
  loader: string;
  /** The moving major alias of the loader. */
  loaderAlias: string;
  /** The legacy ES module entry (transpiled for Chrome 70, with its polyfills), versioned path. */
  legacy: string;
  budget: { entryGzip: number };
  files: BuiltFile[];
  /**
   * Per tag, the files of the modern build's views group that a page with that element loads (its view file
   * and the chunks it imports), e.g. for `<link rel="modulepreload">` hints; Chart.js comes on top for the
   * elements that draw a chart, the names chunks for data that needs them.
   */
  views: Record<string, string[]>;
}

/** Chart.js with the chart code: a chunk of its own, fetched only by pages with a chart. */
const CHART_CHUNK = "widgets/chart/chart-chunk.ts";
/** The world part of the names table: a chunk of its own, fetched only for data with world codes. */
const NAMES_CHUNK = "widgets/views/world-names.ts";
/** The province part of the names table: a chunk of its own, fetched only for data with province codes. */
const PROVINCES_CHUNK = "widgets/views/province-names.ts";

/** The reader's actions (CSV, PNG, citation): in the views group, so they share valibot and the schemas with the views. */
const ACTIONS = "widgets/element/actions.ts";

/**
 * The entry points of the views group, by their source path (relative to `root`): each element's `*-view.ts`
 * from the element table, and the actions. Each becomes a file of its own; the shared views (views/index.ts,
 * which every view re-exports as `shared`) and what they reach become a chunk all of them import.
 */
export function viewsGroupSources(root = ROOT): string[] {
  return [...widgetElements(root).flatMap((e) => e.views), ACTIONS];
}

/** A chunk file's name without the content hash and extension (`chart-view` for `chart-view-AB2CD3EF.js`: esbuild's content hash). */
export const chunkKind = (path: string): string => path.replace(/^.*\//, "").replace(/-[0-9A-Z]{8}\.js$/, "");

const common: BuildOptions = {
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: false,
  legalComments: "none",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
  write: false,
};

/** Fails (throws) when the entry's gzip size is over the budget; returns the message for the build log. */
export function checkBudget(file: Pick<BuiltFile, "path" | "gzip">, budget = ENTRY_BUDGET_GZIP): string {
  if (file.gzip > budget) throw new Error(`${file.path} is ${file.gzip} bytes gzip, over its budget of ${budget}`);
  return `${file.path} ${file.gzip} bytes gzip (budget ${budget})`;
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

/**
 * Rewrites dynamic imports of chunk sources to the built chunk files (kept external, relative URLs).
 * `paths` maps a chunk's source (relative to `root`) to its URL from the importing file; `pending` lists the
 * sources of chunks not built yet, which must not be imported (or bundled) before they are.
 */
function chunkPaths(root: string, paths: Record<string, string>, pending: readonly string[] = []): Plugin {
  return {
    name: "pa-chunks",
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind !== "dynamic-import") return undefined;
        const source = relative(root, join(args.resolveDir, `${args.path}.ts`))
          .split(sep)
          .join("/");
        const path = paths[source];
        if (path) return { path, external: true };
        if (pending.includes(source)) throw new Error(`${args.importer} imports ${args.path} before it is built`);
        return undefined;
      });
    },
  };
}

/** Countries and aggregates of countries: the same test as widgets/views/world-code.ts (the build cannot import widgets/). */
const isWorldCode = (code: string) => /^[A-Z]{3}$/.test(code);

/** The parts of the names table: the views get the codes that are neither provinces nor countries, each chunk its part. */
const NAME_PARTS = {
  base: (code: string) => !isWorldCode(code) && !code.startsWith("CN-"),
  provinces: (code: string) => code.startsWith("CN-"),
  world: isWorldCode,
};

/** Loads only `part` of the names table (see {@link NAME_PARTS}). */
function namesPart(root: string, part: keyof typeof NAME_PARTS): Plugin {
  return {
    name: "pa-names",
    setup(b) {
      b.onLoad({ filter: /names-table\.json$/ }, (args) => {
        const table = JSON.parse(readFileSync(args.path, "utf8")) as Record<string, unknown>;
        const contents = JSON.stringify(Object.fromEntries(Object.entries(table).filter(([code]) => NAME_PARTS[part](code))));
        return { contents, loader: "json", resolveDir: join(root, "figure") };
      });
    },
  };
}

/** A `css` template's text without comments and with the whitespace CSS does not need. */
export function compactCss(text: string): string {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\s+/g, " ")
      .replace(/\s*([{};,])\s*/g, "$1")
      // After a colon only: a space before one is a descendant combinator in a selector (`.a :hover`).
      .replace(/:\s+/g, ":")
      // The last declaration of a block needs no semicolon.
      .replace(/;}/g, "}")
      .trim()
  );
}

/**
 * `css` templates in the widgets' sources, compacted (esbuild minifies the code around them, not them): Lit's in the
 * entry, and the views' CSS text (widgets/views/css-text.ts), adopted when data is first shown.
 */
function compactStyles(): Plugin {
  return {
    name: "pa-css",
    setup(b) {
      b.onLoad({ filter: /\/widgets\/.*\.ts$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes("css`")) return undefined;
        return { contents: source.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${compactCss(body)}\``), loader: "ts" };
      });
    },
  };
}

/** In the views group, `lit` is the runtime the entry provides; in the other chunks it must not appear at all. */
function litFromEntry(allowed: boolean, root: string): Plugin {
  return {
    name: "pa-lit",
    setup(b) {
      b.onResolve({ filter: /^lit$/ }, (args) => {
        if (!allowed) throw new Error(`${args.importer} imports lit: only the entry and the views group may`);
        // The views get Lit from the entry at run time instead of a second copy.
        return { path: join(root, "widgets/views/lit-runtime.ts") };
      });
    },
  };
}

/** Bundles `entry` (a path under `root`) into one file. */
async function bundle(root: string, entry: string, plugins: Plugin[] = [], options: BuildOptions = {}): Promise<Uint8Array> {
  const tsconfig = join(root, "tsconfig.widgets.json");
  const result = await build({ ...common, tsconfig, ...options, entryPoints: [join(root, entry)], outdir: "/", plugins });
  const file = result.outputFiles?.[0];
  if (!file) throw new Error(`esbuild wrote nothing for ${entry}`);
  return file.contents;
}

/** One file of a chunk build: its name in `chunks/`, its bytes, the chunk files it imports statically, its source when it is an entry point. */
interface ChunkFile {
  name: string;
  contents: Uint8Array;
  imports: string[];
  source?: string;
}

/**
 * Bundles the chunk `sources` (paths under `root`) into files named `<name>-<content hash>.js` side by side; with
 * `splitting`, the code several of them share goes into `shared-<hash>.js` files they import statically.
 */
async function bundleChunks(
  root: string,
  sources: readonly string[],
  plugins: Plugin[],
  options: BuildOptions,
  splitting = false,
): Promise<ChunkFile[]> {
  const tsconfig = join(root, "tsconfig.widgets.json");
  const entryPoints = sources.map((source) => ({ in: join(root, source), out: chunkName(source) }));
  const result = await build({
    ...common,
    tsconfig,
    ...options,
    entryPoints,
    splitting,
    absWorkingDir: root,
    outdir: join(root, ".chunks"),
    entryNames: "[name]-[hash]",
    chunkNames: "shared-[hash]",
    metafile: true,
    plugins,
  });
  const outputs = result.metafile?.outputs ?? {};
  return (result.outputFiles ?? []).map((file) => {
    const name = basename(file.path);
    const meta = Object.entries(outputs).find(([path]) => basename(path) === name)?.[1];
    return {
      name,
      contents: file.contents,
      imports: (meta?.imports ?? []).filter((i) => i.kind === "import-statement" && !i.external).map((i) => basename(i.path)),
      source: meta?.entryPoint,
    };
  });
}

/** The file name (before its hash) of a chunk's source: the chunk's key for chart and names, the module's name for the views group. */
function chunkName(source: string): string {
  if (source === CHART_CHUNK) return "chart";
  if (source === NAMES_CHUNK) return "names";
  if (source === PROVINCES_CHUNK) return "provinces";
  return basename(source, ".ts");
}

function write(outdir: string, path: string, contents: Uint8Array): BuiltFile {
  const target = join(outdir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, contents);
  return describeFile(path, contents);
}

/** The element classes of the table and their bases: what the Custom Elements Manifest describes. */
export const elementSources = (root = ROOT): string[] => [...ELEMENT_BASES, ...widgetElements(root).map((e) => e.source)];

/** The Custom Elements Manifest (custom-elements.json) of the widgets, from their JSDoc. */
export function elementsManifest(root = ROOT): unknown {
  const modules = elementSources(root).map((path) =>
    ts.createSourceFile(path, readFileSync(join(root, path), "utf8"), ts.ScriptTarget.ES2022, true),
  );
  const cem = create({ modules, plugins: litPlugin() });
  ownAttributeWords(cem);
  return cem;
}

/**
 * Gives each attribute its element's own words: an element that redeclares an inherited field (`<pa-share>`'s
 * `kind`: "`bar` (default) or `area`") documents it there, but the analyzer keeps the base's words on the attribute,
 * which editors and the React types show.
 */
function ownAttributeWords(cem: unknown): void {
  type Documented = { name: string; description?: string; fieldName?: string };
  const modules = (cem as { modules: { declarations?: { members?: Documented[]; attributes?: Documented[] }[] }[] }).modules;
  for (const d of modules.flatMap((m) => m.declarations ?? []))
    for (const attribute of d.attributes ?? []) {
      const words = d.members?.find((m) => m.name === (attribute.fieldName ?? attribute.name))?.description;
      if (words) attribute.description = words;
    }
}

/** The attributes of each tag in a Custom Elements Manifest. */
export function tagAttributes(cem: unknown): Record<string, { name: string; description?: string }[]> {
  const modules = (cem as { modules: { declarations?: { tagName?: string; attributes?: { name: string; description?: string }[] }[] }[] })
    .modules;
  const tags: Record<string, { name: string; description?: string }[]> = {};
  for (const d of modules.flatMap((m) => m.declarations ?? [])) if (d.tagName) tags[d.tagName] = d.attributes ?? [];
  return tags;
}

/** JSX types for React 19 (`import type {} from "prosperity-atlas/widgets/react"`), from the manifest. */
export function reactTypes(cem: unknown): string {
  const tags = Object.entries(tagAttributes(cem))
    .map(([tag, attributes]) => {
      const props = attributes.map((a) => `        ${JSON.stringify(a.name)}?: string;`).join("\n");
      return `      ${JSON.stringify(tag)}: React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & {\n${props}\n      };`;
    })
    .join("\n");
  return `// Generated by scripts/build/widgets.ts from custom-elements.json: JSX types of the Prosperity Atlas elements.
import type * as React from "react";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
${tags}
    }
  }
}
`;
}

/** What one build variant's chunks are: their files, each chunk source's file, and each file's static imports. */
export interface BuiltChunks {
  files: BuiltFile[];
  /** Chunk source (relative to the root) → `chunks/<file>`. */
  names: Record<string, string>;
  /** Chunk file → the chunk files it imports statically (directly or not). */
  imports: Record<string, string[]>;
}

/** The chunks of one build variant, each written under `<dir>/chunks/` with a content hash in its name. */
async function buildChunks(root: string, outdir: string, dir: string, options: BuildOptions): Promise<BuiltChunks> {
  const built: ChunkFile[] = [];
  const names: Record<string, string> = {};
  const group = viewsGroupSources(root);
  const steps: { sources: readonly string[]; plugins: () => Plugin[]; splitting?: boolean }[] = [
    { sources: [CHART_CHUNK], plugins: () => [litFromEntry(false, root), chartjsUnusedScales()] },
    { sources: [NAMES_CHUNK], plugins: () => [litFromEntry(false, root), namesPart(root, "world")] },
    { sources: [PROVINCES_CHUNK], plugins: () => [litFromEntry(false, root), namesPart(root, "provinces")] },
    { sources: group, plugins: () => [litFromEntry(true, root), namesPart(root, "base"), compactStyles()], splitting: true },
  ];
  for (const [i, step] of steps.entries()) {
    // Chunks sit side by side, so a chunk reaches an earlier one as "./<file>".
    const siblings = Object.fromEntries(Object.entries(names).map(([k, p]) => [k, p.replace("chunks/", "./")]));
    const pending = steps.slice(i + 1).flatMap((s) => s.sources);
    const files = await bundleChunks(root, step.sources, [chunkPaths(root, siblings, pending), ...step.plugins()], options, step.splitting);
    for (const file of files) if (file.source) names[file.source] = `chunks/${file.name}`;
    built.push(...files);
  }
  const direct = Object.fromEntries(built.map((f) => [f.name, f.imports]));
  const closure = (name: string, seen = new Set<string>()): string[] => {
    for (const next of direct[name] ?? []) if (!seen.has(next)) closure(next, seen.add(next));
    return [...seen];
  };
  return {
    files: built.map((f) => write(outdir, `${dir}/chunks/${f.name}`, f.contents)),
    names,
    imports: Object.fromEntries(built.map((f) => [f.name, closure(f.name)])),
  };
}

/**
 * The chunks every element's view imports (the shared views and what they reach), relative to the entry
 * (`prefix` + `chunks/<file>`): the entry requests them as soon as an element is connected, so they travel
 * with the view file instead of after it (widgets/element/views-preload.ts). A chunk only some views import
 * is left to them (one round trip later); the views avoid those by taking what they share from the shared
 * views. The list sits in the entry, under its budget: short on purpose.
 */
export function viewsPreloads(root: string, chunks: BuiltChunks, prefix: string): string[] {
  const file = (source: string) => chunks.names[source]?.replace("chunks/", "") ?? "";
  const needs = widgetElements(root).map((e) => e.views.flatMap((v) => chunks.imports[file(v)] ?? []));
  const all = [...new Set(needs[0] ?? [])].filter((f) => needs.every((n) => n.includes(f)));
  return all.map((f) => `${prefix}chunks/${f}`);
}

/** Per tag, the views group's files an element loads: its view files and the chunks they import (`prefix` + `chunks/<file>`). */
export function elementViews(root: string, chunks: BuiltChunks, prefix: string): Record<string, string[]> {
  return Object.fromEntries(
    widgetElements(root).map((e) => {
      const own = e.views.map((v) => chunks.names[v]?.replace("chunks/", "") ?? "");
      const files = [...new Set(own.flatMap((f) => [f, ...(chunks.imports[f] ?? [])]))];
      return [e.tag, files.map((f) => `${prefix}chunks/${f}`)];
    }),
  );
}

/**
 * The legacy variant: the same entry and chunks, still ES modules (Chrome 61+ loads modules and `import()`),
 * with syntax lowered for Chrome 70 (`?.`, `??`, class fields and static blocks, `**=`…) and the entry
 * preceded by the few polyfills Lit, Chart.js and our code need there (widgets/legacy/polyfills.ts).
 */
export const LEGACY_TARGET = "chrome70";

/**
 * Bundles the widgets into `<assets>/widgets/`; returns the manifest (also written as `manifest.json`).
 * `root` is the repository (a copy of it in the extension-path test).
 */
export async function buildWidgets(assetsDir = ASSETS_DIR, budget = ENTRY_BUDGET_GZIP, root = ROOT): Promise<WidgetManifest> {
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  const outdir = join(assetsDir, "widgets");
  // The gallery page (site/widgets/) lives here too: remove only what this step writes.
  for (const stale of [version, "v1.js", "v1-loader.js", "manifest.json", "custom-elements.json", "react.d.ts"])
    rmSync(join(outdir, stale), { recursive: true, force: true });
  // Modern: ES2022 modules, exactly as before the legacy variant existed.
  const modern = await buildChunks(root, outdir, version, {});
  const paths = (chunks: BuiltChunks, prefix: string) =>
    Object.fromEntries(Object.entries(chunks.names).map(([k, p]) => [k, `${prefix}${p}`]));
  const entryOf = (source: string, chunks: BuiltChunks, prefix: string, options: BuildOptions = {}) =>
    bundle(root, source, [chunkPaths(root, paths(chunks, prefix)), compactStyles()], {
      ...options,
      define: { ...common.define, __PA_VIEWS__: JSON.stringify(viewsPreloads(root, chunks, prefix)) },
    });
  const entry = write(outdir, `${version}/pa.js`, await entryOf("widgets/index.ts", modern, "./"));
  const alias = write(outdir, "v1.js", await entryOf("widgets/index.ts", modern, `./${version}/`));
  // Legacy: the same modules lowered for Chrome 70, under <version>/legacy/.
  const legacyOptions: BuildOptions = { target: LEGACY_TARGET };
  const old = await buildChunks(root, outdir, `${version}/legacy`, legacyOptions);
  const legacy = write(outdir, `${version}/legacy/pa.js`, await entryOf("widgets/legacy/index.ts", old, "./", legacyOptions));
  // The loader knows both entries by path and SRI hash, so the loader's own hash covers what it loads.
  const loaderFor = async (prefix: string) =>
    bundle(root, "widgets/loader/loader.ts", [], {
      format: "iife",
      target: "es2015",
      define: {
        __PA_MODERN__: JSON.stringify({ path: `${prefix}pa.js`, integrity: entry.integrity }),
        __PA_LEGACY__: JSON.stringify({ path: `${prefix}legacy/pa.js`, integrity: legacy.integrity }),
      },
    });
  const loader = write(outdir, `${version}/loader.js`, await loaderFor("./"));
  const loaderAlias = write(outdir, "v1-loader.js", await loaderFor(`./${version}/`));
  const files = [entry, alias, ...modern.files, loader, loaderAlias, legacy, ...old.files];
  const manifest: WidgetManifest = {
    version,
    entry: entry.path,
    alias: alias.path,
    loader: loader.path,
    loaderAlias: loaderAlias.path,
    legacy: legacy.path,
    budget: { entryGzip: budget },
    files,
    views: elementViews(root, modern, `${version}/`),
  };
  writeFileSync(join(outdir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const cem = elementsManifest(root);
  writeFileSync(join(outdir, "custom-elements.json"), `${JSON.stringify(cem, null, 2)}\n`);
  writeFileSync(join(outdir, "react.d.ts"), reactTypes(cem));
  checkBudget(entry, budget);
  checkBudget(alias, budget);
  return manifest;
}
