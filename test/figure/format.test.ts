/**
 * Numbers and periods (issue #11 item 2): scaled by magnitude per language, a few significant figures, "—" for
 * missing, per cent vs percentage points; ticks that never repeat and cover the data (property tests).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatChange, formatPeriod, formatValue, unitInfo, valueAxis } from "../../figure";
import { niceTicks } from "../../figure/axis/value-axis";

const YI_YUAN = { zh: "亿元", en: "100 million yuan" };
const WAN_REN = { zh: "万人", en: "10,000 persons" };
const USD = { zh: "现价美元", en: "current US$" };

describe("formatValue", () => {
  it("scales yuan to 万亿 / tn (was '1,349,083.5 亿元' and '1,349,083.5 100 million yuan')", () => {
    expect(formatValue(1_349_083.5, YI_YUAN, "zh", { decimals: 1 })).toBe("134.9万亿元");
    expect(formatValue(1_349_083.5, YI_YUAN, "en", { decimals: 1 })).toBe("CNY 134.9 tn");
  });
  it("scales people to 亿人 / billion", () => {
    expect(formatValue(140_828, WAN_REN, "zh")).toBe("14.1亿人");
    expect(formatValue(141_008, WAN_REN, "zh", { decimals: 0 })).toBe("14.1亿人");
    expect(formatValue(141_008, WAN_REN, "en", { decimals: 0 })).toBe("1.41 billion persons");
  });
  it("scales current US$ (was '59,846,235,024.73 现价美元')", () => {
    expect(formatValue(19.5e12, USD, "en")).toBe("US$19.5 tn");
    expect(formatValue(59_846_235_024.73, USD, "zh")).toBe("598.5亿美元");
    expect(formatValue(59_846_235_024.73, USD, "en")).toBe("US$59.8 bn");
  });
  it("does not repeat a descriptor unit after the number (was '0.479 系数（0—1）')", () => {
    expect(formatValue(0.479, { zh: "系数（0—1）", en: "coefficient (0–1)" }, "zh", { decimals: 3 })).toBe("0.479");
  });
  it("writes per cent and missing values", () => {
    expect(formatValue(71.6, { zh: "%", en: "%" }, "zh", { decimals: 1 })).toBe("71.6%");
    expect(formatValue(12.34, { zh: "占 GDP 的百分比", en: "% of GDP" }, "en")).toBe("12.3%");
    expect(formatValue(null, YI_YUAN, "zh")).toBe("—");
    expect(formatValue(Number.NaN, YI_YUAN, "en")).toBe("—");
  });
  it("never shows more decimals than the source prints when unscaled", () => {
    expect(formatValue(5.2, { zh: "元", en: "yuan" }, "zh", { decimals: 1 })).toBe("5.2元");
    expect(formatValue(2765, YI_YUAN, "zh", { decimals: 1 })).toBe("2,765亿元");
  });
});

describe("formatChange", () => {
  it("percentage points for a per cent, relative change otherwise", () => {
    expect(formatChange(70.2, 71.6, { zh: "%", en: "%" }, "zh")).toBe("+1.4个百分点");
    expect(formatChange(70.2, 71.6, { zh: "%", en: "%" }, "en")).toBe("+1.4 pp");
    expect(formatChange(100, 95, YI_YUAN, "en")).toBe("−5.0%");
    expect(formatChange(0, 5, YI_YUAN, "en")).toBeUndefined();
  });
});

describe("formatPeriod (one formatter for site and widgets)", () => {
  it("writes quarters as 2021年第3季度 / Q3 2021 (the site wrote '2021年Q3')", () => {
    expect(formatPeriod("2021-Q3", "zh")).toBe("2021年第3季度");
    expect(formatPeriod("2021-Q3", "en")).toBe("Q3 2021");
    expect(formatPeriod("2021-06", "zh")).toBe("2021年6月");
    expect(formatPeriod("2021-06", "en")).toBe("Jun 2021");
    expect(formatPeriod("2021-H1", "zh")).toBe("2021年上半年");
    expect(formatPeriod("2021", "zh")).toBe("2021年");
  });
});

describe("unitInfo", () => {
  it("reads multipliers and roles from the metadata's unit text", () => {
    expect(unitInfo(YI_YUAN)).toMatchObject({ multiplier: 1e8, role: "count", currency: "CNY" });
    expect(unitInfo({ zh: "百万人", en: "million persons" })).toMatchObject({ multiplier: 1e6, role: "count" });
    expect(unitInfo({ zh: "百分点", en: "percentage points" }).role).toBe("points");
    expect(unitInfo({ zh: "元/人", en: "yuan per person" }).role).toBe("suffix");
  });
});

/** Parses a tick label back to a number (grouping removed, Unicode minus). */
const parseLabel = (label: string) => Number(label.replace(/[,\s]/g, "").replace("−", "-"));

describe("value axis ticks (property)", () => {
  const range = fc
    .tuple(
      fc.double({ min: -3, max: 12, noNaN: true }),
      fc.double({ min: 0.001, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(([exp, width, offset]) => {
      const lo = 10 ** exp * (0.1 + offset);
      return [lo, lo * (1 + width * 3)] as const;
    });
  const units = fc.constantFrom(YI_YUAN, WAN_REN, USD, { zh: "%", en: "%" }, { zh: "系数（0—1）", en: "coefficient (0–1)" });

  it("ticks are distinct, cover the data and their labels are the scaled value within display precision", () => {
    fc.assert(
      fc.property(range, units, fc.constantFrom("zh" as const, "en" as const), ([lo, hi], unit, lang) => {
        const axis = valueAxis("y", [lo, hi], unitInfo(unit), lang, { zero: "never" });
        const labels = axis.ticks.map((t) => t.label);
        expect(new Set(labels).size).toBe(labels.length);
        expect(axis.ticks[0]?.value).toBeLessThanOrEqual(lo * (1 + 1e-9));
        expect(axis.ticks.at(-1)?.value).toBeGreaterThanOrEqual(hi * (1 - 1e-9));
        for (const t of axis.ticks) {
          const shown = parseLabel(t.label);
          expect(Math.abs(shown - t.value / axis.scale.divisor)).toBeLessThanOrEqual(
            0.5 * 10 ** -axis.scale.decimals + 1e-9 * Math.abs(shown),
          );
        }
        expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
        expect(axis.ticks.length).toBeLessThanOrEqual(12);
      }),
      { numRuns: 400 },
    );
  });

  it("0.465–0.491 (the Gini) gets distinct ticks, not '0.5' five times", () => {
    const axis = valueAxis("y", [0.465, 0.491], unitInfo({ zh: "系数（0—1）", en: "coefficient (0–1)" }), "zh");
    expect(new Set(axis.ticks.map((t) => t.label)).size).toBe(axis.ticks.length);
    expect(axis.ticks.map((t) => t.label)).toContain("0.47");
  });

  it("niceTicks covers single values", () => {
    const { ticks } = niceTicks(5, 5);
    expect(ticks[0]).toBeLessThan(5);
    expect(ticks.at(-1)).toBeGreaterThan(5);
  });
});

describe("one period formatter for site and widgets", () => {
  it("the site's formatPeriod is the figure's (the site wrote '2021年Q3')", async () => {
    const site = await import("../../scripts/build/site/i18n");
    expect(site.formatPeriod("2021-Q3", "zh")).toBe("2021年第3季度");
    expect(site.formatPeriod).toBe(formatPeriod);
  });
});

describe("licence names", () => {
  it("names every licence id in the data in zh (licence text was English on zh pages)", async () => {
    const { licenceName } = await import("../../figure/licence");
    expect(licenceName("CC-BY-4.0 AND attribution-required", "zh")).toBe(
      "知识共享署名 4.0 国际许可协议（CC BY 4.0）；并且须注明出处（来源未声明开放许可）",
    );
    for (const id of ["MIT AND LGPL-2.1-or-later", "no-open-licence"]) expect(licenceName(id, "zh")).toMatch(/[\u4e00-\u9fff]/);
  });
});
