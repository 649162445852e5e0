/**
 * @module Build step: copy the hand-written site (pages, styles, `_headers`) into the assets folder.
 */
import { cpSync } from "node:fs";
import { ASSETS_DIR, SITE_DIR } from "../lib/paths";

/** Copies `site/` into the assets folder. */
export function buildSite(assetsDir = ASSETS_DIR): void {
  cpSync(SITE_DIR, assetsDir, { recursive: true });
}
