/**
 * Every element in a real Chromium, drawing data served by the real worker (`wrangler dev`), in Chinese and
 * English, light and dark: the DOM (caption, summary, table) and the pixels (canvas, tiles) are asserted.
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import type { Figure } from "../../figure/model";
import { cleanup, mount, once, paintedPixels, pixelsOf, rowText, shadow, shadowAll, THEIL, text } from "./helpers/dom";

const api = inject("apiBase");

afterEach(cleanup);

const LIGHT = { bg: "rgb(255, 255, 255)", c1: "#0072b2" };
const DARK = { bg: "rgb(13, 17, 23)", c1: "#56b4e9" };
const schemes = [
  ["light", LIGHT],
  ["dark", DARK],
] as const;

/** Mounts, waits for data and (for charts) the painted chart. */
async function show<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, chart: boolean, inline?: unknown) {
  const element = mount(tag, { api, ...attributes }, { inline });
  const drawn = chart ? once(element, "pa-draw") : undefined;
  const loaded = await once(element, "pa-load");
  await drawn;
  return { element, loaded };
}

const frameBg = (element: Element) => getComputedStyle(shadow(element, ".frame") as Element).backgroundColor;

describe("<pa-chart>", () => {
  for (const [theme, colors] of schemes) {
    it(`should draw lines in English, ${theme}`, async () => {
      const { element, loaded } = await show(
        "pa-chart",
        { dataset: "internet-users@1.0.0", measure: "penetration_pct,rural_penetration_pct", lang: "en", theme },
        true,
      );
      expect(loaded.detail).toMatchObject({ dataset: "internet-users", version: "1.0.0", stale: false });
      const canvas = shadow<HTMLCanvasElement>(element, "canvas");
      expect(paintedPixels(canvas)).toBeGreaterThan(2000);
      expect(pixelsOf(canvas, colors.c1)).toBeGreaterThan(100);
      expect(frameBg(element)).toBe(colors.bg);
      // The takeaway is the first clause; the full summary stays the accessible description (#summary).
      expect(text(shadow(element, ".summary"))).toBe("Internet penetration rose from 12.3% to 78.6% from Jun 2007 to Dec 2024.");
      expect(text(shadow(element, "#summary"))).toMatch(/^Internet penetration rose from 12\.3% to 78\.6% from Jun 2007 to Dec 2024; /);
      // The title says what is plotted (issue #11: it named the dataset).
      expect(text(shadow(element, "figcaption"))).toBe("Internet penetration and Rural internet penetration");
      expect((element as unknown as { figure: { y: { ticks: { label: string }[] }[] } }).figure.y[0]?.ticks.map((t) => t.label)).toEqual([
        "0",
        "20",
        "40",
        "60",
        "80",
      ]);
      expect(shadowAll(element, ".legend li").map(text)).toEqual(["Internet penetration", "Rural internet penetration"]);
    });

    it(`should draw bars in Chinese, ${theme}`, async () => {
      const { element } = await show(
        "pa-chart",
        { dataset: "province-gdp@1.0.0", region: "CN-GD,CN-LN", period: "2022..2024", kind: "bar", lang: "zh", theme },
        true,
      );
      expect(pixelsOf(shadow<HTMLCanvasElement>(element, "canvas"), colors.c1)).toBeGreaterThan(500);
      expect(frameBg(element)).toBe(colors.bg);
      expect(text(shadow(element, ".summary"))).toMatch(/^2022年至2024年，广东省由.+万亿元升至14\.1万亿元。$/);
      const rows = shadowAll(element, "tbody tr").map(rowText);
      expect(rows.at(-1)).toBe("2024年 141,488.9 32,540.8");
    });
  }

  it("should fill the width it is given, from 280 px up", async () => {
    for (const width of [280, 900]) {
      const element = mount("pa-chart", { api, dataset: "internet-users@1.0.0", measure: "penetration_pct", lang: "en" }, { width });
      await once(element, "pa-draw");
      const canvas = shadow<HTMLCanvasElement>(element, "canvas") as HTMLCanvasElement;
      const plot = canvas.parentElement?.getBoundingClientRect();
      expect(Math.abs(canvas.getBoundingClientRect().width - (plot?.width ?? 0))).toBeLessThan(2);
      expect(element.getBoundingClientRect().width).toBe(width);
      expect(element.scrollWidth).toBeLessThanOrEqual(width);
      element.remove();
    }
  });
});

describe("<pa-ranking>", () => {
  for (const [theme, colors] of schemes) {
    for (const lang of ["zh", "en"] as const) {
      it(`should rank the provinces and colour them by group, ${lang}, ${theme}`, async () => {
        const { element } = await show("pa-ranking", { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang, theme }, true);
        const canvas = shadow<HTMLCanvasElement>(element, "canvas");
        // East is the first group colour; Guangdong's bar alone is thousands of pixels.
        expect(pixelsOf(canvas, colors.c1)).toBeGreaterThan(2000);
        const first = rowText(shadow(element, "tbody tr"));
        const last = rowText(shadowAll(element, "tbody tr").at(-1));
        if (lang === "zh") {
          expect(first).toBe("1 广东省 东部地区 141,488.9");
          expect(last).toBe("31 西藏自治区 西部地区 2,789.1");
          expect(text(shadow(element, ".summary"))).toBe(
            "2024年，31个地区中地区生产总值最高的是广东省（14.1万亿元），最低的是西藏自治区（2,789亿元）。",
          );
          expect(shadowAll(element, ".legend li").map(text)).toEqual(["东部地区", "中部地区", "西部地区", "东北地区"]);
        } else {
          expect(first).toBe("1 Guangdong East 141,488.9");
          expect(text(shadow(element, ".summary"))).toMatch(
            /^In 2024, Guangdong ranked first in gross regional product \(CNY 14\.1 tn\) and Tibet last \(CNY 278\.9 bn\)/,
          );
        }
        expect(frameBg(element)).toBe(colors.bg);
      });
    }
  }
});

describe("<pa-share>", () => {
  for (const [theme, colors] of schemes) {
    for (const lang of ["zh", "en"] as const) {
      it(`should stack the four groups' shares to 100%, ${lang}, ${theme}`, async () => {
        const { element } = await show(
          "pa-share",
          { dataset: "province-gdp@1.0.0", measure: "gdp", by: "group", period: "2020..2024", lang, theme },
          true,
        );
        expect(pixelsOf(shadow<HTMLCanvasElement>(element, "canvas"), colors.c1)).toBeGreaterThan(2000);
        const rows = shadowAll(element, "tbody tr");
        expect(rows).toHaveLength(5);
        for (const row of rows) {
          const shares = [...row.querySelectorAll("td")].map((td) => Number(td.textContent));
          expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
        }
        expect(text(shadow(element, ".summary"))).toMatch(
          lang === "zh" ? /^2020年至2024年，东部地区占比由/ : /^East share (rose|fell) from [\d.]+% to [\d.]+% from 2020 to 2024/,
        );
        // Drawn from the figure model: group names (not codes) in the legend, each with a hatch beside its colour.
        const figure = (element as unknown as { figure: Figure }).figure;
        expect(figure.title).toBe(lang === "zh" ? "地区生产总值：四大地区占比" : "Gross regional product: shares of the four NBS regions");
        expect(shadowAll(element, ".legend li").map(text)).toEqual(
          lang === "zh" ? ["东部地区", "中部地区", "西部地区", "东北地区"] : ["East", "Central", "West", "Northeast"],
        );
        expect(shadowAll(element, ".legend pattern")).toHaveLength(3);
      });
    }
  }
});

describe("<pa-tilemap>", () => {
  for (const [theme, colors] of schemes) {
    for (const lang of ["zh", "en"] as const) {
      it(`should shade 31 tiles in five classes, ${lang}, ${theme}`, async () => {
        const { element } = await show("pa-tilemap", { dataset: "province-gdp@1.0.0", measure: "gdp", period: "2024", lang, theme }, false);
        const tiles = shadowAll<SVGRectElement>(element, "svg.map rect");
        expect(tiles).toHaveLength(31);
        expect(element.tiles["CN-GD"]).toBe(4);
        expect(element.tiles["CN-XZ"]).toBe(0);
        expect(new Set(Object.values(element.tiles))).toEqual(new Set([0, 1, 2, 3, 4]));
        const gd = shadow(element, '[data-region="CN-GD"]');
        // The top class: darkest blue on light, brightest on dark (the dark map's #08306b vanished on #0d1117).
        expect(getComputedStyle(gd?.querySelector("rect") as Element).fill).toBe(
          theme === "dark" ? "rgb(227, 238, 250)" : "rgb(8, 48, 107)",
        );
        // Names, not codes: the en tile map showed "GD", "HL", "NM".
        expect(text(gd?.querySelector("text"))).toBe(lang === "zh" ? "广东" : "Guangdong");
        expect(shadowAll(element, ".legend li svg")).toHaveLength(5);
        expect(text(shadowAll(element, ".legend li").at(-1))).toBe(lang === "zh" ? "单位：万亿元" : "Unit: CNY trillion");
        expect(frameBg(element)).toBe(colors.bg);
      });
    }
  }
});

describe("<pa-stat>", () => {
  for (const [theme, colors] of schemes) {
    for (const lang of ["zh", "en"] as const) {
      it(`should show the latest value, its change in points and an SVG sparkline, ${lang}, ${theme}`, async () => {
        const { element } = await show("pa-stat", { dataset: "internet-users@1.0.0", measure: "penetration_pct", lang, theme }, false);
        expect(text(shadow(element, ".value"))).toBe("78.6%");
        expect(text(shadow(element, ".change"))).toBe(
          lang === "zh" ? "2024年12月 · 比2024年6月增加0.6个百分点" : "Dec 2024 · up 0.6 pp on Jun 2024",
        );
        const path = shadow(element, ".spark path")?.getAttribute("d") ?? "";
        expect(path.match(/[ML]/g)).toHaveLength(shadowAll(element, "tbody tr").length);
        expect(getComputedStyle(shadow(element, ".spark path") as Element).stroke).toBe(
          theme === "dark" ? "rgb(86, 180, 233)" : "rgb(0, 114, 178)",
        );
        expect(shadow(element, "canvas")).toBeNull();
        expect(frameBg(element)).toBe(colors.bg);
      });
    }
  }
});

describe("inline data", () => {
  it("should draw from a child <script type=application/json> and follow attribute changes", async () => {
    const body = await fetch(`${api}/v1/datasets/province-gdp@1.0.0/data.json?region=CN-GD,CN-LN&period=2023..2024`).then((r) => r.json());
    // The data is inline; region names still come from the API (`api`, else the script's origin).
    const element = mount("pa-stat", { api, region: "CN-GD", lang: "zh" }, { inline: body });
    const loaded = await once(element, "pa-load");
    expect(loaded.detail).toMatchObject({ dataset: "province-gdp", version: "1.0.0" });
    // Scaled for reading (issue #11: "1,349,083.5 亿元"); the table keeps full precision.
    expect(text(shadow(element, ".value"))).toBe("14.1万亿元");
    expect(text(shadow(element, "figcaption"))).toBe("广东省地区生产总值");
    element.setAttribute("region", "CN-LN");
    await element.updateComplete;
    expect(text(shadow(element, ".value"))).toBe("3.25万亿元");
  });
});

describe("<pa-table>", () => {
  for (const [theme, colors] of schemes) {
    for (const lang of ["zh", "en"] as const) {
      it(`should list the rows and sort by any column, ${lang}, ${theme}`, async () => {
        const { element } = await show(
          "pa-table",
          { dataset: "province-gdp@1.0.0", group: "northeast", period: "2022..2024", lang, theme },
          false,
        );
        const rows = () => shadowAll(element, "tbody tr").map(rowText);
        expect(rows()).toHaveLength(9);
        expect(rows()[0]).toBe(lang === "zh" ? "黑龙江省 2022年 16,359.2" : "Heilongjiang 2022 16,359.2");
        const sortButton = () => shadowAll<HTMLButtonElement>(element, "thead th button")[2] as HTMLButtonElement;
        expect(shadowAll(element, "thead th").map((h) => h.getAttribute("aria-sort"))).toEqual(["none", "none", "none"]);
        sortButton().click();
        await element.updateComplete;
        expect(rows()[0]).toBe(lang === "zh" ? "辽宁省 2024年 32,540.8" : "Liaoning 2024 32,540.8");
        expect(shadowAll(element, "thead th")[2]?.getAttribute("aria-sort")).toBe("descending");
        sortButton().click();
        await element.updateComplete;
        expect(shadowAll(element, "thead th")[2]?.getAttribute("aria-sort")).toBe("ascending");
        expect(frameBg(element)).toBe(colors.bg);
      });
    }
  }
});

describe("<pa-indicator>", () => {
  const url = `${api}/v1/indicators/${THEIL.indicator}?${THEIL.params}`;
  /** The cells of a row under the headers matching `labels`, as numbers. */
  const numbers = (element: Element, row: Element, labels: RegExp[]) => {
    const headers = shadowAll(element, "thead th").map(text);
    return labels.map((label) => Number(text(row.children[headers.findIndex((h) => label.test(h))]).replace(/,/g, "")));
  };

  for (const [theme, colors] of schemes) {
    for (const lang of ["zh", "en"] as const) {
      it(`should stack the API's Theil T decomposition and show its method, inputs and warnings, ${lang}, ${theme}`, async () => {
        const result = await fetch(url).then((r) => r.json());
        const { element, loaded } = await show("pa-indicator", { ...THEIL, lang, theme }, true);
        expect(loaded.detail).toMatchObject({ id: "theil-t", version: result.method.version });
        expect(pixelsOf(shadow<HTMLCanvasElement>(element, "canvas"), colors.c1)).toBeGreaterThan(500);
        const rows = shadowAll(element, "tbody tr");
        expect(rows).toHaveLength(result.results.length);
        const labels = lang === "zh" ? [/^数值/, /^组间$/, /^组内$/] : [/^Value/, /^Between groups$/, /^Within groups$/];
        for (const row of rows) {
          const [value, between, within] = numbers(element, row, labels);
          expect((between ?? 0) + (within ?? 0)).toBeCloseTo(value ?? 0, 2);
        }
        expect(shadowAll(element, ".legend li").map(text)).toEqual(lang === "zh" ? ["组间", "组内"] : ["Between groups", "Within groups"]);
        expect(text(shadow(element, ".method"))).toContain("province-gdp@1.0.0:gdp, province-population@1.0.0:population");
        // The formula is math only; what its symbols stand for is in the reader's language beside it.
        expect(text(shadow(element, ".method code"))).toBe(result.method.formula);
        expect(text(shadow(element, ".method .where"))).toBe(result.method.where[lang]);
        // The API's warnings are notes of the figure (so the PNG and the SVG carry them too).
        expect(shadowAll(element, ".notes li").map(text)).toContain(result.warnings[0][lang]);
        expect(text(shadow(element, ".summary"))).toMatch(
          lang === "zh" ? /，其中组间[\d.]+、组内[\d.]+。$/ : /; of which between groups [\d.]+, within groups [\d.]+\.$/,
        );
        // The figure model is the element's: named components, the unit on the axis, the inputs in the source line.
        const figure = (element as unknown as { figure: Figure }).figure;
        expect(figure.kind).toBe("indicator");
        expect(figure.legend.map((l) => l.label)).toEqual(lang === "zh" ? ["组间", "组内"] : ["Between groups", "Within groups"]);
        expect(text(shadow(element, ".source"))).toBe(figure.source.text);
        expect(figure.source.text).toContain("province-population@1.0.0:population");
      });
    }
  }

  it('should read the same shape inline, show value classes, and write "—" for a missing component', async () => {
    const result = await fetch(url).then((r) => r.json());
    result.results[0].components.between = null;
    result.results[0].class = "test-class";
    const { element } = await show("pa-indicator", { lang: "en" }, true, result);
    const first = shadow(element, "tbody tr");
    const headers = shadowAll(element, "thead th").map(text);
    expect(headers.at(-1)).toBe("Class");
    expect(text(first?.children[headers.indexOf("Between groups")])).toBe("—");
    expect(text(first?.children[headers.length - 1])).toBe("test-class");
    // With a gap, between + within no longer adds up: a line, not a stack.
    expect(shadow(element, ".legend")).toBeNull();
  });
});

describe("requests", () => {
  it("should ask once when two elements need the same data", async () => {
    const attributes = { api, dataset: "province-gdp@1.0.0", measure: "gdp", period: "2019", lang: "en" };
    const map = mount("pa-tilemap", attributes);
    const table = mount("pa-table", attributes);
    await Promise.all([once(map, "pa-load"), once(table, "pa-load")]);
    const url = `${api}/v1/datasets/province-gdp@1.0.0/data.json?measure=gdp&period=2019`;
    expect(performance.getEntriesByType("resource").filter((e) => e.name === url)).toHaveLength(1);
  });
});
