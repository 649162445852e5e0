/**
 * @module `npm run widgets:snippet [origin]`: prints the embed snippet of the built bundle — the immutable
 * versioned script with its SRI hash from `.assets/widgets/manifest.json` — ready to paste into a page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WidgetManifest } from "./build/widgets";
import { ASSETS_DIR } from "./lib/paths";

const origin = (process.argv[2] ?? "https://HOST").replace(/\/+$/, "");
const manifest = JSON.parse(readFileSync(join(ASSETS_DIR, "widgets/manifest.json"), "utf8")) as WidgetManifest;
const entry = manifest.files.find((f) => f.path === manifest.entry);
if (!entry) throw new Error("manifest.json names no entry: run npm run build");
console.log(`<script type="module" src="${origin}/widgets/${entry.path}" integrity="${entry.integrity}" crossorigin="anonymous"></script>`);
console.log(`<!-- or the moving alias, newest 1.x, no SRI: <script type="module" src="${origin}/widgets/${manifest.alias}"></script> -->`);
