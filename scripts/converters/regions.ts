/**
 * @module `regions`: the 31 provincial-level divisions with GB/T 2260 and ISO 3166-2 codes, names and the NBS
 * four-region group. Source: `china/provinces_reference.csv`.
 */
import type { Converter, DataRow } from "./converter";

const GROUPS: Record<string, string> = { East: "east", Central: "central", West: "west", Northeast: "northeast" };

/** Converter of the regions reference table. */
export const regions: Converter = {
  id: "regions",
  rawFiles: ["china/provinces_reference.csv"],
  convert(raw) {
    const rows: DataRow[] = raw.csv("china/provinces_reference.csv").map((r, i) => {
      const group = GROUPS[r.region_nbs ?? ""];
      if (!group) throw new Error(`provinces_reference.csv row ${i + 2}: unknown region_nbs "${r.region_nbs}"`);
      return {
        region: r.iso_3166_2,
        gb_code: r.gb_code,
        iso_legacy: r.iso_3166_2_legacy_numeric,
        name_zh: r.name_zh,
        name_zh_short: r.name_zh_short,
        name_en: r.name_en,
        group,
      };
    });
    return [{ version: "1.0.0", rows }];
  },
};
