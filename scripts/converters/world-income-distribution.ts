/**
 * @module `world-income-distribution`: Gini index and income shares of the lowest/highest 10% and 20% (WDI from
 * the World Bank Poverty and Inequality Platform), survey years 1963–2025, 171 economies, no aggregates.
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubRows } from "./world-bank";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "si.pov.gini",
    measure: "gini_index",
  },
  {
    indicator: "si.dst.frst.10",
    measure: "income_share_lowest_10_pct",
  },
  {
    indicator: "si.dst.frst.20",
    measure: "income_share_lowest_20_pct",
  },
  {
    indicator: "si.dst.05th.20",
    measure: "income_share_highest_20_pct",
  },
  {
    indicator: "si.dst.10th.10",
    measure: "income_share_highest_10_pct",
  },
];

/** Converter of the WDI inequality indicators. */
export const worldIncomeDistribution: Converter = {
  id: "world-income-distribution",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const rows = datahubRows(raw, SPECS);
    return [{ version: "1.0.0", rows }];
  },
};
