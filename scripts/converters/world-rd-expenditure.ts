/**
 * @module `world-rd-expenditure`: gross domestic expenditure on research and development as % of GDP,
 * economies and WB aggregates, 1996–2024 (WDI, 2026-07 vintage).
 */
import type { Converter } from "./converter";
import { type DatahubMeasureSpec, datahubFiles, datahubMeasures, WDI_CAVEAT, WDI_LICENCE } from "./world-bank";

const SPECS: DatahubMeasureSpec[] = [
  {
    indicator: "gb.xpd.rsdv.gd.zs",
    measure: "rd_expenditure_pct_gdp",
    title: "研究与试验发展（R&D）经费支出（占 GDP 的百分比）",
    unit: { zh: "占 GDP 的百分比", en: "% of GDP" },
    definitionZh:
      "研究与试验发展（R&D）国内总支出占 GDP 的百分比，包括企业、政府、高等教育和私人非营利四个部门的资本性和经常性支出。R&D 包括基础研究、应用研究和试验发展。",
    vintage: "july2026",
  },
];

/** Converter of the WDI R&D expenditure indicator. */
export const worldRdExpenditure: Converter = {
  id: "world-rd-expenditure",
  rawFiles: datahubFiles(SPECS),
  convert(raw) {
    const { measures, rows, sources } = datahubMeasures(raw, SPECS);
    return {
      meta: {
        id: "world-rd-expenditure",
        title: { zh: "世界各国研发经费投入强度", en: "Research and development expenditure in the world's economies" },
        description: {
          zh: "世界银行世界发展指标（WDI）：研究与试验发展（R&D）经费支出占 GDP 的百分比，含各经济体与世行汇总，1996—2024年。",
          en: "World Bank World Development Indicators: gross domestic expenditure on research and development as % of GDP, for economies and WB aggregates, 1996–2024.",
        },
        themes: ["digital-economy"],
        kind: "observations",
        measures,
        licence: WDI_LICENCE,
        sources,
        caveats: [
          WDI_CAVEAT,
          {
            zh: "覆盖不全（约195个经济体和汇总），许多国家仅有部分年份；最近年份常缺失。",
            en: "Coverage is partial (about 195 economies and aggregates) and many countries have only some years; the latest years are often missing.",
          },
        ],
        keywords: ["R&D", "研发", "research and development", "WDI"],
      },
      versions: [{ meta: { version: "1.0.0", published: "2026-11-28", changes: { zh: "首次发布。", en: "First release." } }, rows }],
    };
  },
};
