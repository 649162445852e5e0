/**
 * The named views on the datasets added from `china/added-2026-12/` (R&D intensity, software revenue) against an
 * independent computation written here: the inputs are read through the data API (not the indicator loader),
 * and each measure is computed with a different formula from the worker's — the Gini from the Lorenz curve
 * (trapezoids) rather than the pairwise mean difference, the Theil T and its between/within split from group
 * sums, HHI and CR3 from sorted shares, growth from consecutive years.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { IndicatorResult } from "../../schemas/indicator";

const json = async <T>(path: string): Promise<T> => {
  const response = await SELF.fetch(`https://atlas.test${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
};

interface Row {
  region: string;
  period: string;
  value: number;
}

const rowsOf = async (dataset: string, measure: string) =>
  (await json<{ rows: Row[] }>(`/v1/datasets/${dataset}@1.0.0/data?measure=${measure}&limit=5000`)).rows.filter((r) => r.region !== "CN");
const view = (id: string) => json<IndicatorResult>(`/v1/indicators/views/${id}`);
const groupOf = new Map(
  (await json<{ regions: { region: string; group: string }[] }>("/v1/regions")).regions.map((r) => [r.region, r.group]),
);

interface Unit {
  id: string;
  y: number;
  w: number;
}

/** Gini as 1 − Σ pₖ (Lₖ + Lₖ₋₁) over units sorted by value (exact for a discrete weighted distribution). */
function lorenzGini(units: Unit[]): number {
  const sorted = [...units].sort((a, b) => a.y - b.y);
  const W = sorted.reduce((s, u) => s + u.w, 0);
  const Y = sorted.reduce((s, u) => s + u.w * u.y, 0);
  let previous = 0;
  let area = 0;
  for (const u of sorted) {
    const L = previous + (u.w * u.y) / Y;
    area += (u.w / W) * (L + previous);
    previous = L;
  }
  return 1 - area;
}

/** Theil T = Σ sᵢ ln(sᵢ/pᵢ) with its between-group part Σ s_g ln(s_g/p_g); within = T − between here. */
function theil(units: Unit[]): { value: number; between: number; within: number } {
  const W = units.reduce((s, u) => s + u.w, 0);
  const Y = units.reduce((s, u) => s + u.w * u.y, 0);
  const value = units.reduce((t, u) => {
    const s = (u.w * u.y) / Y;
    return t + s * Math.log(s / (u.w / W));
  }, 0);
  const groups = new Map<string, { s: number; p: number }>();
  for (const u of units) {
    const g = groups.get(groupOf.get(u.id) as string) ?? { s: 0, p: 0 };
    g.s += (u.w * u.y) / Y;
    g.p += u.w / W;
    groups.set(groupOf.get(u.id) as string, g);
  }
  const between = [...groups.values()].reduce((t, g) => t + g.s * Math.log(g.s / g.p), 0);
  // Within computed on its own: Σ_g s_g · T_g, each group's Theil over its own members.
  let within = 0;
  for (const [name, g] of groups) {
    const members = units.filter((u) => groupOf.get(u.id) === name);
    const Wg = members.reduce((s, u) => s + u.w, 0);
    const Yg = members.reduce((s, u) => s + u.w * u.y, 0);
    within += g.s * members.reduce((t, u) => t + ((u.w * u.y) / Yg) * Math.log((u.w * u.y) / Yg / (u.w / Wg)), 0);
  }
  return { value, between, within };
}

const byPeriod = (rows: Row[]) => {
  const map = new Map<string, Row[]>();
  for (const r of rows) map.set(r.period, [...(map.get(r.period) ?? []), r]);
  return map;
};

const close = (actual: number | null | undefined, expected: number, what: string) =>
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));

describe("R&D intensity views", async () => {
  const intensity = byPeriod(await rowsOf("province-rd-expenditure", "rd_intensity_pct"));
  const complete = [...intensity].filter(([, rows]) => rows.length === 31).map(([p]) => p);

  it("should compare only the years with all 31 provinces (2020, 2024) and say which it left out", async () => {
    expect(complete.sort()).toEqual(["2020", "2024"]);
    const body = await view("rd-intensity-gini");
    expect(body.results.map((r) => r.period)).toEqual(complete);
    expect(body.warnings?.map((w) => w.en).join(" ")).toMatch(/2022 \(26 of 31.*2023 \(7 of 31/);
  });

  it("should give the unweighted Gini of the Lorenz curve", async () => {
    const body = await view("rd-intensity-gini");
    for (const r of body.results) {
      const units = (intensity.get(r.period) ?? []).map((x) => ({ id: x.region, y: x.value, w: 1 }));
      close(r.value, lorenzGini(units), `Gini ${r.period}`);
    }
  });

  it("should give the unweighted Theil T with its between/within split by NBS region", async () => {
    const body = await view("rd-intensity-theil");
    expect(body.results).toHaveLength(2);
    for (const r of body.results) {
      const t = theil((intensity.get(r.period) ?? []).map((x) => ({ id: x.region, y: x.value, w: 1 })));
      close(r.value, t.value, `Theil ${r.period}`);
      close(r.components?.between, t.between, `between ${r.period}`);
      close(r.components?.within, t.within, `within ${r.period}`);
    }
  });
});

describe("software revenue views", async () => {
  const software = byPeriod(await rowsOf("province-software-it-services", "software_business_revenue"));
  const population = new Map((await rowsOf("province-population", "population")).map((r) => [`${r.region}|${r.period}`, r.value]));
  const perPerson = (period: string): Unit[] =>
    (software.get(period) ?? []).map((r) => {
      const w = population.get(`${r.region}|${period}`) as number;
      return { id: r.region, y: r.value / w, w };
    });

  it("should cover 30 provinces (no Tibet) for 2016–2024", () => {
    expect([...software.keys()].sort()).toEqual(["2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"]);
    for (const rows of software.values()) expect(rows.map((r) => r.region)).not.toContain("CN-XZ");
  });

  it("should give the population-weighted Gini of revenue per person", async () => {
    const body = await view("software-revenue-per-capita-gini");
    expect(body.results).toHaveLength(9);
    for (const r of body.results) close(r.value, lorenzGini(perPerson(r.period)), `Gini ${r.period}`);
  });

  it("should give the population-weighted Theil T with its between/within split", async () => {
    const body = await view("software-revenue-per-capita-theil");
    expect(body.results).toHaveLength(9);
    for (const r of body.results) {
      const t = theil(perPerson(r.period));
      close(r.value, t.value, `Theil ${r.period}`);
      close(r.components?.between, t.between, `between ${r.period}`);
      close(r.components?.within, t.within, `within ${r.period}`);
    }
  });

  it("should give HHI and CR3 of provincial shares of the 30-province total", async () => {
    const [hhi, cr3] = await Promise.all([view("software-concentration-hhi"), view("software-concentration-cr3")]);
    expect(hhi.results).toHaveLength(9);
    expect(cr3.results).toHaveLength(9);
    for (const [period, rows] of software) {
      const total = rows.reduce((s, r) => s + r.value, 0);
      const shares = rows.map((r) => (100 * r.value) / total).sort((a, b) => b - a);
      close(
        hhi.results.find((r) => r.period === period)?.value,
        shares.reduce((s, x) => s + x * x, 0),
        `HHI ${period}`,
      );
      close(cr3.results.find((r) => r.period === period)?.value, (shares[0] ?? 0) + (shares[1] ?? 0) + (shares[2] ?? 0), `CR3 ${period}`);
    }
  });

  it("should give each province's growth on the previous year", async () => {
    const body = await view("software-revenue-growth");
    const value = new Map([...software.values()].flat().map((r) => [`${r.region}|${r.period}`, r.value]));
    expect(body.results).toHaveLength(30 * 8);
    for (const r of body.results) {
      const previous = value.get(`${r.region}|${Number(r.period) - 1}`) as number;
      close(r.value, 100 * ((value.get(`${r.region}|${r.period}`) as number) / previous - 1), `growth ${r.region} ${r.period}`);
    }
  });
});
