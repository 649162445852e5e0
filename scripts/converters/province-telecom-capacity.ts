/**
 * @module `province-telecom-capacity`: NBS provincial main telecom capacity (电信主要通信能力) — optical cable
 * length, long-distance optical cable, mobile switch capacity (2016–2024), local office switch capacity (2016–2020),
 * fixed long-distance switch capacity (2016–2019), 31 provinces. Source:
 * `china/added-2026-12/province_telecom_capacity_nbs.csv` (values read from the raw JSON the NBS portal returned).
 */
import { ADDED, portalConverter } from "./added-2026-12";

/** Converter of the NBS provincial telecom capacity table: each indicator with the raw unit its rows must carry. */
export const provinceTelecomCapacity = portalConverter("province-telecom-capacity", `${ADDED}/province_telecom_capacity_nbs.csv`, {
  optical_cable_length: "kilometres (公里)",
  long_distance_optical_cable_length: "10,000 kilometres (万公里)",
  mobile_switch_capacity: "10,000 subscribers (万户)",
  local_office_switch_capacity: "10,000 lines (万门)",
  fixed_long_distance_switch_capacity: "10,000 circuit ends (万路端)",
});
