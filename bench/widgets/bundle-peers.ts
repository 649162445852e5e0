/**
 * @module Bundles each peer page's script with esbuild the way a careful site would ship it: one minified ES
 * module, tree-shaken, production mode.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { BENCH_OUT, ROOT } from "../lib/paths";

/** Bundles `bench/widgets/peers/<name>.js`; returns the bundle's bytes. */
export async function bundlePeer(name: string): Promise<Uint8Array> {
  const outfile = join(BENCH_OUT, "widgets", `${name}.js`);
  await build({
    entryPoints: [join(ROOT, "bench/widgets/peers", `${name}.js`)],
    outfile,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  return readFileSync(outfile);
}
