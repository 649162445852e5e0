/**
 * @module Build step: bundle the widgets into one ES module entry (`/widgets/v1.js`) plus lazily loaded chunks.
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ASSETS_DIR, ROOT } from "../lib/paths";

/** Bytes of the entry script, raw and gzipped. */
export interface BundleSize {
  raw: number;
  gzip: number;
}

/** Bundles `widgets/index.ts`; returns the entry script's size. */
export async function buildWidgets(assetsDir = ASSETS_DIR): Promise<BundleSize> {
  const outdir = join(assetsDir, "widgets");
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { v1: join(ROOT, "widgets/index.ts") },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2022",
    minify: true,
    sourcemap: false,
    legalComments: "none",
    chunkNames: "chunks/[name]-[hash]",
    tsconfig: join(ROOT, "tsconfig.widgets.json"),
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  const entry = readFileSync(join(outdir, "v1.js"));
  return { raw: entry.length, gzip: gzipSync(entry).length };
}
