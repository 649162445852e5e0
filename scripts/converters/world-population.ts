/**
 * @module `world-population`: total population (midyear) and urban and rural shares of the population,
 * economies and WB aggregates, 1960–2025 (WDI, 2026-07 vintage).
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubRows } from "./world-bank";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "sp.pop.totl",
    measure: "population",
  },
  {
    indicator: "sp.urb.totl.in.zs",
    measure: "urban_share_pct",
  },
  {
    indicator: "sp.rur.totl.zs",
    measure: "rural_share_pct",
  },
];

/** Converter of the WDI population indicators. */
export const worldPopulation: Converter = {
  id: "world-population",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const rows = datahubRows(raw, SPECS);
    return [{ version: "1.0.0", rows }];
  },
};
