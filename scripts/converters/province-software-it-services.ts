/**
 * @module `province-software-it-services`: NBS provincial software and IT services industry (软件和信息技术服务业主要
 * 经济指标) — software business revenue and its components, software exports — 30 provinces (no Tibet) × 2016–2024.
 * Source: `china/added-2026-12/province_software_it_services_nbs.csv` (values read from the raw JSON the NBS data
 * portal returned).
 */
import { ADDED, portalRow, readPortalFile } from "./added-2026-12";
import type { Converter, DataRow } from "./converter";

const FILE = `${ADDED}/province_software_it_services_nbs.csv`;

const FLOW = "10,000 yuan (万元)";

/** Each published indicator with the raw unit its rows must carry. */
const RAW_UNITS = {
  software_business_revenue: FLOW,
  software_product_revenue: FLOW,
  it_services_revenue: FLOW,
  information_security_revenue: FLOW,
  embedded_system_software_revenue: FLOW,
  software_exports: "10,000 US dollars (万美元)",
};

/** A value is noted as a jump when it is more than this many times, or less than this fraction of, both neighbours. */
const JUMP = 10;
const JUMP_NOTE =
  "jump in the source: more than ten times, or less than a tenth of, both adjacent years' values; published as the portal returned it, not corrected";

/** Converter of the NBS provincial software and IT services table. */
export const provinceSoftwareItServices: Converter = {
  id: "province-software-it-services",
  rawFiles: [FILE],
  convert(raw) {
    const cells = readPortalFile(raw, FILE, RAW_UNITS);
    const valueAt = new Map(cells.map((c) => [`${c.region}|${c.indicator}|${c.year}`, c.value]));
    const jumps = (c: (typeof cells)[number]) => {
      const around = [Number(c.year) - 1, Number(c.year) + 1].map((y) => valueAt.get(`${c.region}|${c.indicator}|${y}`));
      if (around.some((v) => v === undefined || v === 0)) return false;
      const ratios = around.map((v) => c.value / (v as number));
      return ratios.every((r) => r > JUMP) || ratios.every((r) => r < 1 / JUMP);
    };
    const rows: DataRow[] = cells.map((c) => ({ ...portalRow(c), note: jumps(c) ? JUMP_NOTE : undefined }));
    return [{ version: "1.0.0", rows }];
  },
};
