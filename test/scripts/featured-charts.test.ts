/**
 * Each home-page theme question is answered by its chart (issue 11 item 9): "三次产业的比重" by shares, not
 * levels; "各省…趋同" by a dispersion across provinces over time, not China against the world; "少数平台占有多大的
 * 市场份额" by one market at a time, not seven sparse series from different reports.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { SiteContext } from "../../scripts/build/site/context";
import { featuredChart } from "../../scripts/build/site/featured";
import { DATA_DIR } from "../../scripts/lib/paths";

type Row = Record<string, string>;
const rows = new Map<string, Row[]>();

/** The catalog as the featured choices read it: each dataset's themes and its newest version's coverage. */
function context(): SiteContext {
  const datasets = readdirSync(DATA_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      let meta: { id: string; themes: string[] };
      try {
        meta = JSON.parse(readFileSync(join(DATA_DIR, d.name, "dataset.json"), "utf8"));
      } catch {
        return [];
      }
      const version = readdirSync(join(DATA_DIR, d.name))
        .filter((v) => /^\d+\.\d+\.\d+$/.test(v))
        .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
        .at(-1) as string;
      const data = parse(readFileSync(join(DATA_DIR, d.name, version, "data.csv")), { columns: true }) as Row[];
      rows.set(meta.id, data);
      const coverage = { measures: [...new Set(data.map((r) => r.measure))], regions: [...new Set(data.map((r) => r.region))] };
      return [{ ...meta, versions: [{ version, coverage }] }];
    });
  return { catalog: { datasets }, rows: (id: string) => rows.get(id) ?? [], aggregates: new Set() } as unknown as SiteContext;
}

describe("home-page theme charts answer their questions", () => {
  const ctx = context();

  it("shows the industries' shares of GDP for 三次产业的比重, not their levels", () => {
    const chart = featuredChart("industrial-structure", ctx);
    expect(chart?.tag).toBe("pa-share");
    expect(chart?.attributes.measure?.split(",")).toEqual(["primary", "secondary", "tertiary"]);
  });

  it("shows the dispersion across provinces over time for 各省…趋同", () => {
    const chart = featuredChart("public-services", ctx);
    expect(chart?.tag).toBe("pa-indicator");
    expect(chart?.attributes.indicator).toBe("sigma-convergence");
    expect(chart?.attributes.params).toMatch(/value=province-/);
    const dataset = chart?.dataset as string;
    expect(new Set(rows.get(dataset)?.map((r) => r.period)).size).toBeGreaterThan(1);
    // Titled by what is plotted, not by the method's name (σ 收敛).
    expect(chart?.caption?.zh).toMatch(/各省.*离散/);
    expect(chart?.caption?.en).toMatch(/across provinces/);
  });

  it("shows one market in one period for the platforms", () => {
    const chart = featuredChart("platforms", ctx);
    const { measure, period } = chart?.attributes ?? {};
    expect(measure?.split(",")).toHaveLength(1);
    const shown = rows.get(chart?.dataset as string)?.filter((r) => r.measure === measure && (!period || r.period === period)) ?? [];
    expect(new Set(shown.map((r) => r.period)).size).toBe(1);
    // One report: the platforms' shares are comparable.
    expect(new Set(shown.map((r) => r.source)).size).toBe(1);
    expect(shown.length).toBeGreaterThan(1);
  });

  it("keeps the measures the other questions ask about", () => {
    expect(featuredChart("digital-divide", ctx)?.attributes.measure).toMatch(/rural_penetration_pct/);
    expect(featuredChart("common-prosperity", ctx)?.attributes.measure).toBe("gini");
    expect(featuredChart("digital-economy", ctx)?.attributes.measure).toBe("share_of_gdp_pct");
  });
});
