/**
 * @module The static figure of a dataset page (written by scripts/build/charts.ts before the pages): the
 * element's fallback (image, alt = the figure's summary, links to the page and its CSV) and the social card.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chartPath, chartUrl } from "../charts";
import { href, type Language } from "./i18n";
import { versionPath } from "./json-ld";
import { svgFallback } from "./svg-fallback";
import type { Fallback } from "./widgets";

/** The fallback of a dataset's chart, or undefined when the build wrote no static figure for it. */
export function datasetFallback(assetsDir: string, id: string, version: string, lang: Language): Fallback | undefined {
  const file = join(assetsDir, chartPath(id, version, lang, "svg"));
  if (!existsSync(file)) return undefined;
  return svgFallback(
    readFileSync(file, "utf8"),
    chartUrl(id, version, lang, "svg"),
    { href: href(lang, `/datasets/${id}/`), label: lang === "zh" ? "数据集页面" : "Dataset page" },
    { href: versionPath(id, version, "data.csv"), label: lang === "zh" ? "下载 CSV" : "Download CSV" },
  );
}

/** The social card (1200×630 PNG) of a dataset, or undefined. */
export function datasetCard(assetsDir: string, id: string, version: string, lang: Language): string | undefined {
  return existsSync(join(assetsDir, chartPath(id, version, lang, "card.png"))) ? chartUrl(id, version, lang, "card.png") : undefined;
}
