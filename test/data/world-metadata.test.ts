/**
 * Metadata is data (data/<id>/dataset.json), but the World Bank's own words in it must still be the WB's: every
 * English title and definition of a WDI measure equals what the raw files carry (Datahub datapackage.json, or the
 * metadata file of a WB API download).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { DATA_DIR, findRawDir } from "../../scripts/lib/paths";
import { RawReader } from "../../scripts/lib/raw";
import { loadData } from "../../scripts/lib/read-data";
import { readApiMetadata, readDatahub } from "../../scripts/lib/wdi";
import { describeRaw } from "../support/raw-data";

const measures = loadData(DATA_DIR).datasets.flatMap((d) =>
  d.meta.measures.flatMap((m) => {
    const code = /\(WB indicator ([A-Z0-9.]+)/.exec(m.definition?.en ?? "")?.[1];
    return code ? [{ dataset: d.meta.id, measure: m, code }] : [];
  }),
);

describeRaw("WDI titles and definitions against ../shared/data/raw/intl", () => {
  const rawDir = findRawDir() as string;
  const raw = new RawReader(rawDir);

  it("should find the WB indicator of many measures", () => {
    expect(measures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(measures.map((x) => [`${x.dataset}:${x.measure.id}`, x] as const))(
    "%s should carry the WB's words",
    (_name, { dataset, measure, code }) => {
      const folder = code.toLowerCase();
      const apiMeta = `intl/wdi_api_${code}_metadata_indicator.csv`;
      if (!existsSync(join(rawDir, "intl/wdi_datahub", folder)) && !existsSync(join(rawDir, apiMeta))) {
        // The Gapminder repackagings carry no WB text; their definitions are ours and say so by their source.
        expect(["world-services-share", "world-account-ownership"]).toContain(dataset);
        return;
      }
      if (existsSync(join(rawDir, "intl/wdi_datahub", folder))) {
        const indicator = readDatahub(raw, folder);
        expect(measure.title.en).toBe(indicator.title);
        expect(measure.definition?.en).toBe(`${indicator.definition} (WB indicator ${code})`);
      } else {
        const meta = readApiMetadata(raw, apiMeta);
        expect(measure.definition?.en).toBe(`${meta.definition} (WB indicator ${code}; source: ${meta.organisation})`);
      }
    },
  );
});
