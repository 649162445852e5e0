/**
 * @module Readers of Gapminder (open-numbers) DDF files: the geo entity list, and datapoint files keyed by
 * Gapminder `geo` ids, which are mapped to World Bank / ISO 3166-1 alpha-3 codes.
 */
import { type RawReader, rawNumber } from "./raw";

/** The geo entity list (`ddf--entities--geo--country.csv`) in the shared raw folder. */
export const GAPMINDER_GEO_FILE = "intl/gapminder_ddf--entities--geo--country.csv";

/**
 * Geo ids the entity list gives no ISO alpha-3 for, with the World Bank code `intl/SOURCES.md` names for them
 * ("Geo exceptions: `kos` = Kosovo (XKX), `chanisl` = Channel Islands (CHI)").
 */
export const GEO_EXCEPTIONS: Readonly<Record<string, string>> = { kos: "XKX", chanisl: "CHI" };

/** Gapminder geo id → WB/ISO3 code, from the entity list plus {@link GEO_EXCEPTIONS}. */
export function geoToIso3(raw: RawReader): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of raw.csv(GAPMINDER_GEO_FILE)) {
    const iso3 = r.iso3166_1_alpha3 ?? "";
    if (r.country && iso3 !== "") map.set(r.country, iso3);
  }
  for (const [geo, code] of Object.entries(GEO_EXCEPTIONS)) {
    if (map.has(geo)) throw new Error(`${GAPMINDER_GEO_FILE}: ${geo} now has an ISO code; drop the exception`);
    map.set(geo, code);
  }
  return map;
}

/** One datapoint, with its geo id mapped to a WB/ISO3 code. */
export interface GapminderPoint {
  geo: string;
  code: string;
  year: string;
  value: number;
}

/** Reads a `ddf--datapoints--<concept>--by--geo--time.csv` file; every geo must map to a code. */
export function readGapminderPoints(raw: RawReader, path: string, concept: string): GapminderPoint[] {
  const codes = geoToIso3(raw);
  return raw.csv(path).map((r, i) => {
    const where = `${path} row ${i + 2}`;
    const code = codes.get(r.geo ?? "");
    if (!code) throw new Error(`${where}: geo "${r.geo}" has no ISO alpha-3 code`);
    const value = rawNumber(r[concept], `${where} ${concept}`);
    if (value === undefined) throw new Error(`${where}: empty ${concept}`);
    return { geo: r.geo ?? "", code, year: r.time ?? "", value };
  });
}
