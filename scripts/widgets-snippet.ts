/**
 * @module `npm run widgets:snippet [origin]`: prints the embed snippet of the built bundle — the immutable
 * versioned classic loader with its SRI hash from `.assets/widgets/manifest.json` (it adds the modern module, or
 * the legacy build on old Chromium cores) — ready to paste into a page, and the module-only alternative.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loaderScriptTag, moduleScriptTag } from "../figure/embed/snippet";
import type { WidgetManifest } from "./build/widgets";
import { ASSETS_DIR } from "./lib/paths";

const origin = (process.argv[2] ?? "https://HOST").replace(/\/+$/, "");
const manifest = JSON.parse(readFileSync(join(ASSETS_DIR, "widgets/manifest.json"), "utf8")) as WidgetManifest;
const file = (path: string) => {
  const found = manifest.files.find((f) => f.path === path);
  if (!found) throw new Error(`manifest.json names no ${path}: run npm run build`);
  return found;
};
const loader = file(manifest.loader);
const entry = file(manifest.entry);
console.log(loaderScriptTag(`${origin}/widgets/${loader.path}`, loader.integrity));
console.log(
  `<!-- modern browsers only (no old Chromium cores): ${moduleScriptTag(`${origin}/widgets/${entry.path}`, entry.integrity)} -->`,
);
console.log(`<!-- or the moving alias, newest 1.x, no SRI: <script async src="${origin}/widgets/${manifest.loaderAlias}"></script> -->`);
