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
import subsetFont from "subset-font";
import { buildFigure } from "../../figure/build";
import type { FigureLang, FigureKind } from "../../figure/model";
import type { NameTable } from "../../figure/names";
import names from "../../figure/names-table.json";
import { renderSvg } from "../../figure/svg/render";
import type { LoadedDataset } from "../lib/read-data";

/** Size of a social card (Open Graph's recommended 1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;

/** The path (under the assets root) of a dataset's static figure. */
export function chartPath(id: string, version: string, lang: FigureLang, ext: "svg" | "png" | "card.png"): string {
  return `/charts/${id}@${version}.${lang}.${ext}`;
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

/** The default figure of a dataset's latest version as SVG. */
export function datasetSvg(dataset: LoadedDataset, lang: FigureLang, size: { width?: number; height?: number } = {}): string {
  const version = dataset.versions.at(-1);
  if (!version) throw new Error(`${dataset.meta.id}: no version`);
  const meta = dataset.meta as LoadedDataset["meta"] & { defaults?: { measures: string[]; kind?: string } };
  const figure = buildFigure({
    lang,
    kind: (meta.defaults?.kind as FigureKind | undefined) ?? "line",
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
  });
  return renderSvg(figure, size);
}

/** Writes every dataset's static figures; returns how many files. */
export async function writeCharts(datasets: readonly LoadedDataset[], assetsDir: string): Promise<number> {
  mkdirSync(join(assetsDir, "charts"), { recursive: true });
  const cards: { file: string; svg: string }[] = [];
  let files = 0;
  for (const dataset of datasets) {
    if (dataset.meta.kind !== "observations") continue;
    const version = dataset.versions.at(-1)?.meta.version as string;
    for (const lang of ["zh", "en"] as const) {
      writeFileSync(join(assetsDir, chartPath(dataset.meta.id, version, lang, "svg")), datasetSvg(dataset, lang));
      files++;
      cards.push({ file: chartPath(dataset.meta.id, version, lang, "card.png"), svg: datasetSvg(dataset, lang, CARD) });
    }
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
