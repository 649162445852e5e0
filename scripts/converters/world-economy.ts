/**
 * @module `world-economy`: GDP (current US$), GDP per capita (current US$ and PPP current international $) and
 * GNI per capita (Atlas method, the basis of the WB income groups), economies and WB aggregates, 1960–2025 (WDI).
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubRows } from "./world-bank";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "ny.gdp.mktp.cd",
    measure: "gdp_usd",
  },
  {
    indicator: "ny.gdp.pcap.cd",
    measure: "gdp_per_capita_usd",
  },
  {
    indicator: "ny.gdp.pcap.pp.cd",
    measure: "gdp_per_capita_ppp",
  },
  {
    indicator: "ny.gnp.pcap.cd",
    measure: "gni_per_capita_atlas_usd",
  },
];

/** Converter of the WDI national-accounts aggregates. */
export const worldEconomy: Converter = {
  id: "world-economy",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const rows = datahubRows(raw, SPECS);
    return [{ version: "1.0.0", rows }];
  },
};
