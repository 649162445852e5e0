/**
 * Computed indicators against figures the publishers printed, where the raw data holds both the inputs and
 * the published result.
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
  period: string;
  category?: string;
  value: number;
  status?: string;
}

/** Published ratios (national-income-urban-rural-points), keyed by period and source. */
async function publishedRatios(): Promise<Row[]> {
  return (await json<{ rows: Row[] }>("/v1/datasets/national-income-urban-rural-points@1.0.0/data?measure=urban_rural_ratio")).rows;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

describe("the urban–rural income ratio matches NBS's published ratio", () => {
  it("should give 2.56 for 2020 and 2.50 for 2021 from the household-survey means", async () => {
    // NBS: 城乡居民人均可支配收入比 2.56 (2020) and 2.50 (2021); both in national_income_urban_rural_points.csv.
    const body = await json<IndicatorResult>("/v1/indicators/views/urban-rural-income-ratio");
    const byPeriod = new Map(body.results.map((r) => [r.period, r.value]));
    expect(round2(byPeriod.get("2020") as number)).toBe(2.56);
    expect(round2(byPeriod.get("2021") as number)).toBe(2.5);
  });

  it("should match every integrated-survey ratio NBS published, to its two decimals", async () => {
    const body = await json<IndicatorResult>("/v1/indicators/views/urban-rural-income-ratio");
    const computed = new Map(body.results.map((r) => [r.period, r.value]));
    const published = (await publishedRatios()).filter((r) => r.status !== "old-method");
    expect(published.length).toBeGreaterThanOrEqual(3);
    for (const p of published) expect(round2(computed.get(p.period) as number), p.period).toBe(p.value);
  });

  it("should reproduce the old-survey ratios printed beside their urban and rural incomes", async () => {
    const body = await json<IndicatorResult>(
      "/v1/indicators/urban-rural-ratio?urban=national-income-urban-rural-points@1.0.0:urban_disposable_income&rural=national-income-urban-rural-points@1.0.0:rural_net_income",
    );
    // The old separate surveys: urban disposable income over rural net income (纯收入), before the 2013 break.
    expect(body.warnings?.some((w) => /old-method/.test(w.en))).toBe(true);
    const computed = new Map(body.results.map((r) => [`${r.period}|${r.category}`, r.value]));
    const published = (await publishedRatios()).filter((r) => computed.has(`${r.period}|${r.category}`));
    expect(published.length).toBeGreaterThanOrEqual(10);
    for (const p of published)
      expect(round2(computed.get(`${p.period}|${p.category}`) as number), `${p.period} ${p.category}`).toBe(p.value);
  });
});

describe("the grouped Gini of income quintiles", () => {
  it("should stay below the NBS Gini of individuals, as a between-quintile lower bound must", async () => {
    const quintiles = [
      "quintile1_low_income_all",
      "quintile2_lower_middle_all",
      "quintile3_middle_all",
      "quintile4_upper_middle_all",
      "quintile5_high_income_all",
    ]
      .map((m) => `national-household-income@1.0.0:${m}`)
      .join(",");
    const grouped = await json<IndicatorResult>(`/v1/indicators/gini-grouped?groups=${quintiles}`);
    const official = (await json<{ rows: Row[] }>("/v1/datasets/national-household-income@1.0.0/data?measure=gini_disposable_income")).rows;
    let compared = 0;
    for (const g of grouped.results) {
      const nbs = official.find((r) => r.period === g.period);
      if (!nbs) continue;
      compared++;
      expect(g.value, g.period).toBeLessThan(nbs.value);
      expect(g.value, g.period).toBeGreaterThan(0.3);
    }
    expect(compared).toBeGreaterThan(5);
  });
});
