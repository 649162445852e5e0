/**
 * Every element in a real Chromium, drawing data served by the real worker (`wrangler dev`), in Chinese and
 * English, light and dark: the DOM (caption, summary, table) and the pixels (canvas, tiles) are asserted.
 */
import { afterEach, describe, expect, inject, it } from "vitest";
import { cleanup, mount, once, paintedPixels, pixelsOf, rowText, shadow, shadowAll, text, until } from "./helpers/dom";

const api = inject("apiBase");
const pageBase = inject("pageBase");

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
      expect(text(shadow(element, ".summary"))).toMatch(/^Internet penetration rose from 12\.3% to 78\.6% from Jun 2007 to Dec 2024; /);
      expect(text(shadow(element, "figcaption"))).toBe("Internet users and penetration in China");
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
      expect(text(shadow(element, ".summary"))).toMatch(
        /^2022年至2024年，广东省由.+亿元升至141,488\.9 亿元；2022年至2024年，辽宁省由29,739\.7 亿元升至32,540\.8 亿元。$/,
      );
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
          expect(first).toBe("1 广东省 东部 141,488.9");
          expect(last).toBe("31 西藏自治区 西部 2,789.1");
          expect(text(shadow(element, ".summary"))).toBe(
            "2024年，31个地区中地区生产总值最高的是广东省（141,488.9 亿元），最低的是西藏自治区（2,789.1 亿元）。",
          );
          expect(shadowAll(element, ".legend li").map(text)).toEqual(["东部", "中部", "西部", "东北"]);
        } else {
          expect(first).toBe("1 Guangdong East 141,488.9");
          expect(text(shadow(element, ".summary"))).toMatch(
            /^In 2024, Guangdong had the highest gross regional product \(141,488\.9 100 million yuan\) and Tibet the lowest/,
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
          lang === "zh" ? /^2020年至2024年，东部占比由/ : /^East share (rose|fell) from [\d.]+% to [\d.]+% from 2020 to 2024/,
        );
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
        expect(getComputedStyle(gd?.querySelector("rect") as Element).fill).toBe("rgb(8, 81, 156)");
        expect(text(gd?.querySelector("text"))).toBe(lang === "zh" ? "广东" : "GD");
        expect(shadowAll(element, ".legend li")).toHaveLength(5);
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
          lang === "zh" ? "2024年12月 · 较2024年6月 +0.6 个百分点" : "Dec 2024 · +0.6 pp since Jun 2024",
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
  const fixture = () => fetch(`${pageBase}/theil.json`).then((r) => r.json());

  for (const [theme, colors] of schemes) {
    for (const lang of ["zh", "en"] as const) {
      it(`should stack a decomposition and show its method and inputs, ${lang}, ${theme}`, async () => {
        const result = await fixture();
        const { element, loaded } = await show("pa-indicator", { lang, theme }, true, result);
        expect(loaded.detail).toMatchObject({ id: "theil-t", version: "0.0.0-fixture" });
        expect(pixelsOf(shadow<HTMLCanvasElement>(element, "canvas"), colors.c1)).toBeGreaterThan(500);
        const rows = shadowAll(element, "tbody tr");
        expect(rows).toHaveLength(5);
        // Value = between + within, as computed from the worker's rows.
        for (const row of rows) {
          const [value, between, within] = [...row.querySelectorAll("td")].slice(-3).map((td) => Number(td.textContent));
          expect((between ?? 0) + (within ?? 0)).toBeCloseTo(value ?? 0, 2);
        }
        expect(shadowAll(element, ".legend li").map(text)).toEqual(lang === "zh" ? ["组间", "组内"] : ["Between groups", "Within groups"]);
        expect(text(shadow(element, ".method"))).toContain("province-gdp@1.0.0:gdp");
        expect(text(shadow(element, ".summary"))).toMatch(
          lang === "zh" ? /，其中组间 [\d.]+、组内 [\d.]+。$/ : /; of which Between groups [\d.]+, Within groups [\d.]+\.$/,
        );
      });
    }
  }

  it("should read the result from the API when given an indicator id", async () => {
    const element = mount("pa-indicator", {
      api: `${inject("faultBase")}/indicators`,
      indicator: "theil-t",
      params: "dataset=province-gdp@1.0.0&measure=gdp",
      lang: "en",
    });
    await once(element, "pa-load");
    await until(() => shadowAll(element, "tbody tr").length === 5, 5000, "rows");
  });
});
