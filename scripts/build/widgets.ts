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
}

/**
 * The chunks, in build order (a chunk may import those before it), by the specifier that imports them. The
 * views chunk has no file of its own: it is the shared views plus every element's `*-view.ts` from the
 * element table ({@link viewsChunkSource}), so `import("../views/index")` and an element's
 * `import("./x-view")` both load it.
 */
const CHUNKS = [
  { key: "chart", source: "widgets/chart/chart-chunk.ts", specifier: /\/chart-chunk$/ },
  { key: "actions", source: "widgets/element/actions.ts", specifier: /\/actions$/ },
  { key: "names", source: "widgets/views/world-names.ts", specifier: /\/world-names$/ },
  { key: "views", source: undefined, specifier: /(\/views\/index|-view)$/ },
] as const;

/** The views chunk's entry: the shared views and each element's view modules, from the element table. */
export function viewsChunkSource(root = ROOT): string {
  const modules = ["widgets/views/index.ts", ...widgetElements(root).flatMap((e) => e.views)];
  return modules.map((m) => `export * from ${JSON.stringify(join(root, m))};`).join("\n");
}

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

/** Rewrites dynamic imports of chunk sources to the built chunk files (kept external, relative URLs). */
function chunkPaths(paths: Record<string, string>): Plugin {
  return {
    name: "pa-chunks",
    setup(b) {
      b.onResolve({ filter: /\/(chart-chunk|actions|world-names|views\/index|[\w-]+-view)$/ }, (args) => {
        if (args.kind !== "dynamic-import") return undefined;
        const chunk = CHUNKS.find((c) => c.specifier.test(args.path));
        const path = chunk && paths[chunk.key];
        if (!path) throw new Error(`${args.importer} imports ${args.path} before it is built`);
        return { path, external: true };
      });
    },
  };
}

/** Countries and aggregates of countries: the same test as widgets/views/world-code.ts (the build cannot import widgets/). */
const isWorldCode = (code: string) => /^[A-Z]{3}$/.test(code);

/** The views chunk gets the Chinese part of the names table, the names chunk its world part (countries, aggregates). */
function namesPart(root: string, world: boolean): Plugin {
  return {
    name: "pa-names",
    setup(b) {
      b.onLoad({ filter: /names-table\.json$/ }, (args) => {
        const table = JSON.parse(readFileSync(args.path, "utf8")) as Record<string, unknown>;
        const part = Object.fromEntries(Object.entries(table).filter(([code]) => isWorldCode(code) === world));
        return { contents: JSON.stringify(part), loader: "json", resolveDir: join(root, "figure") };
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
      .trim()
  );
}

/** Lit's `css` templates in the elements' sources, compacted (esbuild minifies the code around them, not them). */
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

/** In the views chunk, `lit` is the runtime the entry provides; in the other chunks it must not appear at all. */
function litFromEntry(allowed: boolean, root: string): Plugin {
  return {
    name: "pa-lit",
    setup(b) {
      b.onResolve({ filter: /^lit$/ }, (args) => {
        if (!allowed) throw new Error(`${args.importer} imports lit: only the entry and the views chunk may`);
        // The views chunk gets Lit from the entry at run time instead of a second copy.
        return { path: join(root, "widgets/views/lit-runtime.ts") };
      });
    },
  };
}

/** Bundles `entry` (a path under `root`, or the contents of a generated module) into one file. */
async function bundle(
  root: string,
  entry: string | { contents: string },
  plugins: Plugin[] = [],
  options: BuildOptions = {},
): Promise<Uint8Array> {
  const input: BuildOptions =
    typeof entry === "string"
      ? { entryPoints: [join(root, entry)] }
      : { stdin: { contents: entry.contents, resolveDir: join(root, "widgets"), sourcefile: "views-chunk.ts", loader: "ts" } };
  const tsconfig = join(root, "tsconfig.widgets.json");
  const result = await build({ ...common, tsconfig, ...options, ...input, outdir: "/", plugins });
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

/** The element classes of the table and their bases: what the Custom Elements Manifest describes. */
export const elementSources = (root = ROOT): string[] => [...ELEMENT_BASES, ...widgetElements(root).map((e) => e.source)];

/** The Custom Elements Manifest (custom-elements.json) of the widgets, from their JSDoc. */
export function elementsManifest(root = ROOT): unknown {
  const modules = elementSources(root).map((path) =>
    ts.createSourceFile(path, readFileSync(join(root, path), "utf8"), ts.ScriptTarget.ES2022, true),
  );
  return create({ modules, plugins: litPlugin() });
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

/** The chunks of one build variant, each written under `<dir>/chunks/` with a content hash in its name. */
async function buildChunks(
  root: string,
  outdir: string,
  dir: string,
  options: BuildOptions,
): Promise<{ files: BuiltFile[]; names: Record<string, string> }> {
  const files: BuiltFile[] = [];
  const names: Record<string, string> = {};
  for (const { key, source } of CHUNKS) {
    // Chunks sit side by side, so a chunk reaches an earlier one as "./<name>".
    const siblings = Object.fromEntries(Object.entries(names).map(([k, p]) => [k, p.replace("chunks/", "./")]));
    const entry = source ?? { contents: viewsChunkSource(root) };
    const namesTable = key === "views" || key === "names" ? [namesPart(root, key === "names")] : [];
    const chartjs = key === "chart" ? [chartjsUnusedScales()] : [];
    const plugins = [chunkPaths(siblings), litFromEntry(key === "views", root), ...namesTable, ...chartjs];
    const contents = await bundle(root, entry, plugins, options);
    const hash = createHash("sha256").update(contents).digest("hex").slice(0, 10);
    names[key] = `chunks/${key}-${hash}.js`;
    files.push(write(outdir, `${dir}/${names[key]}`, contents));
  }
  return { files, names };
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
  const relative = (names: Record<string, string>, prefix: string) =>
    Object.fromEntries(Object.entries(names).map(([k, p]) => [k, `${prefix}${p}`]));
  const entry = write(
    outdir,
    `${version}/pa.js`,
    await bundle(root, "widgets/index.ts", [chunkPaths(relative(modern.names, "./")), compactStyles()]),
  );
  const alias = write(
    outdir,
    "v1.js",
    await bundle(root, "widgets/index.ts", [chunkPaths(relative(modern.names, `./${version}/`)), compactStyles()]),
  );
  // Legacy: the same modules lowered for Chrome 70, under <version>/legacy/.
  const legacyOptions: BuildOptions = { target: LEGACY_TARGET };
  const old = await buildChunks(root, outdir, `${version}/legacy`, legacyOptions);
  const legacy = write(
    outdir,
    `${version}/legacy/pa.js`,
    await bundle(root, "widgets/legacy/index.ts", [chunkPaths(relative(old.names, "./")), compactStyles()], legacyOptions),
  );
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
  };
  writeFileSync(join(outdir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const cem = elementsManifest(root);
  writeFileSync(join(outdir, "custom-elements.json"), `${JSON.stringify(cem, null, 2)}\n`);
  writeFileSync(join(outdir, "react.d.ts"), reactTypes(cem));
  checkBudget(entry, budget);
  checkBudget(alias, budget);
  return manifest;
}
