/**
 * Shaping and formats of the data route on the published data: pages with cursors and Link headers, fields,
 * BOM, JSON-stat and the Frictionless descriptor (validated against the profile in Node, test/scripts).
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

interface Page {
  version: string;
  total: number;
  count: number;
  rows: Array<Record<string, unknown>>;
  links: { next?: string; self: string };
}

const nextOf = (response: Response) => /<([^>]+)>; rel="next"/.exec(response.headers.get("link") ?? "")?.[1];

describe("pagination", () => {
  it("should walk every row exactly once through next links, then stop", async () => {
    const all = (await (await get("/v1/datasets/province-gdp@1.0.0/data?group=east")).json()) as Page;
    expect(nextOf(await get("/v1/datasets/province-gdp@1.0.0/data?group=east"))).toBeUndefined();
    const seen: Array<Record<string, unknown>> = [];
    let url: string | undefined = "https://atlas.test/v1/datasets/province-gdp@^1/data?group=east&limit=37";
    let pages = 0;
    while (url && pages < 50) {
      const response = await SELF.fetch(url);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Page;
      expect(page.total).toBe(all.total);
      seen.push(...page.rows);
      url = nextOf(response);
      expect(page.links.next).toBe(url);
      // Next links pin the exact version, so that pages never mix versions.
      if (url) expect(url).toContain(`province-gdp@${all.version}/data?`);
      pages++;
    }
    expect(pages).toBe(Math.ceil(all.total / 37));
    expect(seen).toEqual(all.rows);
  });

  it("should reject a cursor used with other filters, and a forged one", async () => {
    const first = await get("/v1/datasets/province-gdp@1.0.0/data?region=CN-BJ&limit=5");
    const cursor = new URL(nextOf(first) ?? "").searchParams.get("cursor");
    expect(cursor).toBeTruthy();
    const other = await get(`/v1/datasets/province-gdp@1.0.0/data?region=CN-SH&limit=5&cursor=${cursor}`);
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ param: "cursor" });
    expect((await get("/v1/datasets/province-gdp@1.0.0/data?cursor=AAAA")).status).toBe(400);
    // The same cursor with another page size or projection is fine: they do not change the rows' order.
    expect((await get(`/v1/datasets/province-gdp@1.0.0/data?region=CN-BJ&limit=7&fields=period&cursor=${cursor}`)).status).toBe(200);
  });
});

describe("fields, CSV options and formats", () => {
  it("should project rows to the fields asked for, in that order, in JSON and CSV", async () => {
    const page = (await (await get("/v1/datasets/province-gdp@1.0.0/data?region=CN-BJ&period=2024&fields=value,period")).json()) as Page;
    expect(page.rows).toHaveLength(1);
    expect(Object.keys(page.rows[0] ?? {})).toEqual(["value", "period"]);
    const csv = await (await get("/v1/datasets/province-gdp@1.0.0/data.csv?region=CN-BJ&period=2024&fields=value,period")).text();
    expect(csv).toBe(`value,period\r\n${page.rows[0]?.value},2024\r\n`);
    const bad = await get("/v1/datasets/province-gdp@1.0.0/data?fields=value,colour");
    expect(await bad.json()).toMatchObject({ status: 400, param: "fields", allowed: expect.arrayContaining(["region", "value"]) });
  });

  it("should prepend a BOM only when asked, and only to CSV", async () => {
    const bytes = new Uint8Array(await (await get("/v1/datasets/regions@1.0.0/data.csv?bom=1")).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("北京");
    const plain = new Uint8Array(await (await get("/v1/datasets/regions@1.0.0/data.csv")).arrayBuffer());
    expect(plain[0]).toBe("r".charCodeAt(0));
    expect((await get("/v1/datasets/regions@1.0.0/data?bom=1")).status).toBe(400);
  });

  it("should serve JSON-stat with the same values as JSON, by extension and by Accept", async () => {
    const json = (await (await get("/v1/datasets/province-gdp@1.0.0/data?group=northeast&period=2020..2022")).json()) as Page;
    for (const response of [
      await get("/v1/datasets/province-gdp@1.0.0/data.jsonstat?group=northeast&period=2020..2022"),
      await get("/v1/datasets/province-gdp@1.0.0/data?group=northeast&period=2020..2022", { headers: { accept: "application/json+stat" } }),
    ]) {
      expect(response.headers.get("link")).toContain('rel="profile"');
      const cube = (await response.json()) as {
        version: string;
        id: string[];
        size: number[];
        value: Array<number | null> | Record<string, number>;
        dimension: Record<string, { category: { index: Record<string, number>; label: Record<string, string> } }>;
      };
      expect(cube.version).toBe("2.0");
      expect(cube.id).toEqual(["measure", "region", "period"]);
      expect(cube.size).toEqual([1, 3, 3]);
      expect(cube.dimension.region?.category.label["CN-LN"]).toBe("Liaoning");
      const regions: Record<string, number> = cube.dimension.region?.category.index ?? {};
      const periods: Record<string, number> = cube.dimension.period?.category.index ?? {};
      for (const row of json.rows) {
        const flat = (regions[String(row.region)] ?? -1) * 3 + (periods[String(row.period)] ?? -1);
        expect((cube.value as Record<number, number | null>)[flat]).toBe(row.value);
      }
    }
    const zh = (await (await get("/v1/datasets/province-gdp@1.0.0/data.jsonstat?region=CN-LN&period=2020&lang=zh")).json()) as {
      dimension: { region: { category: { label: Record<string, string> } } };
    };
    expect(zh.dimension.region.category.label["CN-LN"]).toBe("辽宁省");
  });

  it("should refuse JSON-stat for a reference table and fields on JSON-stat", async () => {
    expect((await get("/v1/datasets/regions@1.0.0/data.jsonstat")).status).toBe(406);
    expect((await get("/v1/datasets/province-gdp@1.0.0/data.jsonstat?fields=value")).status).toBe(400);
  });

  it("should describe a version as a Data Package whose resource is the served CSV", async () => {
    const pkg = (await (await get("/v1/datasets/province-gdp@1.0.0/datapackage.json")).json()) as {
      $schema: string;
      name: string;
      version: string;
      resources: Array<{ path: string; hash: string; bytes: number; schema: { fields: Array<{ name: string }> } }>;
    };
    expect(pkg).toMatchObject({ $schema: "https://datapackage.org/profiles/2.0/datapackage.json", name: "province-gdp", version: "1.0.0" });
    const resource = pkg.resources[0];
    expect(resource?.path).toBe("https://atlas.test/v1/datasets/province-gdp@1.0.0/data.csv");
    const csv = new Uint8Array(await (await SELF.fetch(resource?.path ?? "")).arrayBuffer());
    const digest = [...new Uint8Array(await crypto.subtle.digest("SHA-256", csv))].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(resource?.hash).toBe(`sha256:${digest}`);
    expect(resource?.bytes).toBe(csv.length);
    expect(resource?.schema.fields.map((f) => f.name)).toEqual([
      "region",
      "period",
      "measure",
      "category",
      "value",
      "status",
      "note",
      "source",
    ]);
  });
});
