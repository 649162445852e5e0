/**
 * @module Build step: static figures. For every observation dataset's latest version, in zh and en, the default
 * figure (buildFigure with the dataset's declared defaults, exactly what an element without `measure` shows) is
 * rendered by figure/svg as SVG (640 px wide, for `<img>` fallbacks) and as a 1200×630 card, rasterised to PNG
 * with resvg and Noto Sans SC (from npm, subset to the glyphs the cards use), for Open Graph/Twitter cards and
 * oEmbed thumbnails. Written to `.assets/charts/{id}@{version}.{lang}.{svg|png}` and `…card.png`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import semver from "semver";
import subsetFont from "subset-font";
import { buildFigure } from "../../figure/build";
import type { FigureKind, FigureLang } from "../../figure/model";
import type { NameTable } from "../../figure/names";
import names from "../../figure/names-table.json";
import { renderSvg } from "../../figure/svg/render";
import type { Catalog } from "../../schemas";
import type { LoadedDataset, LoadedVersion } from "../lib/read-data";
import { defaultView } from "./site/views";

/** Size of a social card (Open Graph's recommended 1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;

/** The path (under the assets root) of a dataset's static figure. */
export function chartPath(id: string, version: string, lang: FigureLang, ext: "svg" | "png" | "card.png"): string {
  return `/charts/${id}@${version}.${lang}.${ext}`;
}

/**
 * The URL of a dataset's static figure: its path with `@` written `%40`, the form the static-asset server serves
 * (it answers the `@` spelling with a 307 to this one, a round trip per image).
 */
export function chartUrl(id: string, version: string, lang: FigureLang, ext: "svg" | "png" | "card.png"): string {
  return chartPath(id, version, lang, ext).split("/").map(encodeURIComponent).join("/");
}

/** The Noto Sans SC Regular TTF shipped by `@expo-google-fonts/noto-sans-sc` (OFL-1.1). */
export function notoSansScPath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf");
}

/** `svg` as PNG, with only the fonts in `fontFiles` available (no system fonts, so the result is the same on every machine). */
export function rasterise(svg: string, fontFiles: string[], width?: number): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Noto Sans SC" },
    ...(width ? { fitTo: { mode: "width" as const, value: width } } : {}),
  });
  return resvg.render().asPng();
}

/** What a static figure shows: the element's attributes (as the dataset page's own `<pa-chart>` has them). */
export interface FigureChoice {
  measure?: string[];
  region?: string[];
  kind?: FigureKind;
}

/** The latest version of a loaded dataset (by semver, as the site does). */
export function latestVersion(dataset: LoadedDataset): LoadedVersion {
  const latest = [...dataset.versions].sort((a, b) => semver.rcompare(a.meta.version, b.meta.version))[0];
  if (!latest) throw new Error(`${dataset.meta.id}: no version`);
  return latest;
}

/** The figure of a dataset's latest version for `choice` as SVG — the same model the element draws. */
export function datasetSvg(
  dataset: LoadedDataset,
  lang: FigureLang,
  choice: FigureChoice = {},
  size: { width?: number; height?: number } = {},
): string {
  return renderSvg(datasetFigure(dataset, lang, choice), size);
}

/** The figure model of a dataset's latest version for `choice`. */
export function datasetFigure(dataset: LoadedDataset, lang: FigureLang, choice: FigureChoice = {}) {
  const version = latestVersion(dataset);
  const meta = dataset.meta as LoadedDataset["meta"] & { defaults?: { measures: string[]; kind?: string } };
  return buildFigure({
    lang,
    kind: choice.kind ?? "line",
    data: {
      dataset: meta.id,
      version: version.meta.version,
      title: meta.title,
      attribution: meta.licence.attribution,
      measures: meta.measures ?? [],
      rows: version.rows as never,
    },
    meta: { defaults: meta.defaults, sources: meta.sources as never, licence: meta.licence },
    names: names as NameTable,
    measure: choice.measure,
    region: choice.region,
  });
}

/** World Bank aggregates (reference rows of kind `aggregate`), which the default view ranks apart. */
function aggregatesOf(datasets: readonly LoadedDataset[]): Set<string> {
  const out = new Set<string>();
  for (const d of datasets)
    if (d.meta.kind === "reference")
      for (const row of latestVersion(d).rows) if (row.kind === "aggregate" && typeof row.region === "string") out.add(row.region);
  return out;
}

/** Writes every dataset's static figures; returns how many files. */
export async function writeCharts(catalog: Catalog, datasets: readonly LoadedDataset[], assetsDir: string): Promise<number> {
  mkdirSync(join(assetsDir, "charts"), { recursive: true });
  const cards: { file: string; svg: string }[] = [];
  let files = 0;
  const aggregates = aggregatesOf(datasets);
  for (const dataset of datasets) {
    const entry = catalog.datasets.find((d) => d.id === dataset.meta.id);
    if (!entry || dataset.meta.kind !== "observations") continue;
    const version = latestVersion(dataset);
    // The dataset page's own chart (scripts/build/site/views.ts), so the fallback shows what the element shows.
    const view = defaultView(entry, version.rows, aggregates);
    if (!view) continue;
    const choice = { measure: view.measures, region: view.regions };
    for (const lang of ["zh", "en"] as const) {
      const svg = datasetSvg(dataset, lang, choice);
      writeFileSync(join(assetsDir, chartPath(dataset.meta.id, version.meta.version, lang, "svg")), svg);
      files++;
      cards.push({
        file: chartPath(dataset.meta.id, version.meta.version, lang, "card.png"),
        svg: datasetSvg(dataset, lang, choice, CARD),
      });
    }
  }
  // The site's card (pages without a figure of their own): the first dataset's, in each language.
  const first = cards.slice(0, 2);
  for (const [i, lang] of (["zh", "en"] as const).entries()) {
    const svg = first.find((c) => c.file.endsWith(`.${lang}.card.png`))?.svg ?? first[i]?.svg;
    if (svg) cards.push({ file: `/charts/site.${lang}.card.png`, svg });
  }
  // One subset of the font for all cards: every character any card prints (plus ASCII for safety).
  const chars = new Set<string>();
  for (const { svg } of cards) for (const ch of svg) chars.add(ch);
  for (let c = 32; c < 127; c++) chars.add(String.fromCharCode(c));
  const font = await subsetFont(readFileSync(notoSansScPath()), [...chars].join(""), { targetFormat: "truetype" });
  // resvg-js reads fonts from files only: the subset goes to a scratch file outside the served assets.
  const fontFile = join(tmpdir(), `pa-noto-sans-sc-${process.pid}.ttf`);
  writeFileSync(fontFile, font);
  for (const { file, svg } of cards) {
    writeFileSync(join(assetsDir, file), rasterise(svg, [fontFile]));
    files++;
  }
  rmSync(fontFile, { force: true });
  return files;
}

/** Where the build bundles the charts Worker for the test pool (wrangler bundles it itself for dev and deploy). */
export const CHARTS_BUNDLE = ".charts/index.js";

/** Bundles charts/index.ts into {@link CHARTS_BUNDLE} (ES module, minified) and returns its gzip size in bytes. */
export async function bundleChartsWorker(): Promise<number> {
  const { build } = await import("esbuild");
  const { copyFileSync } = await import("node:fs");
  const { basename, dirname, resolve } = await import("node:path");
  await build({
    entryPoints: ["charts/index.ts"],
    outfile: CHARTS_BUNDLE,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    logLevel: "warning",
    plugins: [
      {
        // The WebAssembly, font and character list stay modules beside the bundle (Miniflare loads them by the
        // test pool's module rules, as wrangler does by charts/wrangler.toml's).
        name: "module-files",
        setup(b) {
          b.onResolve({ filter: /\.(wasm|ttf|txt)$/ }, (args) => {
            const require = createRequire(join(resolve(args.resolveDir), "x.js"));
            const file = args.path.startsWith(".") ? resolve(args.resolveDir, args.path) : require.resolve(args.path);
            const name = basename(file);
            if (resolve(file) !== resolve(dirname(CHARTS_BUNDLE), name)) copyFileSync(file, join(dirname(CHARTS_BUNDLE), name));
            return { path: `./${name}`, external: true };
          });
        },
      },
    ],
  });
  const { gzipSync } = await import("node:zlib");
  return gzipSync(readFileSync(CHARTS_BUNDLE)).length;
}
