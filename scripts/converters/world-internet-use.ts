/**
 * @module `world-internet-use`: share of the population using the internet (ITU → WB WDI IT.NET.USER.ZS → Our
 * World in Data), 1960–2023, economies and OWID's aggregates. Source: `intl/owid_share-of-individuals-using-the-internet.csv`.
 */
import type { ObservationStatus } from "../../schemas";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "intl/owid_share-of-individuals-using-the-internet.csv";
const VALUE_COLUMN = "Individuals using the Internet (% of population)";

/** OWID codes that are not WB codes (intl/SOURCES.md: "Kosovo = `OWID_KOS` and World = `OWID_WRL`"). */
export const OWID_CODES: Readonly<Record<string, string>> = { OWID_KOS: "XKX", OWID_WRL: "WLD" };

/**
 * OWID entities without a code: OWID's aggregates, and one economy (OWID spells it "Faeroe Islands", WB code
 * FRO). The "(WB)" regions of Middle East & North Africa and South Asia use the WB membership before 1 July
 * 2025 — checked against population-weighted means of the country values (South Asia 2010: 7.1636 published,
 * 7.164 with Afghanistan and Pakistan, 7.110 without) — so they get the documented codes MEA-FY25 and SAS-FY25,
 * not MEA and SAS, whose membership the WB changed.
 */
export const OWID_ENTITIES: Readonly<Record<string, string>> = {
  "East Asia and Pacific (WB)": "EAS",
  "Europe and Central Asia (WB)": "ECS",
  "European Union (27)": "EUU",
  "Faeroe Islands": "FRO",
  "High-income countries": "HIC",
  "Latin America and Caribbean (WB)": "LCN",
  "Low-income countries": "LIC",
  "Lower-middle-income countries": "LMC",
  "Middle East and North Africa (WB)": "MEA-FY25",
  "North America (WB)": "NAC",
  "South Asia (WB)": "SAS-FY25",
  "Sub-Saharan Africa (WB)": "SSF",
  "Upper-middle-income countries": "UMC",
};

/** The published region code of an OWID row, and whether the row is one of OWID's aggregates. */
export function owidRegion(entity: string, code: string): { region: string; aggregate: boolean } | undefined {
  if (code === "OWID_WRL") return { region: "WLD", aggregate: true };
  if (code !== "") return { region: OWID_CODES[code] ?? code, aggregate: false };
  const region = OWID_ENTITIES[entity];
  return region === undefined ? undefined : { region, aggregate: entity !== "Faeroe Islands" };
}

/** Converter of OWID's internet-use chart data. */
export const worldInternetUse: Converter = {
  id: "world-internet-use",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `${FILE} row ${i + 2}`;
      const mapped = owidRegion(r.Entity ?? "", r.Code ?? "");
      if (!mapped) throw new Error(`${where}: no region code for entity "${r.Entity}"`);
      const value = rawNumber(r[VALUE_COLUMN], where);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const status: ObservationStatus | undefined = mapped.aggregate ? "estimate" : undefined;
      const note = mapped.aggregate ? `OWID aggregate "${r.Entity}"` : undefined;
      return { region: mapped.region, period: r.Year, measure: "internet_users_pct", value, status, note };
    });
    return [{ version: "1.0.0", rows }];
  },
};
