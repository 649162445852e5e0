/**
 * One test (at least) per registered indicator, calling its pure `compute` on hand-made series.
 * The registry's last test fails when an indicator in the registry has no `describeIndicator` here.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { querySchema } from "../../worker/indicators/params";
import { findIndicator, INDICATORS } from "../../worker/indicators/registry";
import type { Series } from "../../worker/indicators/series";
import type { ComputeContext, ComputeOutput, Indicator } from "../../worker/indicators/types";
import { VIEWS } from "../../worker/indicators/views";
import { InvalidInput } from "../../worker/lib/math/invalid-input";
import { contextOf, seriesOf } from "./series-fixtures";

const tested = new Set<string>();

/** Runs `compute` of indicator `id` with options parsed from a query string (defaults applied). */
function run(id: string, series: Record<string, Series | Series[]>, context: ComputeContext, query = ""): ComputeOutput {
  const indicator = findIndicator(id) as Indicator;
  const raw = Object.fromEntries(new URLSearchParams(query));
  const options: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(indicator.options)) options[name] = v.parse(option.schema, raw[name]);
  return indicator.compute({ series: series as never, options: options as never, context });
}

const describeIndicator = (id: string, body: () => void) => {
  tested.add(id);
  describe(id, body);
};

const provinces = ["A", "B", "C", "D"];
const groups = { A: "east", B: "east", C: "west", D: "west" };
const gdp = seriesOf("gdp@1:gdp", [
  ["A", "2020", 40],
  ["B", "2020", 20],
  ["C", "2020", 10],
  ["D", "2020", 10],
  ["CN", "2020", 80],
]);
const population = seriesOf(
  "pop@1:population",
  [
    ["A", "2020", 10],
    ["B", "2020", 10],
    ["C", "2020", 10],
    ["D", "2020", 20],
    ["CN", "2020", 50],
  ],
  "weight",
);

describeIndicator("gini", () => {
  it("should leave the national row out of a provincial distribution and label the result CN", () => {
    const out = run("gini", { value: gdp }, contextOf({ provinces }));
    // Values 40, 20, 10, 10: ΣΣ|yi − yj| = 2 × (20 + 30 + 30 + 10 + 10 + 0) = 200; G = 200 / (2·16·20) = 0.3125.
    expect(out.results).toEqual([{ period: "2020", region: "CN", value: expect.closeTo(0.3125, 14), components: { mean: 20, units: 4 } }]);
    expect(out.warnings[0]?.en).toMatch(/left out CN/);
  });

  it("should weight by population when a weight is given", () => {
    const out = run("gini", { value: gdp, weight: population }, contextOf({ provinces }));
    expect(out.results[0]?.value).not.toBeCloseTo(0.3125, 3);
  });
});

describeIndicator("gini-grouped", () => {
  it("should compute quintiles' Gini (equal population when none is given)", () => {
    const quintiles = [0.25, 0.5, 0.75, 1.25, 2.25].map((x, k) => seriesOf(`q@1:q${k + 1}`, [["CN", "2020", x]], "groups"));
    const out = run("gini-grouped", { groups: quintiles }, contextOf());
    expect(out.results[0]?.value).toBeCloseTo(0.38, 14);
  });

  it("should require one population share per group", () => {
    const q = [seriesOf("q@1:a", [["CN", "2020", 1]], "groups"), seriesOf("q@1:b", [["CN", "2020", 2]], "groups")];
    expect(() => run("gini-grouped", { groups: q, population: [q[0] as Series] }, contextOf())).toThrow(/one population share per group/);
  });
});

describeIndicator("theil-t", () => {
  it("should split Theil T into between and within the groups, and the parts should add up", () => {
    const out = run("theil-t", { value: gdp }, contextOf({ provinces, groups }));
    const row = out.results[0];
    const c = row?.components as { between: number; within: number; "within:east": number; "within:west": number };
    expect(c.between + c.within).toBeCloseTo(row?.value as number, 14);
    expect(c["within:east"] + c["within:west"]).toBeCloseTo(c.within, 14);
    // East holds 60 of 80 with half the units: between = ¾ ln(¾/½) + ¼ ln(¼/½).
    expect(c.between).toBeCloseTo(0.75 * Math.log(1.5) + 0.25 * Math.log(0.5), 14);
    expect(out.explain.periods).toHaveProperty("2020.groups");
  });

  it("should refuse a unit that has no group in the grouping table", () => {
    expect(() => run("theil-t", { value: gdp }, contextOf({ provinces, groups: { A: "east", B: "east", C: "west" } }))).toThrow(
      /D has no group/,
    );
  });
});

describeIndicator("theil-l", () => {
  it("should give L = ½ ln(4/3) for 1 and 3 and reject zeros", () => {
    const two = seriesOf("x@1:y", [
      ["A", "2020", 1],
      ["B", "2020", 3],
    ]);
    expect(run("theil-l", { value: two }, contextOf({ provinces })).results[0]?.value).toBeCloseTo(0.5 * Math.log(4 / 3), 15);
    const zero = seriesOf("x@1:y", [
      ["A", "2020", 0],
      ["B", "2020", 3],
    ]);
    expect(() => run("theil-l", { value: zero }, contextOf({ provinces }))).toThrow(InvalidInput);
  });
});

describeIndicator("cv", () => {
  it("should give σ/μ over the provinces", () => {
    // 40, 20, 10, 10: μ = 20, variance = (400 + 0 + 100 + 100)/4 = 150, CV = √150 / 20.
    expect(run("cv", { value: gdp }, contextOf({ provinces })).results[0]?.value).toBeCloseTo(Math.sqrt(150) / 20, 14);
  });
});

describeIndicator("williamson", () => {
  it("should weight the dispersion by population", () => {
    const perCapita = seriesOf("x@1:y", [
      ["A", "2020", 1],
      ["B", "2020", 3],
    ]);
    const weights = seriesOf(
      "p@1:p",
      [
        ["A", "2020", 1],
        ["B", "2020", 3],
      ],
      "weight",
    );
    expect(run("williamson", { value: perCapita, weight: weights }, contextOf({ provinces })).results[0]?.value).toBeCloseTo(
      Math.sqrt(0.75) / 2.5,
      15,
    );
  });
});

describeIndicator("sigma-convergence", () => {
  const panel = seriesOf("x@1:y", [
    ["A", "2019", 1],
    ["B", "2019", Math.E ** 2],
    ["A", "2020", 1],
    ["B", "2020", Math.E],
  ]);

  it("should show the dispersion of logs falling from 1 to ½ (index 100 → 50) and call it convergence", () => {
    const out = run("sigma-convergence", { value: panel }, contextOf({ provinces }));
    expect(out.results.map((r) => r.value)).toEqual([expect.closeTo(1, 14), expect.closeTo(0.5, 14)]);
    expect(out.results[1]?.components?.index).toBeCloseTo(50, 12);
    expect(out.explain.converging).toBe(true);
  });

  it("should need weights for the Williamson dispersion", () => {
    expect(() => run("sigma-convergence", { value: panel }, contextOf({ provinces }), "dispersion=williamson")).toThrow(/weight/);
  });
});

describeIndicator("urban-rural-ratio", () => {
  it("should divide urban by rural per period and skip periods with one side missing", () => {
    const urban = seriesOf(
      "i@1:urban",
      [
        ["CN", "2020", 3],
        ["CN", "2021", 4],
      ],
      "urban",
    );
    const rural = seriesOf("i@1:rural", [["CN", "2020", 2]], "rural");
    const out = run("urban-rural-ratio", { urban, rural }, contextOf());
    expect(out.results).toEqual([{ period: "2020", region: "CN", value: 1.5, components: { urban: 3, rural: 2 } }]);
    expect(out.warnings).toHaveLength(1);
    expect(() => run("urban-rural-ratio", { urban, rural }, contextOf({ strict: true }))).toThrow(/Mismatched periods/);
  });
});

describeIndicator("urban-rural-gap", () => {
  it("should give the gap in percentage points for percentages", () => {
    const pct = { zh: "%", en: "%" };
    const urban = seriesOf("i@1:urban", [["CN", "2020-12", 79.8]], "urban", pct);
    const rural = seriesOf("i@1:rural", [["CN", "2020-12", 55.9]], "rural", pct);
    const out = run("urban-rural-gap", { urban, rural }, contextOf());
    expect(out.results[0]?.value).toBeCloseTo(79.8 - 55.9, 12);
    expect(out.unit?.en).toBe("percentage points");
  });
});

describeIndicator("hhi", () => {
  it("should compute 2,600 and 'highly concentrated' for platforms with 30, 30, 20, 20 %", () => {
    const shares = seriesOf("m@1:share", [
      ["CN", "2020", 30, "P1"],
      ["CN", "2020", 30, "P2"],
      ["CN", "2020", 20, "P3"],
      ["CN", "2020", 20, "P4"],
    ]);
    const out = run("hhi", { shares }, contextOf());
    expect(out.results[0]).toMatchObject({ period: "2020", region: "CN", value: 2600, class: "highly-concentrated" });
    expect(run("hhi", { shares }, contextOf(), "guidelines=us-2010").results[0]?.class).toBe("highly-concentrated");
  });

  it("should compute shares from values across regions with from=values", () => {
    const out = run("hhi", { shares: gdp }, contextOf({ provinces }), "from=values");
    // 40, 20, 10, 10 of 80 → 50, 25, 12.5, 12.5 % → 2500 + 625 + 156.25 + 156.25 = 3437.5.
    expect(out.results[0]?.value).toBeCloseTo(3437.5, 10);
  });

  it("should leave out a period whose only row is several firms combined", () => {
    const shares = seriesOf("m@1:share", [
      ["CN", "2019", 93.8, "Alipay + Tenpay (combined)"],
      ["CN", "2020", 60, "A"],
      ["CN", "2020", 40, "B"],
    ]);
    const out = run("hhi", { shares }, contextOf());
    expect(out.results.map((r) => r.period)).toEqual(["2020"]);
    expect(out.warnings[0]?.en).toMatch(/Left out CN 2019.*combined/);
  });

  it("should warn that the HHI is a lower bound when the shares cover less than the market", () => {
    const partial = seriesOf("m@1:share", [
      ["CN", "2018", 53.76, "Alipay"],
      ["CN", "2018", 38.95, "Tenpay"],
    ]);
    const out = run("hhi", { shares: partial }, contextOf());
    expect(out.warnings[0]?.en).toMatch(/lower bound/);
    expect(out.results[0]?.components?.upper).toBeGreaterThan(out.results[0]?.value as number);
  });
});

describeIndicator("cr-n", () => {
  it("should add the n largest shares", () => {
    const out = run("cr-n", { shares: gdp }, contextOf({ provinces }), "from=values&n=2");
    expect(out.results[0]?.value).toBeCloseTo(75, 12);
  });
});

const primary = seriesOf("g@1:primary", [["CN", "2020", 10]], "primary");
const secondary = seriesOf("g@1:secondary", [["CN", "2020", 40]], "secondary");
const tertiary = seriesOf("g@1:tertiary", [["CN", "2020", 50]], "tertiary");

describeIndicator("industry-shares", () => {
  it("should give one row per industry in percent", () => {
    const out = run("industry-shares", { primary, secondary, tertiary }, contextOf());
    expect(out.results.map((r) => [r.category, r.value])).toEqual([
      ["primary", 10],
      ["secondary", 40],
      ["tertiary", 50],
    ]);
  });
});

describeIndicator("advancement-ratio", () => {
  it("should divide tertiary by secondary", () => {
    expect(run("advancement-ratio", { secondary, tertiary }, contextOf()).results[0]?.value).toBe(1.25);
  });
});

describeIndicator("structure-level", () => {
  it("should give Σ i·s_i = 2.4 for shares 10/40/50 %", () => {
    expect(run("structure-level", { primary, secondary, tertiary }, contextOf()).results[0]?.value).toBeCloseTo(2.4, 14);
  });
});

describeIndicator("entropy-index", () => {
  it("should score the best region 1 and the worst 0, with weights in explain", () => {
    const a = seriesOf("d@1:a", [
      ["A", "2020", 1],
      ["B", "2020", 2],
      ["C", "2020", 3],
    ]);
    const b = seriesOf("d@1:b", [
      ["A", "2020", 1],
      ["B", "2020", 1],
      ["C", "2020", 3],
    ]);
    const out = run("entropy-index", { measures: [a, b] }, contextOf());
    expect(out.results.map((r) => r.region)).toEqual(["A", "B", "C"]);
    expect(out.results[0]?.value).toBe(0);
    expect(out.results[2]?.value).toBeCloseTo(1, 14);
    expect(out.explain.weights).toHaveProperty("all");
  });
});

describeIndicator("coupling-coordination", () => {
  it("should give D = √U for two systems that move together", () => {
    const a = seriesOf("d@1:a", [
      ["A", "2020", 1],
      ["B", "2020", 3],
      ["C", "2020", 2],
    ]);
    const b = seriesOf("d@1:b", [
      ["A", "2020", 10],
      ["B", "2020", 30],
      ["C", "2020", 20],
    ]);
    const out = run("coupling-coordination", { a: [a], b: [b] }, contextOf());
    const c = out.results.find((r) => r.region === "C");
    // Both systems normalise C to ½: C = 1, T = ½, D = √½.
    expect(c?.value).toBeCloseTo(Math.sqrt(0.5), 14);
    expect(c?.class).toBe("intermediate-coordination");
  });
});

const series = seriesOf("s@1:x", [
  ["CN", "2018", 100],
  ["CN", "2019", 110],
  ["CN", "2021", 121],
  ["CN", "2023", 200],
]);

describeIndicator("growth-yoy", () => {
  it("should compute growth over the previous year and list the periods without one", () => {
    const out = run("growth-yoy", { value: series }, contextOf());
    expect(out.results).toEqual([
      { period: "2019", region: "CN", value: expect.closeTo(10, 12), components: { previous: 100, current: 110 } },
    ]);
    expect(out.warnings[0]?.en).toMatch(/CN 2018.*CN 2021.*CN 2023|CN 2018, CN 2021, CN 2023/);
  });
});

describeIndicator("change-yoy", () => {
  it("should give the change in percentage points for a percentage, with the level as a component", () => {
    const share = seriesOf(
      "d@1:share",
      [
        ["CN", "2021", 39.8],
        ["CN", "2022", 41.5],
      ],
      "value",
      { zh: "%", en: "%" },
    );
    const out = run("change-yoy", { value: share }, contextOf());
    expect(out.results).toEqual([
      { period: "2022", region: "CN", value: expect.closeTo(41.5 - 39.8, 12), components: { previous: 39.8, current: 41.5 } },
    ]);
    expect(out.unit?.en).toBe("percentage points");
  });
});

describeIndicator("cagr", () => {
  it("should give the compound rate between the first and last periods, or the ones asked for", () => {
    expect(run("cagr", { value: series }, contextOf()).results[0]?.value).toBeCloseTo((2 ** 0.2 - 1) * 100, 12);
    expect(run("cagr", { value: series }, contextOf(), "from=2019&to=2021").results[0]?.value).toBeCloseTo(
      ((121 / 110) ** 0.5 - 1) * 100,
      12,
    );
    expect(() => run("cagr", { value: series }, contextOf(), "from=2020")).toThrow(/no value for CN in 2020/);
  });
});

describeIndicator("index-to-base", () => {
  it("should index every period to the base", () => {
    const out = run("index-to-base", { value: series }, contextOf(), "base=2019");
    expect(out.results.map((r) => r.value)).toEqual([100 / 1.1, 100, 110, 200 / 1.1].map((x) => expect.closeTo(x, 12)));
  });
});

describeIndicator("per-capita", () => {
  it("should divide and scale: 100 million yuan per 10,000 persons × 10000 = yuan per person", () => {
    const out = run(
      "per-capita",
      {
        numerator: seriesOf("g@1:gdp", [["A", "2020", 2]], "numerator"),
        denominator: seriesOf("p@1:pop", [["A", "2020", 4]], "denominator"),
      },
      contextOf(),
      "scale=10000",
    );
    expect(out.results[0]?.value).toBe(5000);
    expect(() =>
      run(
        "per-capita",
        {
          numerator: seriesOf("g@1:gdp", [["A", "2020", 2]], "numerator"),
          denominator: seriesOf("p@1:pop", [["A", "2020", 0]], "denominator"),
        },
        contextOf(),
      ),
    ).toThrow(/positive/);
  });
});

describeIndicator("share", () => {
  it("should give 100 · scale · part / whole", () => {
    const part = seriesOf("d@1:size", [["CN", "2022", 50]], "part");
    const whole = seriesOf("g@1:gdp", [["CN", "2022", 1_000_000]], "whole");
    expect(run("share", { part, whole }, contextOf(), "scale=10000").results[0]?.value).toBe(50);
  });
});

describe("the registry", () => {
  it("should have unique kebab-case ids, bilingual metadata, a semver method and a reference", () => {
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(i.id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
      for (const text of [i.title, i.description, i.unit]) expect(text.zh.length * text.en.length).toBeGreaterThan(0);
      expect(i.method.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(i.method.reference.length).toBeGreaterThan(20);
      expect(i.method.latex.length).toBeGreaterThan(0);
    }
  });

  it("should parse every indicator's example query with its own schema", () => {
    for (const i of INDICATORS) {
      const result = v.safeParse(querySchema(i), Object.fromEntries(new URLSearchParams(i.example)));
      expect(result.success, `${i.id}: ${result.issues?.[0]?.message}`).toBe(true);
    }
  });

  it("should document every indicator and view in docs/indicators.md", () => {
    const docs = readFileSync(fileURLToPath(new URL("../../docs/indicators.md", import.meta.url)), "utf8");
    for (const id of [...INDICATORS.map((i) => i.id), ...VIEWS.map((x) => x.id)]) expect(docs, id).toContain(`| \`${id}\` |`);
  });

  it("should give every named view an indicator that parses its query", () => {
    for (const view of VIEWS) {
      const indicator = findIndicator(view.indicator) as Indicator;
      expect(indicator, view.id).toBeDefined();
      expect(v.safeParse(querySchema(indicator), Object.fromEntries(new URLSearchParams(view.query))).success, view.id).toBe(true);
    }
  });

  it("should have a test for every registered indicator", () => {
    expect(INDICATORS.map((i) => i.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});
