/**
 * @module `npm run build`: builds everything (scripts/build/main.ts) into a staging folder beside `.assets` and
 * swaps it in only when the build has finished. `wrangler dev` serves `.assets` and re-builds on every edit: when the
 * build deleted and rewrote `.assets` in place, a server reading it mid-build found files missing (wrangler crashed
 * with ENOENT on reload), and a failed build left half a site. Now `.assets` is always a whole build, the last good one.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { removeAbandoned, swapIn } from "./lib/swap-dir";

// Not scripts/lib/paths.ts: it reads PA_ASSETS_DIR once, when first loaded, which must be after it is set below.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const published = join(root, ".assets");
// One staging folder per build: wrangler dev starts a build per changed file without waiting for the last one.
const staging = join(root, `.assets.next-${process.pid}`);

// Test servers start `wrangler dev`, whose build hook would rewrite .assets under running tests: they skip it.
if (process.env.PA_SKIP_BUILD === "1" && existsSync(published)) process.exit(0);

removeAbandoned(root);
// Read by scripts/lib/paths.ts when the build's modules load, so every step writes into the staging folder.
process.env.PA_ASSETS_DIR = staging;
// The steps exit (code 1) on bad data: `.assets` stays the last good build, and the next build removes this folder.
await import("./build/main");
// The last build to finish is published; one that finishes while another swaps gives way to it.
swapIn(staging, published);
