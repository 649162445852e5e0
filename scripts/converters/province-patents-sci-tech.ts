/**
 * @module `province-patents-sci-tech`: NBS provincial patents (applications, grants, invention patents), technology
 * market turnover, local fiscal science & technology expenditure and local general public budget expenditure,
 * 31 provinces × 2011–2024. Source: `china/added-2026-12/province_patents_sci_tech_nbs.csv` (eight NBS data-portal
 * exports whose indicator labels were inferred — the exports carry no "指标：" line).
 */
import { ADDED, portalConverter } from "./added-2026-12";

/**
 * Converter of the NBS provincial patent and fiscal science exports: each indicator with the raw unit its rows must
 * carry. The patent and fiscal labels are inferred (the exports have no indicator line); `dataset.json` says so.
 */
export const provincePatentsSciTech = portalConverter("province-patents-sci-tech", `${ADDED}/province_patents_sci_tech_nbs.csv`, {
  patent_applications: "applications (件)",
  invention_patent_applications: "applications (件)",
  patents_granted: "patents (件)",
  invention_patents_granted: "patents (件)",
  technology_market_turnover: "100 million yuan (亿元)",
  local_fiscal_expenditure_science_technology: "100 million yuan (亿元)",
  local_general_public_budget_expenditure: "100 million yuan (亿元)",
});
