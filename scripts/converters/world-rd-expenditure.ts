/**
 * @module `world-rd-expenditure`: gross domestic expenditure on research and development as % of GDP,
 * economies and WB aggregates, 1996–2024 (WDI, 2026-07 vintage).
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubRows } from "./world-bank";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "gb.xpd.rsdv.gd.zs",
    measure: "rd_expenditure_pct_gdp",
  },
];

/** Converter of the WDI R&D expenditure indicator. */
export const worldRdExpenditure: Converter = {
  id: "world-rd-expenditure",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const rows = datahubRows(raw, SPECS);
    return [{ version: "1.0.0", rows }];
  },
};
