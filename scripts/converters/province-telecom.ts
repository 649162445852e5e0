/**
 * @module `province-telecom`: NBS provincial internet indicators (互联网主要指标) — broadband users (total, urban,
 * rural), broadband ports, mobile internet users and traffic, domain names, web pages, websites, dial-up users and
 * (2016 only) internet users — 31 provinces × 2016–2024. Source: `china/province_internet_nbs.csv` (values read
 * from the raw JSON the NBS data portal returned).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const FILE = "china/province_internet_nbs.csv";

/** Published measure id → the raw unit text its rows must carry (its metadata is `dataset.json`). */
const UNIT_OF = new Map([
  ["broadband_users", "10,000 subscribers (万户)"],
  ["broadband_users_urban", "10,000 subscribers (万户)"],
  ["broadband_users_rural", "10,000 subscribers (万户)"],
  ["broadband_access_ports", "10,000 ports (万个)"],
  ["mobile_internet_users", "10,000 subscribers (万户)"],
  ["mobile_internet_traffic", "10,000 GB (万GB)"],
  ["domain_names", "10,000 (万个)"],
  ["web_pages", "10,000 (万个)"],
  ["websites", "10,000 (万个)"],
  ["dialup_internet_users", "10,000 subscribers (万户)"],
  ["internet_users", "10,000 persons (万人)"],
]);

/** Converter of the NBS provincial internet indicators. */
export const provinceTelecom: Converter = {
  id: "province-telecom",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_internet_nbs.csv row ${i + 2}`;
      const measure = r.indicator ?? "";
      if (UNIT_OF.get(measure) !== r.unit)
        throw new Error(`${where}: indicator ${measure} with unit "${r.unit}" is not a declared measure`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: checkedProvince(codes, r.iso_3166_2, where), period: r.year, measure, value };
    });
    return [{ version: "1.0.0", rows }];
  },
};
