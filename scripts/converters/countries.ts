/**
 * @module `countries`: the World Bank code list — 217 economies and 48 aggregates — with names, WB region,
 * income group and lending category (`intl/wdi_WDICountry.csv`), joined by ISO alpha-3 to Gapminder's geo
 * entity list for ISO alpha-2/numeric codes and the Gapminder geo id.
 */
import { GAPMINDER_GEO_FILE, geoToIso3 } from "../lib/gapminder";
import type { RawRow } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const WDI_COUNTRY_FILE = "intl/wdi_WDICountry.csv";

/** Converter of the countries reference table. */
export const countries: Converter = {
  id: "countries",
  rawFiles: [WDI_COUNTRY_FILE, GAPMINDER_GEO_FILE],
  convert(raw) {
    const geoOf = new Map([...geoToIso3(raw)].map(([geo, code]) => [code, geo]));
    const gapminder = new Map<string, RawRow>();
    for (const r of raw.csv(GAPMINDER_GEO_FILE)) if (r.country) gapminder.set(r.country, r);
    const rows: DataRow[] = raw.csv(WDI_COUNTRY_FILE).map((r, i) => {
      const code = r["Country Code"] ?? "";
      if (!/^[A-Z0-9]{3}$/.test(code)) throw new Error(`wdi_WDICountry.csv row ${i + 2}: bad code "${code}"`);
      // The WB leaves Region empty for exactly its aggregates (World, regions, income and lending groups …).
      const aggregate = (r.Region ?? "") === "";
      const geo = aggregate ? undefined : geoOf.get(code);
      const g = geo === undefined ? undefined : gapminder.get(geo);
      return {
        region: code,
        kind: aggregate ? "aggregate" : "economy",
        name_en: r["Table Name"],
        short_name_en: r["Short Name"],
        long_name_en: r["Long Name"],
        wb_region: r.Region,
        income_group: r["Income Group"],
        lending_category: r["Lending category"],
        wb_alpha2: r["2-alpha code"],
        iso_alpha2: g?.iso3166_1_alpha2,
        iso_numeric: g?.iso3166_1_numeric,
        gapminder_geo: geo,
        special_notes: r["Special Notes"],
      };
    });
    return [{ version: "1.0.0", rows }];
  },
};
