import { describe, expect, it } from "vitest";
import { joinSeries, ratioSeries } from "../../worker/indicators/align";
import { InvalidInput } from "../../worker/lib/math/invalid-input";
import { seriesOf } from "./series-fixtures";

const gdp = seriesOf("gdp@1:gdp", [
  ["A", "2014", 10],
  ["A", "2015", 12],
  ["B", "2014", 20],
  ["B", "2015", 24],
]);
const pop = seriesOf(
  "pop@1:population",
  [
    ["A", "2015", 2],
    ["B", "2015", 3],
  ],
  "weight",
);

describe("joining series on region and period", () => {
  it("should join the same inputs once, and hand each caller lists of its own", () => {
    const first = joinSeries([gdp, pop], false);
    first.warnings.push({ zh: "追加", en: "added by a caller" });
    first.rows.pop();
    const second = joinSeries([gdp, pop], false);
    expect(second.rows).toHaveLength(2);
    expect(second.warnings).toHaveLength(1);
    expect(second.rows[0]).toBe(joinSeries([gdp, pop], false).rows[0]);
    // Strict periods are a different join: it refuses the period that only one input has.
    expect(() => joinSeries([gdp, pop], true)).toThrow(InvalidInput);
    expect(joinSeries([pop, gdp], false).rows[0]?.values).toEqual([2, 12]);
  });

  it("should keep the periods every input has and warn about the others", () => {
    const { rows, warnings } = joinSeries([gdp, pop], false);
    expect(rows).toEqual([
      { region: "A", period: "2015", values: [12, 2] },
      { region: "B", period: "2015", values: [24, 3] },
    ]);
    expect(warnings[0]?.en).toMatch(/Left out 2014/);
  });

  it("should refuse mismatched periods when the request named a range, suggesting the shared range", () => {
    expect(() => joinSeries([gdp, pop], true)).toThrow(/Mismatched periods.*period=2015\.\.2015/);
  });

  it("should refuse inputs with no period in common", () => {
    const other = seriesOf("x@1:y", [["A", "2030", 1]]);
    expect(() => joinSeries([gdp, other], false)).toThrow(/no period in common/);
  });

  it("should refuse a unit missing from one input within a shared period (a missing weight)", () => {
    const partial = seriesOf("pop@1:population", [["A", "2015", 2]], "weight");
    const error = (() => {
      try {
        joinSeries([gdp, partial], false);
      } catch (e) {
        return e as InvalidInput;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInput);
    expect(error?.param).toBe("weight");
    expect(error?.detail).toMatch(/no value for B in 2015/);
  });

  it("should refuse a measure with several rows per region and period (categories)", () => {
    const shares = seriesOf("m@1:share", [
      ["CN", "2020", 50, "X"],
      ["CN", "2020", 30, "X"],
    ]);
    expect(() => joinSeries([shares], false)).toThrow(/more than one value/);
  });

  it("should divide a ratio and refuse a zero denominator", () => {
    const { series } = ratioSeries(gdp, pop, false, "gdp/pop", "value");
    expect(series.points).toEqual([
      { region: "A", period: "2015", value: 6 },
      { region: "B", period: "2015", value: 8 },
    ]);
    expect(series.unit.en).toBe("yuan per yuan");
    const zero = seriesOf("pop@1:population", [
      ["A", "2015", 0],
      ["B", "2015", 3],
    ]);
    expect(() => ratioSeries(gdp, zero, false, "gdp/pop", "value")).toThrow(/is 0 for A in 2015/);
  });
});

describe("period lists in warnings", () => {
  it("should be Chinese in the zh text (the home page's chart read '以下期间…：2006, 2007, 2008, …, 2014 (9 periods)')", () => {
    const years = Array.from({ length: 9 }, (_, i) => String(2006 + i));
    const long = seriesOf(
      "long@1:x",
      [...years, "2015"].map((y) => ["A", y, 1] as [string, string, number]),
    );
    const short = seriesOf("short@1:y", [["A", "2015", 1]], "weight");
    const { warnings } = joinSeries([long, short], false);
    expect(warnings[0]?.zh).toBe("以下期间并非所有输入都有数据，已略去：2006、2007、2008…2014（共9期）。");
    expect(warnings[0]?.en).toMatch(/^Left out 2006, 2007, 2008, …, 2014 \(9 periods\)/);
  });
});
