/**
 * @module `province-rd-expenditure`: R&D expenditure and R&D intensity by province (and national) from the
 * NBS/MOST/MOF 全国科技经费投入统计公报 — 2020, 2022 (26 provinces), 2023 (12 provinces, 7 intensities), 2024 and
 * the revised 2023 intensities printed in the 2024 bulletin, each vintage under its own measure. Source:
 * `china/added-2026-12/province_rd_expenditure_bulletins.csv` (the 2024 bulletin text; earlier years from reposts).
 */
import { checkedProvince, provinceCodes } from "../lib/provinces";
import { rawNumber } from "../lib/raw";
import { ADDED } from "./added-2026-12";
import type { Converter, DataRow } from "./converter";

const FILE = `${ADDED}/province_rd_expenditure_bulletins.csv`;

/** Raw indicator → published measure and the raw unit text its rows must carry. */
const MEASURES: Readonly<Record<string, readonly [measure: string, rawUnit: string]>> = {
  rd_expenditure: ["rd_expenditure", "100 million yuan (亿元)"],
  rd_intensity_pct_of_grp: ["rd_intensity_pct", "% of gross regional product"],
  rd_intensity_pct_of_grp_revised_2024_bulletin: ["rd_intensity_pct_revised", "% of gross regional product"],
};

/** Converter of the R&D bulletin figures. */
export const provinceRdExpenditure: Converter = {
  id: "province-rd-expenditure",
  rawFiles: [FILE],
  convert(raw) {
    const codes = provinceCodes(raw);
    const rows: DataRow[] = raw.csv(FILE).map((r, i) => {
      const where = `province_rd_expenditure_bulletins.csv row ${i + 2}`;
      const [measure, rawUnit] = MEASURES[r.indicator ?? ""] ?? [];
      if (!measure || rawUnit !== r.unit) throw new Error(`${where}: unexpected indicator ${r.indicator} in unit "${r.unit}"`);
      const value = rawNumber(r.value, `${where} value`);
      if (value === undefined) throw new Error(`${where}: empty value`);
      const region = r.iso_3166_2 === "CN" ? "CN" : checkedProvince(codes, r.iso_3166_2, where);
      // A page address means a repost of the bulletin; the 2024 rows come from the bulletin's own text.
      const repost = /^https?:\/\//.test(r.source_url ?? "");
      return {
        region,
        period: r.year,
        measure,
        value,
        status: repost ? "secondary" : undefined,
        note: r.note || undefined,
        source: repost ? r.source_url : undefined,
      };
    });
    return [{ version: "1.0.0", rows }];
  },
};
