/**
 * @module The built widget files a bench page serves: every `.js` below a build's widgets folder, keyed by URL path.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ASSETS_DIR } from "../lib/paths";
import type { Served } from "./gzip-server";

/** Every file below `root` (default `.assets/widgets`), keyed by URL path (below `prefix`). */
export function widgetFiles(root = join(ASSETS_DIR, "widgets"), prefix = "/widgets"): Record<string, Served> {
  const files: Record<string, Served> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".js"))
        files[`${prefix}/${relative(root, path)}`] = { type: "text/javascript; charset=utf-8", body: readFileSync(path) };
    }
  };
  walk(root);
  return files;
}
