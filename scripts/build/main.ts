/**
 * @module The build's steps (run by scripts/build.ts, which points `ASSETS_DIR` at a staging folder first): data and
 * the indicator registry → `_data`, whole-version CSV and Parquet files → `_downloads`, site → the root, widgets →
 * `widgets/`; the OpenAPI document → `_api` and the typed client's `client/paths.ts`.
 * Fails (exit 1) with one line per problem, naming file, row and column, when the data is not valid.
 */
import { rmSync, writeFileSync } from "node:fs";
import { OEMBED_PAGES_FILE } from "../../figure/embed/oembed-pages";
import { ASSETS_DIR } from "../lib/paths";
import { formatIssue } from "../lib/read-data";
import { writeChartFont } from "./chart-font";
import { bundleChartsWorker, writeCharts } from "./charts";
import { writeClientTypes } from "./client-types";
import { buildCatalog, writeDataAssets } from "./data";
import { writeDocs } from "./docs";
import { writeDocuments } from "./documents";
import { writeDownloads } from "./downloads";
import { writeIndicatorRegistry } from "./indicators";
import { writeNames } from "./names";
import { writeOpenApi } from "./openapi";
import { writeSearchIndex } from "./search-index";
import { buildSite, buildSitePages } from "./site";
import { buildWidgets } from "./widgets";

const { catalog, datasets, issues } = buildCatalog();
if (!catalog) {
  for (const issue of issues) console.error(`data: ${formatIssue(issue)}`);
  console.error(`build failed: ${issues.length} problem(s) in data/`);
  process.exit(1);
}
rmSync(ASSETS_DIR, { recursive: true, force: true });
// Before the data assets: it records each version's file sizes and hashes in the catalog they write.
const downloadIssues = writeDownloads(catalog, datasets);
if (downloadIssues.length > 0) {
  for (const issue of downloadIssues) console.error(`data: ${formatIssue(issue)}`);
  console.error(`build failed: ${downloadIssues.length} problem(s) in data/`);
  process.exit(1);
}
writeDataAssets(catalog, datasets);
writeIndicatorRegistry();
writeNames();
writeSearchIndex(catalog);
writeDocuments(catalog);
buildSite();
const openapi = writeOpenApi();
writeDocs(openapi);
// The typed client follows the document: an operation added to worker/contract/ reaches client/paths.ts here.
if (await writeClientTypes(openapi)) console.log("build: client/paths.ts regenerated from the OpenAPI document (commit it)");
let widgets: Awaited<ReturnType<typeof buildWidgets>>;
try {
  widgets = await buildWidgets();
} catch (error) {
  console.error(`build failed: widgets: ${(error as Error).message}`);
  process.exit(1);
}
const charts = await writeCharts(catalog, datasets, ASSETS_DIR);
await writeChartFont();
const site = await buildSitePages(catalog, datasets);
// After the pages: the charts Worker bundles what oEmbed needs of them (alt texts, dataset pages' elements).
writeFileSync(OEMBED_PAGES_FILE, JSON.stringify(site.oembed));
await bundleChartsWorker();
const versions = catalog.datasets.reduce((n, d) => n + d.versions.length, 0);
const sizes = widgets.files.map((f) => `${f.path} ${(f.gzip / 1000).toFixed(1)} kB`).join(", ");
console.log(
  `build: ${catalog.datasets.length} datasets, ${versions} versions; widgets (gzip, entry budget 15 kB): ${sizes}; ${site.pages} pages; ${charts} static figures`,
);
