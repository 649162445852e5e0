/**
 * @module `mobile-payments`: PBoC payment-system points — bank mobile payments (transactions and value) for 2016
 * (full year), 2021-Q2, 2022-Q1 and 2023-Q4, and non-bank online payments for 2023-Q4. Not a series. Source:
 * `china/added-2026-12/pboc_mobile_payments_points.csv` (reposts of the PBoC releases, with quoted text per row).
 */
import { rawNumber } from "../lib/raw";
import { ADDED } from "./added-2026-12";
import type { Converter, DataRow } from "./converter";

const FILE = `${ADDED}/pboc_mobile_payments_points.csv`;

/** Raw indicator → the raw unit text its rows must carry (measure ids are the raw ones). */
const UNITS: Readonly<Record<string, string>> = {
  bank_mobile_payment_transactions: "100 million transactions (亿笔)",
  bank_mobile_payment_value: "trillion yuan (万亿元)",
  nonbank_online_payment_transactions: "100 million transactions (亿笔)",
  nonbank_online_payment_value: "trillion yuan (万亿元)",
};

/** Raw period_type → the period form it must have. */
const PERIOD_FORMS: Readonly<Record<string, RegExp>> = { full_year: /^\d{4}$/, quarter: /^\d{4}-Q[1-4]$/ };

/** Converter of the PBoC mobile-payment points. */
export const mobilePayments: Converter = {
  id: "mobile-payments",
  rawFiles: [FILE],
  convert(raw) {
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `pboc_mobile_payments_points.csv row ${i + 2}`;
      const measure = r.indicator ?? "";
      if (UNITS[measure] === undefined || UNITS[measure] !== r.unit)
        throw new Error(`${where}: unexpected indicator ${measure} in unit "${r.unit}"`);
      if (r.iso_3166_1 !== "CN") throw new Error(`${where}: unexpected region ${r.iso_3166_1}`);
      if (!PERIOD_FORMS[r.period_type ?? ""]?.test(r.period ?? ""))
        throw new Error(`${where}: period ${r.period} is not a ${r.period_type}`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      return { region: "CN", period: r.period, measure, value, status: "secondary", note: r.note || undefined, source: r.source_url };
    });
    return [{ version: "1.0.0", rows }];
  },
};
