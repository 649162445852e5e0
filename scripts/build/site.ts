/**
 * @module Build step: copy the hand-written site (styles, `_headers`) into the assets folder, then generate the
 * pages from the catalog (see `site/index.ts`). TypeScript sources of the page scripts are bundled, not copied.
 */
import { cpSync } from "node:fs";
import type { Catalog } from "../../schemas";
import { ASSETS_DIR, SITE_DIR } from "../lib/paths";
import type { LoadedDataset } from "../lib/read-data";
import { buildPages, type PagesReport } from "./site/index";

/** Copies `site/` into the assets folder (without `.ts` sources). */
export function buildSite(assetsDir = ASSETS_DIR): void {
  cpSync(SITE_DIR, assetsDir, { recursive: true, filter: (source) => !source.endsWith(".ts") });
}

/** Generates the pages; call after the widgets are built. */
export function buildSitePages(catalog: Catalog, datasets: readonly LoadedDataset[], assetsDir = ASSETS_DIR): Promise<PagesReport> {
  return buildPages(catalog, datasets, assetsDir);
}
