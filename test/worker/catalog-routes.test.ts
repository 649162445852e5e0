import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

interface CatalogBody {
  datasets: Array<{
    id: string;
    title: { zh: string; en: string };
    sources: unknown[];
    licence: { attribution: { zh: string } };
    versions: Array<{ hash: string }>;
  }>;
}

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

describe("catalog routes", () => {
  it("should list every dataset with bilingual metadata, sources, licence and versions", async () => {
    const response = await get("/v1/datasets");
    expect(response.status).toBe(200);
    const body = (await response.json()) as CatalogBody;
    const ids = body.datasets.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(["regions", "internet-users", "province-gdp"]));
    for (const d of body.datasets) {
      expect(d.title.zh && d.title.en).toBeTruthy();
      expect(d.sources.length).toBeGreaterThan(0);
      expect(d.licence.attribution.zh).toBeTruthy();
      expect(d.versions[0]?.hash).toMatch(/^sha256-[0-9a-f]{64}$/);
    }
  });

  it("should serve one dataset's metadata, and one version's when named", async () => {
    const all = (await (await get("/v1/datasets/province-gdp")).json()) as {
      versions: Array<{ version: string; coverage: { regions: string[]; periods: string[] } }>;
    };
    expect(all.versions[0]?.coverage.regions).toHaveLength(31);
    expect(all.versions[0]?.coverage.periods[0]).toBe("2006");
    expect(all.versions[0]?.coverage.periods.at(-1)).toBe("2024");
    const exact = await get("/v1/datasets/province-gdp@1.0.0");
    expect(exact.headers.get("cache-control")).toMatch(/immutable/);
  });

  it("should serve the 31 provinces with their four NBS groups", async () => {
    const body = (await (await get("/v1/regions")).json()) as {
      regions: Array<{ region: string; group: string }>;
      groups: Array<{ id: string; members: string[] }>;
    };
    expect(body.regions).toHaveLength(31);
    const sizes = Object.fromEntries(body.groups.map((g) => [g.id, g.members.length]));
    expect(sizes).toEqual({ east: 10, central: 6, west: 12, northeast: 3 });
  });

  it("should link to everything from /v1", async () => {
    const body = (await (await get("/v1")).json()) as { links: Record<string, string> };
    expect(body.links.datasets).toBe("https://atlas.test/v1/datasets");
  });

  it("should serve the widget bundle with CORS through the assets binding", async () => {
    const { env } = await import("cloudflare:test");
    const response = await env.ASSETS.fetch("https://atlas.test/widgets/v1.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.text()).toContain("pa-chart");
  });
});
