/**
 * @module `world-sector-shares`: agriculture (forestry, fishing) and industry (including construction) value
 * added as % of GDP, economies and WB aggregates, 1960–2025 (WDI, 2026-07 vintage). The services share is a
 * separate dataset (`world-services-share`) because only an older vintage of it was found.
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubRows } from "./world-bank";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "nv.agr.totl.zs",
    measure: "agriculture_share_pct",
  },
  {
    indicator: "nv.ind.totl.zs",
    measure: "industry_share_pct",
  },
];

/** Converter of the WDI sector shares of GDP (agriculture, industry). */
export const worldSectorShares: Converter = {
  id: "world-sector-shares",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const rows = datahubRows(raw, SPECS);
    // 1.0.1: zeros that stand for missing values in the WDI copy are left out (Brazil agriculture 1960–1980 and
    // industry 1960–1978, Venezuela agriculture and industry 1991–2011: 82 values; a zero value-added share of GDP is
    // impossible for these economies). Every other value is unchanged.
    const missing = (row: (typeof rows)[number]) => row.value === 0 && (row.region === "BRA" || row.region === "VEN");
    return [
      { version: "1.0.0", rows },
      { version: "1.0.1", rows: rows.filter((row) => !missing(row)) },
    ];
  },
};
