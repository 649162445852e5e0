/**
 * A SYNTHETIC observations dataset for storage and diff tests. Its values are generated from their coordinates
 * (not data about anything) and it is never published. 1.1.0 adds a period, removes one region's rows, changes
 * some values and one status — so that a diff has something of each kind.
 */
import type { ConvertedDataset, DataRow } from "../../scripts/converters/converter";

/** Bytes per block for the fixture's build, so that it splits into several blocks (about two regions each). */
export const FIXTURE_BLOCK_BYTES = 800;

/** Regions of the fixture (real codes, made-up values). */
export const FIXTURE_REGIONS = ["CN-AH", "CN-BJ", "CN-FJ", "CN-GD", "CN-HL", "CN-JL", "CN-LN", "CN-SH"];

function rows(periods: string[], regions: string[], bump: (region: string, period: string) => number): DataRow[] {
  const out: DataRow[] = [];
  for (const region of regions) {
    for (const period of periods) {
      const base = FIXTURE_REGIONS.indexOf(region) * 100 + Number(period) - 2000;
      out.push({ region, period, measure: "alpha", value: base + bump(region, period) });
      out.push({ region, period, measure: "share", category: "x", value: base / 10 });
      out.push({ region, period, measure: "share", category: "y", value: base / 20 });
    }
  }
  return out;
}

/** The converted form of the fixture: metadata and two versions. */
export function fixtureDataset(): ConvertedDataset {
  const old = ["2015", "2016", "2017", "2018", "2019"];
  const v1 = rows(old, FIXTURE_REGIONS, () => 0);
  const v2 = rows([...old, "2020"], FIXTURE_REGIONS.slice(0, -1), (region, period) =>
    region === "CN-BJ" && period === "2019" ? 1 : 0,
  ).map((row) => (row.region === "CN-AH" && row.period === "2019" && row.measure === "alpha" ? { ...row, status: "provisional" } : row));
  const text = (en: string) => ({ zh: `测试：${en}`, en });
  return {
    meta: {
      id: "fixture-panel",
      title: text("Synthetic panel for tests"),
      description: text("Synthetic values generated from their coordinates; not data about anything."),
      themes: ["reference"],
      kind: "observations",
      measures: [
        { id: "alpha", title: text("Alpha"), unit: text("units") },
        { id: "share", title: text("Share"), unit: text("percent") },
      ],
      licence: { id: "CC0-1.0", title: "CC0 1.0", attribution: text("Synthetic test data") },
      sources: [{ publisher: text("Tests"), title: "test/support/fixture-dataset.ts", rawFile: "none", kind: "compilation" }],
      caveats: [],
      defaults: { measures: ["alpha"], kind: "line" },
    },
    versions: [
      { meta: { version: "1.0.0", published: "2026-01-01", changes: text("First release.") }, rows: v1 },
      { meta: { version: "1.1.0", published: "2026-02-01", changes: text("Adds 2020, drops CN-SH, corrects CN-BJ 2019.") }, rows: v2 },
    ],
  };
}
