/**
 * @module Generates the site's pages at build time into the assets folder, in Chinese (`/…`) and English
 * (`/en/…`): home, dataset catalog and pages, indicator registry and pages, gallery with the embed builder, the
 * accessibility statement; and bundles the
 * pages' small scripts (`site/js/*.ts` → `/js/*.js`).
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import type { OembedPages } from "../../../figure/embed/oembed-pages";
import type { Catalog } from "../../../schemas";
import { ROOT } from "../../lib/paths";
import type { LoadedDataset } from "../../lib/read-data";
import { builderData } from "./builder-data";
import { siteContext } from "./context";
import { featuredIndicatorQueries } from "./featured";
import { href, PAGE_LANGUAGES } from "./i18n";
import { loadIndicatorData } from "./indicator-data";
import { oembedPages } from "./oembed-pages";
import { ACCESSIBILITY_PATH, accessibilityPage } from "./pages/accessibility";
import { catalogPage } from "./pages/catalog";
import { datasetPage, datasetPath } from "./pages/dataset";
import { galleryPage } from "./pages/gallery";
import { homePage } from "./pages/home";
import { indicatorPage, indicatorPath, indicatorsPage, viewPath } from "./pages/indicators";
import { notFoundPage } from "./pages/not-found";
import { searchPage } from "./pages/search";
import { viewPage } from "./pages/view";

/** What the page generation wrote. */
export interface PagesReport {
  pages: number;
  /** What `/oembed` needs of the pages, for the charts Worker (figure/embed/oembed-pages.ts). */
  oembed: OembedPages;
}

function writePage(assetsDir: string, path: string, htmlText: string): void {
  const file = join(assetsDir, path.endsWith("/") ? `${path}index.html` : path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, htmlText);
}

/** Bundles every `site/js/<name>.ts` into `/js/<name>.js` (ES modules, minified). */
export async function buildSiteScripts(assetsDir: string): Promise<void> {
  const dir = join(ROOT, "site/js");
  const entries = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  await build({
    entryPoints: entries.map((f) => join(dir, f)),
    outdir: join(assetsDir, "js"),
    bundle: true,
    format: "esm",
    // Syntax lowered for the old Chromium cores the widgets' legacy build serves (`?.`, `??`…), so the site's own
    // pages throw no SyntaxError there either; a few hundred bytes.
    target: "chrome70",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
}

/** Writes every generated page; needs the widget bundle already built (for its SRI hash). */
export async function buildPages(catalog: Catalog, datasets: readonly LoadedDataset[], assetsDir: string): Promise<PagesReport> {
  const ctx = siteContext(catalog, datasets, assetsDir, await loadIndicatorData(assetsDir, featuredIndicatorQueries()));
  let pages = 0;
  const write = (path: string, text: string) => {
    writePage(assetsDir, path, text);
    pages++;
  };
  for (const lang of PAGE_LANGUAGES) {
    write(href(lang, "/"), homePage(ctx, lang));
    write(href(lang, "/datasets/"), catalogPage(ctx, lang));
    for (const entry of catalog.datasets) write(href(lang, datasetPath(entry.id)), datasetPage(entry, ctx, lang));
    write(href(lang, "/gallery/"), galleryPage(ctx, lang));
    write(href(lang, "/search/"), searchPage(lang));
    write(href(lang, "/indicators/"), indicatorsPage(ctx, lang));
    for (const info of ctx.indicators.indicators) write(href(lang, indicatorPath(info.id)), indicatorPage(info, ctx, lang));
    for (const view of ctx.indicators.views) write(href(lang, viewPath(view.id)), viewPage(view, ctx, lang));
    write(href(lang, ACCESSIBILITY_PATH), accessibilityPage(lang));
    write(href(lang, "/404.html"), notFoundPage(lang));
  }
  writePage(assetsDir, "/gallery/builder.json", JSON.stringify(builderData(ctx)));
  await buildSiteScripts(assetsDir);
  return { pages, oembed: oembedPages(ctx) };
}
