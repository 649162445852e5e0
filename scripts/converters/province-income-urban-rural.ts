/**
 * @module `province-income-urban-rural`: per-capita disposable income of urban and of rural residents by province
 * (integrated household survey, 2013–2023) — a sparse, partial panel, never interpolated. It has a real history:
 * 1.0.0 is the urban-only `china/province_income_urban_partial_pages.csv` (two yearbook pages); 1.1.0 is
 * `china/province_income_urban_rural_communiques.csv`, which keeps every 1.0.0 value and adds rural income and more
 * province-years from provincial yearbooks, communiqués and news reports.
 */

import { onDomain, sourceHosts, withFlags } from "../lib/flags";
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import type { Converter, DataRow } from "./converter";

const PARTIAL = "china/province_income_urban_partial_pages.csv";
const COMMUNIQUES = "china/province_income_urban_rural_communiques.csv";

const MEASURES: Record<string, string> = {
  disposable_income_per_capita_urban: "urban_disposable_income",
  urban: "urban_disposable_income",
  rural: "rural_disposable_income",
};

const decimalsOf = (text: string) => (text.includes(".") ? text.length - text.indexOf(".") - 1 : 0);
const keyOf = (row: DataRow) => `${row.region}|${row.period}|${row.measure}`;

/**
 * 1.0.0: the XPCC table and the Guangdong yearbook both give Guangdong 2016–2018; the yearbook's one-decimal value
 * is kept and the XPCC integer becomes a corroboration in the note, after checking that it is the same figure
 * rounded.
 */
function partialRows(raw: Parameters<Converter["convert"]>[0], codes: ReadonlySet<string>): DataRow[] {
  const kept = new Map<string, { row: DataRow; text: string }>();
  raw.csv(PARTIAL).forEach((r, i) => {
    const where = `province_income_urban_partial_pages.csv row ${i + 2}`;
    const measure = MEASURES[r.measure ?? ""];
    const value = rawNumber(r.value, `${where} value`);
    if (!measure || value === undefined) throw new Error(`${where}: unexpected measure ${r.measure} or empty value`);
    const row: DataRow = {
      region: checkedProvince(codes, r.iso_3166_2, where),
      period: r.year,
      measure,
      value,
      note: r.source_publisher,
      source: r.source_url,
    };
    const text = r.value ?? "";
    const other = kept.get(keyOf(row));
    if (!other) {
      kept.set(keyOf(row), { row, text });
      return;
    }
    const [fine, coarse] = decimalsOf(text) > decimalsOf(other.text) ? [{ row, text }, other] : [other, { row, text }];
    const digits = decimalsOf(coarse.text);
    if (Number(fine.row.value).toFixed(digits) !== Number(coarse.row.value).toFixed(digits))
      throw new Error(`${where}: ${keyOf(row)} is ${text} here but ${other.text} in another row`);
    fine.row.note = `${fine.row.note}; corroborated by ${coarse.row.source} (${coarse.text})`;
    kept.set(keyOf(row), fine);
  });
  return [...kept.values()].map((k) => k.row);
}

function communiqueRows(raw: Parameters<Converter["convert"]>[0], codes: ReadonlySet<string>): DataRow[] {
  return raw.csv(COMMUNIQUES).map((r, i) => {
    const where = `province_income_urban_rural_communiques.csv row ${i + 2}`;
    const measure = MEASURES[r.measure ?? ""];
    const value = rawNumber(r.value, `${where} value`);
    if (!measure || value === undefined) throw new Error(`${where}: unexpected measure ${r.measure} or empty value`);
    return {
      region: checkedProvince(codes, r.iso_3166_2, where),
      period: r.year,
      measure,
      value,
      note: r.note || undefined,
      source: r.source_url,
    };
  });
}

/** Converter of provincial urban and rural disposable income (two versions). */
export const provinceIncomeUrbanRural: Converter = {
  id: "province-income-urban-rural",
  rawFiles: [PARTIAL, COMMUNIQUES],
  convert(raw) {
    const codes = provinceCodes(raw);
    const first = partialRows(raw, codes);
    const second = communiqueRows(raw, codes);
    const secondByKey = new Map(second.map((row) => [keyOf(row), row]));
    if (secondByKey.size !== second.length)
      throw new Error("province_income_urban_rural_communiques.csv: a province-year-measure appears twice");
    // 1.1.0 only adds: every 1.0.0 value must reappear unchanged.
    for (const row of first) {
      if (secondByKey.get(keyOf(row))?.value !== row.value)
        throw new Error(`province-income-urban-rural: 1.1.0 drops or changes ${keyOf(row)}`);
    }
    // 1.1.1: a row is `secondary` unless it was read from a government site (an official yearbook table or portal,
    // *.gov.cn): news reports, reposts, mirrors, consultancies, self-media and Q&A pages all are (`china/SOURCES.md`).
    const official = (row: DataRow) => sourceHosts(row.source).some((h) => onDomain(h, "gov.cn"));
    return [
      { version: "1.0.0", rows: first },
      { version: "1.1.0", rows: second },
      { version: "1.1.1", rows: second.map((row) => (official(row) ? row : withFlags(row, "secondary"))) },
    ];
  },
};
