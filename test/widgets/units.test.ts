/**
 * The widgets' pure helpers, with examples and properties (fast-check): number and period formats, the
 * keyboard's walk over points and tiles, value classes, sparkline paths and summary sentences.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeRanking, summarizeTrends } from "../../figure/build/summary";
import { formatNumber as figureNumber } from "../../figure/format/number";
import { formatPeriod as figurePeriod } from "../../figure/format/period";
import { GRID, nearestTile, TILES } from "../../figure/tile-layout";
import { sparkPath } from "../../widgets/pa-stat/stat-view";
import { classOf, quantileClasses } from "../../widgets/pa-tilemap/tilemap-view";
import { formatNumber, formatPeriod } from "../../widgets/views/format";
import { step } from "../../widgets/views/plot";

describe("formats", () => {
  it("should read every kind of period in both languages", () => {
    expect(["2021", "2021-06", "2021-Q3", "2021-H1"].map((p) => formatPeriod(p, "zh"))).toEqual([
      "2021年",
      "2021年6月",
      "2021年第3季度",
      "2021年上半年",
    ]);
    expect(["2021", "2021-06", "2021-Q3", "2021-H2"].map((p) => formatPeriod(p, "en"))).toEqual(["2021", "Jun 2021", "Q3 2021", "H2 2021"]);
  });

  it("should write periods and numbers exactly as the site and the figure model do (property)", () => {
    const period = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.integer({ min: 1990, max: 2030 }), fc.constantFrom("", "-01", "-12", "-Q1", "-Q4", "-H1", "-H2", "-X1", "-Q9"))
        .map(([y, p]) => `${y}${p}`),
    );
    fc.assert(
      fc.property(period, fc.constantFrom("zh" as const, "en" as const), (p, lang) => formatPeriod(p, lang) === figurePeriod(p, lang)),
    );
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (v, d) => formatNumber(v, "en", d) === figureNumber(v, "en", d),
      ),
    );
    // The widgets' own copy once read any unknown part as the second half-year.
    expect(formatPeriod("2021-X1", "zh")).toBe("2021-X1");
  });

  it("should keep the source's decimals", () => {
    expect(formatNumber(73, "en", 1)).toBe("73.0");
    expect(formatNumber(141488.9, "zh", 1)).toBe("141,488.9");
  });
});

describe("keyboard walk over points", () => {
  it("should start at the end the key points to and move along and across series", () => {
    expect(step("ArrowRight", undefined, [5, 5])).toEqual([0, 0]);
    expect(step("ArrowLeft", undefined, [5, 5])).toEqual([0, 4]);
    expect(step("ArrowRight", [0, 4], [5, 5])).toEqual([0, 4]);
    expect(step("ArrowDown", [0, 4], [5, 3])).toEqual([1, 2]);
    expect(step("ArrowDown", [0, 2], [5, 5], true)).toEqual([0, 3]);
    expect(step("Tab", [0, 2], [5, 5])).toBeUndefined();
  });

  it("should always land on an existing point (property)", () => {
    const keys = fc.constantFrom("ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End");
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }),
        fc.array(keys, { maxLength: 60 }),
        fc.boolean(),
        (sizes, presses, horizontal) => {
          let cursor: [number, number] | undefined;
          for (const key of presses) {
            cursor = step(key, cursor, sizes, horizontal) ?? cursor;
            if (cursor && !(cursor[0] >= 0 && cursor[0] < sizes.length && cursor[1] >= 0 && cursor[1] < (sizes[cursor[0]] ?? 0)))
              return false;
          }
          return true;
        },
      ),
    );
  });
});

describe("tile map", () => {
  const codes = Object.keys(TILES);

  it("should place 31 provinces on distinct tiles inside the grid", () => {
    expect(codes).toHaveLength(31);
    expect(new Set(Object.values(TILES).map(([x, y]) => `${x},${y}`)).size).toBe(31);
    for (const [x, y] of Object.values(TILES)) expect(x < GRID.columns && y < GRID.rows).toBe(true);
  });

  it("should move to the neighbouring tile in the key's direction", () => {
    expect(nearestTile("CN-BJ", "ArrowRight", codes)).toBe("CN-TJ");
    expect(nearestTile("CN-TJ", "ArrowDown", codes)).toBe("CN-SD");
    expect(nearestTile("CN-GD", "ArrowDown", codes)).toBe("CN-HI");
    expect(nearestTile("CN-HL", "ArrowUp", codes)).toBeUndefined();
  });

  it("should reach every tile from every other by arrow keys (property: the walk graph is connected)", () => {
    const keys = ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"];
    const reached = new Set(["CN-BJ"]);
    const queue = ["CN-BJ"];
    while (queue.length) {
      const from = queue.shift() as string;
      for (const key of keys) {
        const to = nearestTile(from, key, codes);
        if (to && !reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect(reached.size).toBe(31);
  });

  it("should split values into five ordered classes, each value inside its own class (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 5, maxLength: 200 }), (values) => {
        const classes = quantileClasses(values);
        const ordered = classes.every(([min, max], i) => min <= max && (i === 0 || (classes[i - 1]?.[1] ?? min) <= min));
        const inside = values.every((v) => {
          const [min, max] = classes[classOf(v, classes)] ?? [Number.NaN, Number.NaN];
          return min <= v && v <= max;
        });
        return classes.length === 5 && ordered && inside;
      }),
    );
  });
});

describe("sparkline", () => {
  it("should draw one vertex per value inside its 120×32 box (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }), (values) => {
        const numbers =
          sparkPath(values)
            .match(/-?[\d.]+/g)
            ?.map(Number) ?? [];
        const xs = numbers.filter((_, i) => i % 2 === 0);
        const ys = numbers.filter((_, i) => i % 2 === 1);
        return xs.length === values.length && xs.every((x) => x >= 0 && x <= 120) && ys.every((y) => y >= 0 && y <= 32);
      }),
    );
  });
});

describe("summaries", () => {
  const trend = (label: string, a: number, b: number) => ({
    label,
    first: { period: "2013", y: a, text: String(a) },
    last: { period: "2023", y: b, text: String(b) },
  });

  it("should say the direction in each language", () => {
    expect(summarizeTrends([trend("指标甲", 3, 2)], "zh")).toBe("2013年至2023年，指标甲由3降至2。");
    expect(summarizeTrends([trend("Series A", 3, 2)], "en")).toBe("Series A fell from 3 to 2 from 2013 to 2023.");
    expect(summarizeTrends([trend("a", 1, 1), trend("b", 1, 2), trend("c", 2, 1), trend("d", 1, 1)], "en")).toBe(
      "A stayed at 1 from 2013 to 2023; b rose from 1 to 2 from 2013 to 2023; c fell from 2 to 1 from 2013 to 2023; and 1 more series.",
    );
  });

  it("should name the highest and lowest of a ranking", () => {
    const ranked = [
      { name: "广东省", text: "1" },
      { name: "西藏自治区", text: "0.1" },
    ];
    expect(summarizeRanking(ranked, "地区生产总值", "2024", "zh")).toBe(
      "2024年，2个地区中地区生产总值最高的是广东省（1），最低的是西藏自治区（0.1）。",
    );
    // Whatever the measure counts: "Guangdong had the highest doctors" did not read.
    expect(summarizeRanking(ranked, "Doctors", "1999", "en")).toBe(
      "In 1999, 广东省 ranked first in doctors (1) and 西藏自治区 last (0.1), among 2 regions.",
    );
  });
});
