/**
 * @module `npm run upload:r2 -- <bucket> [--local]`: copies the built data (`.assets/_data/**`) into an R2 bucket
 * under the same keys, with `wrangler r2 object put`. Run `npm run build` first. With `--local` it fills the
 * bucket that `wrangler dev` simulates, to try the R2 store offline (bind it as DATA_BUCKET in wrangler.toml).
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { ASSETS_DIR, ROOT } from "./lib/paths";

const [bucket, ...flags] = process.argv.slice(2);
if (!bucket) {
  console.error("usage: npm run upload:r2 -- <bucket> [--local]");
  process.exit(1);
}
const dataDir = join(ASSETS_DIR, "_data");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const keys = files(dataDir).map((f) => relative(dataDir, f));
// Blocks and indexes first, the catalog (and its per-dataset entries and serialized response) last: a reader never sees a version whose blocks are missing.
const last = (key: string) => Number(key === "catalog.json" || key === "catalog.response.json" || key.startsWith("catalog/"));
keys.sort((a, b) => last(a) - last(b));
for (const key of keys) {
  execFileSync(
    join(ROOT, "node_modules/.bin/wrangler"),
    [
      "r2",
      "object",
      "put",
      `${bucket}/${key}`,
      "--file",
      join(dataDir, key),
      "--content-type",
      "application/json",
      ...(flags.includes("--local") ? ["--local"] : ["--remote"]),
    ],
    { stdio: "inherit" },
  );
}
console.log(`upload:r2: ${keys.length} objects to ${bucket}`);
