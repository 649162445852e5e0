/**
 * The diff route on published data: the NBS Gini series, whose 1.1.0 fills the gap years of 1.0.0 from the
 * NBS portal export without changing any 1.0.0 row (its changelog says so; the diff must agree).
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const get = (path: string) => SELF.fetch(`https://atlas.test${path}`);

describe("GET /v1/datasets/national-gini/diff", () => {
  it("should list exactly the periods 1.1.0 added, and nothing removed or changed", async () => {
    const meta = (await (await get("/v1/datasets/national-gini")).json()) as {
      versions: Array<{ version: string; coverage: { periods: string[]; rows: number } }>;
    };
    const [v110, v100] = ["1.1.0", "1.0.0"].map((v) => meta.versions.find((x) => x.version === v));
    const newPeriods = v110?.coverage.periods.filter((p) => !v100?.coverage.periods.includes(p)) ?? [];
    expect(newPeriods.length).toBeGreaterThan(0);
    const response = await get("/v1/datasets/national-gini/diff?from=1.0.0&to=1.1.0");
    expect(response.status).toBe(200);
    const diff = (await response.json()) as {
      summary: { added: number; removed: number; changed: number; unchanged: number };
      added: Array<{ period: string; measure: string }>;
      to: { changes: { en: string } };
    };
    expect(diff.summary.removed).toBe(0);
    expect(diff.summary.changed).toBe(0);
    expect(diff.summary.unchanged).toBe(v100?.coverage.rows);
    expect(diff.summary.added).toBe((v110?.coverage.rows ?? 0) - (v100?.coverage.rows ?? 0));
    expect([...new Set(diff.added.map((r) => r.period))].sort()).toEqual([...newPeriods].sort());
    expect(diff.to.changes.en).toMatch(/portal/);
  });

  it("should be empty in the other direction except for removals", async () => {
    const diff = (await (await get("/v1/datasets/national-gini/diff?from=1.1.0&to=1.0.0")).json()) as {
      summary: { added: number; removed: number; changed: number };
    };
    expect(diff.summary.added).toBe(0);
    expect(diff.summary.changed).toBe(0);
    expect(diff.summary.removed).toBeGreaterThan(0);
  });
});
