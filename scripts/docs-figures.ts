/**
 * @module `npm run docs:figures`: the figures the README and docs show, rendered by the figure model from the
 * published data (`docs/img/`). test/figure/docs-figures.test.ts fails when one is out of date.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { datasetSvg } from "./build/charts";
import { DATA_DIR, ROOT } from "./lib/paths";
import { loadData } from "./lib/read-data";

/** Each docs figure: its file under docs/img and how it is drawn. */
export const DOCS_FIGURES = [{ file: "figure-province-gdp-tilemap.svg", dataset: "province-gdp", lang: "zh", kind: "tilemap" }] as const;

/** The SVG text of every docs figure, by file name, from the data in `dataDir`. */
export function docsFigures(dataDir = DATA_DIR): Map<string, string> {
  const { datasets } = loadData(dataDir);
  return new Map(
    DOCS_FIGURES.map((f) => {
      const dataset = datasets.find((d) => d.meta.id === f.dataset);
      if (!dataset) throw new Error(`docs figure ${f.file}: no dataset ${f.dataset}`);
      return [f.file, datasetSvg(dataset, f.lang, { kind: f.kind })];
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [file, svg] of docsFigures()) {
    writeFileSync(join(ROOT, "docs/img", file), svg);
    console.log(`docs:figures: wrote docs/img/${file}`);
  }
}
