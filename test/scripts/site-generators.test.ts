/**
 * Pure parts of the page generator: HTML escaping, JSON-LD embedding, ISO 8601 coverage intervals, default chart
 * views and pivoted tables, and MathML without style attributes (which a strict CSP refuses).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CatalogEntry } from "../../schemas";
import { escapeHtml, html, jsonForScript, raw } from "../../scripts/build/site/html";
import { temporalCoverage } from "../../scripts/build/site/json-ld";
import { mathml } from "../../scripts/build/site/math";
import { defaultView, pivot } from "../../scripts/build/site/views";
import { attributeText } from "../../scripts/build/site/widgets";

describe("html", () => {
  it("should escape every interpolated string so that no markup survives", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(html`<p title="${text}">${text}</p>`.value).toBe(`<p title="${escaped}">${escaped}</p>`);
      }),
    );
  });

  it("should round-trip text through escaping", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const decoded = escapeHtml(text)
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, "&");
        expect(decoded).toBe(text);
      }),
    );
  });

  it("should insert raw markup and nested templates as they are", () => {
    expect(html`<div>${raw("<b>x</b>")}${html`<i>${"<"}</i>`}${[html`<a>1</a>`, "&"]}${undefined}${false}</div>`.value).toBe(
      "<div><b>x</b><i>&lt;</i><a>1</a>&amp;</div>",
    );
  });

  it("should keep JSON-LD parseable and unable to close its script element", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = jsonForScript(value).value;
        expect(text.toLowerCase()).not.toContain("</script");
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it("should quote widget attributes safely", () => {
    expect(attributeText({ dataset: 'a"b&c', region: "", period: undefined })).toBe(' dataset="a&quot;b&amp;c"');
  });
});

describe("temporalCoverage", () => {
  it("should give years for yearly data and months otherwise", () => {
    expect(temporalCoverage(["2006", "2024", "2010"])).toBe("2006/2024");
    expect(temporalCoverage(["2007-06", "2024-12"])).toBe("2007-06/2024-12");
    expect(temporalCoverage(["2018-H1", "2023"])).toBe("2018-01/2023-12");
    expect(temporalCoverage(["2021-Q3"])).toBe("2021-07/2021-09");
    expect(temporalCoverage([])).toBeUndefined();
  });

  it("should always start no later than it ends", () => {
    const period = fc.oneof(
      fc.integer({ min: 1950, max: 2100 }).map(String),
      fc.tuple(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
      fc.tuple(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
    );
    fc.assert(
      fc.property(fc.array(period, { minLength: 1 }), (periods) => {
        const [from, to] = (temporalCoverage(periods) ?? "").split("/");
        expect(from && to && from.padEnd(7, "-00") <= to.padEnd(7, "-99")).toBe(true);
      }),
    );
  });
});

const entry = (measures: string[]): CatalogEntry =>
  ({
    id: "x",
    kind: "observations",
    measures: measures.map((id) => ({ id, title: { zh: id, en: id }, unit: { zh: "%", en: "%" } })),
  }) as unknown as CatalogEntry;

describe("defaultView", () => {
  it("should chart a few same-unit measures of a single region", () => {
    const rows = ["a", "b", "c", "d"].flatMap((measure) => [{ region: "CN", period: "2020", measure, value: 1 }]);
    expect(defaultView(entry(["a", "b", "c", "d"]), rows)).toEqual({ measures: ["a", "b", "c"], regions: ["CN"] });
  });

  it("should pick the nation first, then the largest regions, at most five lines", () => {
    const codes = ["CN", "CN-AA", "CN-BB", "CN-CC", "CN-DD", "CN-EE", "CN-FF", "CN-GG"];
    const rows = codes.map((region, i) => ({ region, period: "2024", measure: "gdp", value: i }));
    expect(defaultView(entry(["gdp"]), rows)).toEqual({ measures: ["gdp"], regions: ["CN", "CN-GG", "CN-FF", "CN-EE", "CN-DD"] });
  });

  it("should leave out other aggregates and prefer peer economies in world data", () => {
    const codes = ["CHN", "WLD", "HIC", "USA", "IND", "JPN", "DEU", "BRA", "LUX"];
    const rows = codes.map((region) => ({ region, period: "2020", measure: "m", value: region === "HIC" ? 99 : 1 }));
    expect(defaultView(entry(["m"]), rows, new Set(["HIC", "WLD"]))?.regions).toEqual(["CHN", "WLD", "USA", "IND", "JPN"]);
  });

  it("should not chart a reference table", () => {
    expect(defaultView({ ...entry([]), kind: "reference" } as CatalogEntry, [])).toBeUndefined();
  });

  it("should pivot rows into one column per series, periods in time order, categories apart", () => {
    const rows = [
      { region: "CN", period: "2021", measure: "s", category: "A", value: 2 },
      { region: "CN", period: "2020", measure: "s", category: "A", value: 1 },
      { region: "CN", period: "2020", measure: "s", category: "B", value: 3 },
    ];
    const table = pivot({ measures: ["s"], regions: ["CN"] }, rows);
    expect(table.periods).toEqual(["2020", "2021"]);
    expect(table.series.map((s) => [s.category, [...s.values.keys()]])).toEqual([
      ["A", ["2021", "2020"]],
      ["B", ["2020"]],
    ]);
  });
});

describe("mathml", () => {
  it("should render TeX as MathML with no style attribute and the plain formula as its name", () => {
    const out = mathml("T=\\sum_i s_i\\ln\\frac{s_i}{p_i}", "T = sum_i s_i ln(s_i/p_i)").value;
    expect(out).toMatch(/^<math aria-label="T = sum_i s_i ln\(s_i\/p_i\)" display="block"/);
    expect(out).toContain("<mfrac>");
    expect(out).not.toMatch(/style=/);
  });

  it("should refuse invalid TeX at build time", () => {
    expect(() => mathml("\\frac{1", "x")).toThrow();
  });
});
