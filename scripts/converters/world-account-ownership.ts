/**
 * @module `world-account-ownership`: share of adults (15+) with an account at a financial institution or a
 * mobile-money provider (WB Global Findex via WDI FX.OWN.TOTL.ZS, repackaged by Gapminder/open-numbers),
 * survey rounds 2011–2024, 159 economies, no aggregates.
 */

import { withFlags } from "../lib/flags";
import { GAPMINDER_GEO_FILE, readGapminderPoints } from "../lib/gapminder";
import type { Converter, DataRow } from "./converter";

const FILE = "intl/gapminder_wdi_ddf--datapoints--fx_own_totl_zs--by--geo--time.csv";

/** Converter of the Gapminder copy of the Findex account-ownership series. */
export const worldAccountOwnership: Converter = {
  id: "world-account-ownership",
  rawFiles: [FILE, GAPMINDER_GEO_FILE],
  convert(raw) {
    const rows: DataRow[] = readGapminderPoints(raw, FILE, "fx_own_totl_zs").map((p) => ({
      region: p.code,
      period: p.year,
      measure: "account_ownership_pct",
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
