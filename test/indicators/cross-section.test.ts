/**
 * Cross-sections of provinces must cover the same provinces in every period: a year with 7 of 31 provinces (the
 * 2023 R&D reposts) is not comparable with a year of 31, so it is left out with a warning (400 when the request
 * named a range). Other code lists (countries) keep their yearly coverage.
 */
import { describe, expect, it } from "vitest";
import { crossSections } from "../../worker/indicators/cross-section";
import { InvalidInput } from "../../worker/lib/math/invalid-input";
import { contextOf, seriesOf } from "./series-fixtures";

const provinces = ["CN-BJ", "CN-SH", "CN-GD"];
const value = seriesOf("rd@1:rd_intensity_pct", [
  ["CN-BJ", "2020", 6.4],
  ["CN-SH", "2020", 4.2],
  ["CN-GD", "2020", 3.1],
  ["CN-BJ", "2023", 6.7],
  ["CN-GD", "2024", 3.6],
  ["CN-BJ", "2024", 6.6],
  ["CN-SH", "2024", 4.3],
]);

describe("cross-sections of provinces", () => {
  it("should leave out a period that lacks provinces other periods have, naming them", () => {
    const { sections, warnings } = crossSections(value, undefined, contextOf({ provinces }));
    expect(sections.map((s) => [s.period, s.units.length])).toEqual([
      ["2020", 3],
      ["2024", 3],
    ]);
    expect(warnings.map((w) => w.en).join(" ")).toMatch(/Left out periods .*2023 \(1 of 3; no CN-GD, CN-SH\)/);
  });

  it("should refuse such a period when the request named a range", () => {
    expect(() => crossSections(value, undefined, contextOf({ provinces, strict: true }))).toThrow(InvalidInput);
  });

  it("should keep one period alone, and keep countries' varying coverage", () => {
    const only2023 = seriesOf("rd@1:x", [["CN-BJ", "2023", 6.7]]);
    expect(crossSections(only2023, undefined, contextOf({ provinces })).sections).toHaveLength(1);
    const countries = seriesOf("wb@1:x", [
      ["FR", "2020", 1],
      ["DE", "2020", 2],
      ["FR", "2021", 1],
    ]);
    const { sections, warnings } = crossSections(countries, undefined, contextOf({ provinces }));
    expect(sections).toHaveLength(2);
    expect(warnings).toEqual([]);
  });
});
