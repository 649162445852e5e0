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
    return [{ version: "1.0.0", rows }];
  },
};
