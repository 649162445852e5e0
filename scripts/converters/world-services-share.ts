/**
 * @module `world-services-share`: services value added as % of GDP (WDI NV.SRV.TOTL.ZS, an older vintage
 * repackaged by Gapminder/open-numbers), 205 economies, no aggregates, 1960–2022. Kept apart from
 * `world-sector-shares` (2026 vintage) so that the two vintages are never added up by accident.
 */

import { withFlags } from "../lib/flags";
import { GAPMINDER_GEO_FILE, readGapminderPoints } from "../lib/gapminder";
import type { Converter, DataRow } from "./converter";

const FILE = "intl/gapminder_wdi_ddf--datapoints--nv_srv_totl_zs--by--geo--time.csv";

/** Converter of the Gapminder copy of the WDI services share. */
export const worldServicesShare: Converter = {
  id: "world-services-share",
  rawFiles: [FILE, GAPMINDER_GEO_FILE],
  convert(raw) {
    const rows: DataRow[] = readGapminderPoints(raw, FILE, "nv_srv_totl_zs").map((p) => ({
      region: p.code,
      period: p.year,
      measure: "services_share_pct",
      value: p.value,
    }));
    // 1.0.1: every value is `transcribed` — the Gapminder file was read through a stored-file reader and transcribed
    // verbatim, not copied as a git-verified file (`intl/SOURCES.md`).
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: rows.map((row) => withFlags(row, "transcribed")) },
    ];
  },
};
