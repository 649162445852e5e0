/**
 * @module `world-digital-access`: mobile cellular and fixed broadband subscriptions per 100 people and secure
 * internet servers per million people (WDI; ITU and the Netcraft Secure Server Survey), economies and WB aggregates.
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubRows } from "./world-bank";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "it.cel.sets.p2",
    measure: "mobile_subscriptions_per_100",
  },
  {
    indicator: "it.net.bbnd.p2",
    measure: "fixed_broadband_per_100",
  },
  {
    indicator: "it.net.secr.p6",
    measure: "secure_servers_per_million",
  },
];

/** Converter of the WDI digital-access indicators. */
export const worldDigitalAccess: Converter = {
  id: "world-digital-access",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const rows = datahubRows(raw, SPECS);
    return [{ version: "1.0.0", rows }];
  },
};
