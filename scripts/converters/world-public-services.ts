/**
 * @module `world-public-services`: hospital beds and physicians per 1,000 people, primary pupil–teacher ratio,
 * current health expenditure and government education expenditure as % of GDP (WDI), economies and WB
 * aggregates. Three indicators come from the Datahub copies, two from unmodified WB API bulk downloads.
 */

import { withFlags } from "../lib/flags";
import { readApiWide } from "../lib/wdi";
import type { Converter, DataRow } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubRows } from "./world-bank";

const DATAHUB: DatahubMeasureSpec[] = [
  {
    indicator: "sh.med.beds.zs",
    measure: "hospital_beds_per_1000",
  },
  {
    indicator: "se.prm.enrl.tc.zs",
    measure: "pupil_teacher_ratio_primary",
  },
  {
    indicator: "se.xpd.totl.gd.zs",
    measure: "education_expenditure_pct_gdp",
  },
];

/** The WB API bulk downloads (their provenance is in dataset.json). */
const API = [
  {
    file: "intl/wdi_api_SH.MED.PHYS.ZS.csv",
    metadata: "intl/wdi_api_SH.MED.PHYS.ZS_metadata_indicator.csv",
    measure: "physicians_per_1000",
  },
  {
    file: "intl/wdi_api_SH.XPD.CHEX.GD.ZS.csv",
    metadata: "intl/wdi_api_SH.XPD.CHEX.GD.ZS_metadata_indicator.csv",
    measure: "health_expenditure_pct_gdp",
  },
] as const;

/** Converter of the WDI public-services indicators. */
export const worldPublicServices: Converter = {
  id: "world-public-services",
  rawFiles: [...datahubFiles(DATAHUB), ...API.flatMap((a) => [a.file, a.metadata])],
  convert(raw) {
    const rows = datahubRows(raw, DATAHUB);
    const apiRows: DataRow[] = API.flatMap((a) =>
      readApiWide(raw, a.file).cells.map((c) => ({ region: c.code, period: c.year, measure: a.measure, value: c.value })),
    );
    const all = [...rows, ...apiRows];
    // 1.0.1: China's physicians per 1,000 jump from 2.517 (2021) to 3.112 (2022); `intl/SOURCES.md` warns that this
    // may be a definition change, so 2022 carries `break` and is not read as a trend.
    const isBreak = (row: DataRow) => row.region === "CHN" && row.measure === "physicians_per_1000" && row.period === "2022";
    return [
      { version: "1.0.0", rows: all },
      { version: "1.0.1", rows: all.map((row) => (isBreak(row) ? withFlags(row, "break") : row)) },
    ];
  },
};
