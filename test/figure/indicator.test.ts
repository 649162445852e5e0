/**
 * The indicator figure (issue #11 item 1, #12 item 1): `<pa-indicator>` had no figure model — its title, unit,
 * series names, method and inputs were the widget's own strings and the charts Worker had no `indicator.svg`.
 * Results are hand-made in the API's shape (indicator-fixtures.ts) so each case is exact.
 */
import { describe, expect, it } from "vitest";
import { indicatorFigure } from "../../figure";
import { growth, method, theil, total } from "./indicator-fixtures";
import { NAMES } from "./load";

describe("indicator figure", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`stacks a decomposition with named components, a method note and exact inputs (${lang})`, () => {
      const f = indicatorFigure({ lang, result: theil, names: NAMES });
      expect(f.kind).toBe("indicator");
      expect(f.indicator?.draw).toBe("stack");
      expect(f.title).toBe(theil.title[lang]);
      expect(f.legend.map((l) => l.label)).toEqual(lang === "zh" ? ["组间", "组内"] : ["Between groups", "Within groups"]);
      // The unit is the axis title; a ratio's number stands alone (not "0.1比值（≥0）").
      expect(f.unit).toBe(theil.unit[lang]);
      expect(f.series[0]?.points[0]?.text).toBe(lang === "zh" ? "0.06" : "0.06");
      const ticks = f.y[0]?.ticks.map((t) => t.label) ?? [];
      expect(new Set(ticks).size).toBe(ticks.length);
      expect(f.x?.categories).toEqual(lang === "zh" ? ["2019年", "2020年", "2021年", "2022年"] : ["2019", "2020", "2021", "2022"]);
      // The method by its name in the reader's language and its version; the formula is the method block's.
      expect(f.notes[0]).toBe(lang === "zh" ? "方法：泰尔指数 T，方法版本 1.2.0。" : "Method: Theil index T, method version 1.2.0.");
      expect(f.indicator?.formula).toBe(method.formula);
      expect(f.notes).toContain(theil.warnings?.[0]?.[lang]);
      // Each input once, with its exact version; the method as indicator@version.
      expect(f.source.text.match(/province-population@1\.0\.0/g)).toHaveLength(1);
      for (const id of ["province-gdp@1.0.0:gdp", "province-population@1.0.0:population", "regions@1.0.0:group"])
        expect(f.source.text).toContain(id);
      expect(f.source.text).toContain("theil-t@1.2.0");
      expect(f.summary).toMatch(
        lang === "zh" ? /，其中组间0\.045、组内0\.03。$/ : /; of which between groups 0\.045, within groups 0\.03\.$/,
      );
      // Full precision in the table.
      expect(f.table?.rows[3]?.cells.map((c) => c.text)).toEqual(
        ["2022", "0.075", "0.045", "0.03"].map((t, i) => (i === 0 && lang === "zh" ? "2022年" : t)),
      );
    });

    it(`prints no English prose from the formula in its notes (${lang}; zh read "方法：CAGR = …, years = months between …")`, () => {
      const formula = "CAGR = 100 * ((x_end / x_start)^(1 / years) - 1), years = months between the starts of the two periods / 12";
      const f = indicatorFigure({ lang, result: { ...growth, method: { ...method, formula } }, names: NAMES });
      expect(f.notes.join("\n")).not.toContain("months between");
      if (lang === "zh") for (const note of f.notes) expect(note).not.toMatch(/[A-Za-z]{2,}\s+[A-Za-z]{2,}/);
      expect(f.indicator?.formula).toBe(formula);
    });

    it(`draws a line per region, named from the data, each with its own dash or marker (${lang})`, () => {
      const f = indicatorFigure({ lang, result: growth, names: NAMES, caption: "  " });
      expect(f.indicator?.draw).toBe("line");
      expect(f.title).toBe(growth.title[lang]);
      expect(f.series.map((s) => s.name)).toEqual(lang === "zh" ? ["广东省", "江苏省", "山东省"] : ["Guangdong", "Jiangsu", "Shandong"]);
      const cues = f.series.map((s) => `${s.dash.join(",")}|${s.marker}`);
      expect(new Set(cues).size).toBe(f.series.length);
      expect(f.legend.map((l) => l.marker)).toEqual(f.series.map((s) => s.marker));
      expect(f.x?.kind).toBe("time");
      expect(f.unit).toBe("%");
      expect(f.series[0]?.points.at(-1)?.text).toBe("8%");
      expect(f.summary).toContain(lang === "zh" ? "广东省由6%升至8%" : "Guangdong rose from 6% to 8%");
    });

    it(`says what one line computes, not its scope, in the summary (${lang})`, () => {
      // The home page's convergence chart read "China rose from 0.389 to 0.401": one series over the whole country.
      const national = { ...growth, results: growth.results.filter((r) => r.region === "CN-GD").map((r) => ({ ...r, region: "CN" })) };
      const f = indicatorFigure({ lang, result: national, names: NAMES, caption: "A caption, not a subject" });
      expect(f.summary).toMatch(lang === "zh" ? /^2018年至2022年，同比增长率由6%升至8%/ : /^Year-on-year growth rose from 6% to 8%/);
      expect(f.subtitle).toContain(lang === "zh" ? "全国" : "China");
    });

    it(`shows one result as a value in a scaled unit, and a caption as the title (${lang})`, () => {
      const f = indicatorFigure({ lang, result: total, names: NAMES, caption: "我的标题" });
      expect(f.title).toBe("我的标题");
      expect(f.indicator?.draw).toBe("value");
      expect(f.stat?.text).toBe(lang === "zh" ? "134.9万亿元" : "CNY 134.9 tn");
      expect(f.table?.rows[0]?.cells[1]?.text).toBe(lang === "zh" ? "1,349,083.5" : "1,349,083.5");
    });
  }

  it("draws at most twelve regions and says how many more the table has", () => {
    const provinces = Object.keys(NAMES ?? {}).filter((c) => NAMES?.[c]?.kind === "province");
    const many = { ...growth, results: provinces.flatMap((region, i) => ["2021", "2022"].map((period) => ({ period, region, value: i }))) };
    const f = indicatorFigure({ lang: "zh", result: many, names: NAMES });
    expect(f.series).toHaveLength(12);
    expect(f.notes.at(-1)).toBe(`另有${provinces.length - 12}个地区未画出，数值见数据表。`);
    expect(f.table?.rows).toHaveLength(provinces.length * 2);
  });

  it('writes "—" for a missing component', () => {
    const gap = structuredClone(theil);
    (gap.results[0] as { components: Record<string, number | null> }).components.between = null;
    const f = indicatorFigure({ lang: "en", result: gap, names: NAMES });
    expect(f.indicator?.draw).toBe("line");
    expect(f.table?.rows[0]?.cells[2]?.text).toBe("—");
  });
});
