/**
 * China is reachable both ways: `region=CN` on a world dataset returns the `CHN` rows, and `region=CHN` on a
 * China dataset returns the `CN` rows (schemas/region-codes.ts, `REGION_ALIASES`).
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

interface Row {
  region: string;
  period: string;
  measure: string;
  value: number;
  status?: string;
}

async function rows(path: string): Promise<Row[]> {
  const response = await SELF.fetch(`https://atlas.test${path}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { rows: Row[] }).rows;
}

describe("region=CN and region=CHN", () => {
  it("should return China's CHN rows of a world dataset for region=CN", async () => {
    const viaCn = await rows("/v1/datasets/world-internet-use@1.0.0/data?region=CN&period=2015..2023");
    const viaChn = await rows("/v1/datasets/world-internet-use@1.0.0/data?region=CHN&period=2015..2023");
    expect(viaCn.length).toBeGreaterThan(0);
    expect(new Set(viaCn.map((r) => r.region))).toEqual(new Set(["CHN"]));
    expect(viaCn).toEqual(viaChn);
    expect(viaCn.find((r) => r.period === "2020")?.value).toBe(70.0528);
  });

  it("should return China's CN rows of a China dataset for region=CHN", async () => {
    const viaChn = await rows("/v1/datasets/internet-users@1.0.0/data?region=CHN&period=2021-06..2021-12");
    expect(viaChn.length).toBeGreaterThan(0);
    expect(new Set(viaChn.map((r) => r.region))).toEqual(new Set(["CN"]));
    expect(viaChn).toEqual(await rows("/v1/datasets/internet-users@1.0.0/data?region=CN&period=2021-06..2021-12"));
  });

  it("should put China beside the World and an income group in one query", async () => {
    const list = await rows("/v1/datasets/world-internet-use@1.0.0/data?region=CN,WLD,UMC&period=2023");
    expect(list.map((r) => r.region).sort()).toEqual(["CHN", "UMC", "WLD"]);
    expect(list.find((r) => r.region === "WLD")?.status).toBe("estimate");
  });

  it("should serve the countries code list with China's codes", async () => {
    const response = await SELF.fetch("https://atlas.test/v1/datasets/countries@1.0.0/data?region=CN");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { rows: Array<Record<string, string>> };
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]).toMatchObject({ region: "CHN", iso_alpha2: "CN", income_group: "Upper middle income", kind: "economy" });
  });
});
