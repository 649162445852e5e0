/**
 * Source lines stay lines: a dataset read from many reports (national-gini: one NBS release per year, eight
 * reposts) is cited by publisher and span, not by a wall of every report, while the figure's `primary` and `via`
 * keep the full list for the dataset page and the citation.
 */
import { describe, expect, it } from "vitest";
import { buildFigure } from "../../figure";
import { sourceLine } from "../../figure/source";
import { load } from "./load";

const source = (id: string, version: string, lang: "zh" | "en") => buildFigure({ ...load(id, version), lang }).source;

describe("condensed source lines", () => {
  for (const [id, version] of [
    ["national-gini", "1.1.0"],
    ["platform-market-shares", "1.0.0"],
    ["province-income-urban-rural", "1.0.0"],
    ["province-rd-expenditure", "1.0.0"],
  ] as const)
    it(`keeps ${id}'s line short in zh and en, and its full list in primary and via`, () => {
      const zh = source(id, version, "zh");
      const en = source(id, version, "en");
      // Was 600+ characters for national-gini (a 480 px footer in a 360 px widget).
      expect(zh.text.length, zh.text).toBeLessThan(150);
      expect(en.text.length, en.text).toBeLessThan(300);
      expect(zh.via.length + zh.primary.length).toBeGreaterThan(2);
      expect(zh.text).toContain(`${id}@${version}`);
    });

  it("cites editions of one title as one span: 《…》2020—2024年各版 / 2020–2024 editions", () => {
    const edition = (year: number) => ({
      publisher: { zh: "国家统计局", en: "NBS" },
      title: "mirror",
      repository: `someone/yearbook-${year}`,
      primary: {
        publisher: { zh: "国家统计局", en: "NBS" },
        title: { zh: `中国统计年鉴${year}`, en: `China Statistical Yearbook ${year}` },
        date: String(year),
      },
    });
    const sources = [2004, 2010, 2024].map(edition);
    expect(sourceLine({ dataset: "x", version: "1.0.0", sources }, "zh").text).toBe(
      "来源：国家统计局《中国统计年鉴》2004—2024年各版，经由3处转载与镜像。数据集 x@1.0.0",
    );
    expect(sourceLine({ dataset: "x", version: "1.0.0", sources }, "en").text).toBe(
      "Source: NBS, China Statistical Yearbook, 2004–2024 editions, via 3 reposts and mirrors. Dataset x@1.0.0",
    );
    expect(sourceLine({ dataset: "x", version: "1.0.0", sources }, "en").primary).toHaveLength(3);
  });
});
