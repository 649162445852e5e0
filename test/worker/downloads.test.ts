/**
 * Complete downloads: a whole version is complete in every format, for every version of the catalog. The CSV is
 * read by an RFC 4180 parser (csv-parse, as a pandas-style reader would), the JSON-stat cube is counted cell by
 * cell, and every `datapackage.json` resource path is fetched and checked against its `bytes` and `hash` (the
 * profile itself is checked in Node: test/scripts/datapackage.test.ts). Row counts come from the catalog's
 * coverage, which the build counts from the `data/` CSV files.
 */
import { SELF } from "cloudflare:test";
import { parse } from "csv-parse/browser/esm/sync";
import { beforeAll, describe, expect, it } from "vitest";

/** Tests that read every version of the catalog take seconds on a busy 2-core machine. */
const WHOLE_CATALOG = 60_000;

const get = (path: string, init?: RequestInit) => SELF.fetch(`https://atlas.test${path}`, init);

interface Version {
  version: string;
  hash: string;
  coverage: { rows: number };
}
interface Entry {
  id: string;
  kind: "observations" | "reference";
  versions: Version[];
}

let catalog: Entry[] = [];
beforeAll(async () => {
  catalog = ((await (await get("/v1/datasets")).json()) as { datasets: Entry[] }).datasets;
});

/** Every published `id@version` with the number of rows of its `data/` CSV. */
const everyVersion = () => catalog.flatMap((e) => e.versions.map((v) => ({ entry: e, ref: `${e.id}@${v.version}`, v })));

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

describe("whole-version downloads", () => {
  it("should serve all 52,242 rows of world-population@1.0.0 as CSV (it served 10,000)", async () => {
    const response = await get("/v1/datasets/world-population@1.0.0/data.csv");
    expect(response.status).toBe(200);
    const records = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(52_242);
    expect(response.headers.get("link") ?? "").not.toMatch(/rel="next"/);
  });

  it(
    "should serve every row of every version as CSV, read by an RFC 4180 parser",
    async () => {
      expect(catalog.length).toBeGreaterThan(20);
      for (const { ref, v } of everyVersion()) {
        const response = await get(`/v1/datasets/${ref}/data.csv`);
        expect(response.status, ref).toBe(200);
        expect(response.headers.get("content-type"), ref).toMatch(/^text\/csv/);
        const records = parse(await response.text(), { columns: true, relax_column_count: false }) as unknown[];
        expect(records.length, ref).toBe(v.coverage.rows);
      }
    },
    WHOLE_CATALOG,
  );

  it(
    "should serve every row of every version as JSON, saying in the body that it is complete",
    async () => {
      for (const { ref, v } of everyVersion()) {
        const body = (await (await get(`/v1/datasets/${ref}/data.json`)).json()) as {
          total: number;
          count: number;
          rows: unknown[];
          links: { next?: string };
        };
        expect(body.rows.length, ref).toBe(v.coverage.rows);
        expect(body.total, ref).toBe(v.coverage.rows);
        expect(body.count, ref).toBe(v.coverage.rows);
        expect(body.links.next, ref).toBeUndefined();
      }
    },
    WHOLE_CATALOG,
  );

  it(
    "should put every observation of every version in its JSON-stat cube",
    async () => {
      let cubes = 0;
      for (const { entry, ref, v } of everyVersion()) {
        if (entry.kind !== "observations") continue;
        const response = await get(`/v1/datasets/${ref}/data.jsonstat`);
        expect(response.status, ref).toBe(200);
        const cube = (await response.json()) as { value: (number | null)[] | Record<string, number>; size: number[] };
        const filled = Array.isArray(cube.value) ? cube.value.filter((x) => x !== null).length : Object.keys(cube.value).length;
        expect(filled, ref).toBe(v.coverage.rows);
        cubes++;
      }
      expect(cubes).toBeGreaterThan(20);
    },
    WHOLE_CATALOG,
  );

  it(
    "should point every datapackage resource at bytes that match its size and sha256",
    async () => {
      for (const { ref } of everyVersion()) {
        const descriptor = (await (await get(`/v1/datasets/${ref}/datapackage.json`)).json()) as {
          resources: { name: string; path: string | string[]; bytes: number; hash: string }[];
        };
        expect(descriptor.resources.length, ref).toBeGreaterThanOrEqual(1);
        for (const resource of descriptor.resources) {
          const paths = Array.isArray(resource.path) ? resource.path : [resource.path];
          const parts = await Promise.all(paths.map(async (p) => new Uint8Array(await (await SELF.fetch(p)).arrayBuffer())));
          const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
          let at = 0;
          for (const part of parts) {
            whole.set(part, at);
            at += part.length;
          }
          expect(whole.length, `${ref} ${resource.name} bytes`).toBe(resource.bytes);
          expect(`sha256:${await sha256(whole.buffer)}`, `${ref} ${resource.name} hash`).toBe(resource.hash);
        }
      }
    },
    WHOLE_CATALOG,
  );
});

describe("paged JSON", () => {
  it("should say in the body that a page is partial: total, count and the next link", async () => {
    const response = await get("/v1/datasets/world-population@1.0.0/data.json?limit=1000");
    const body = (await response.json()) as { total: number; count: number; rows: unknown[]; links: { next?: string } };
    expect(body.total).toBe(52_242);
    expect(body.count).toBe(1000);
    expect(body.rows).toHaveLength(1000);
    expect(body.links.next).toMatch(/cursor=/);
    expect(response.headers.get("link")).toMatch(/rel="next"/);
  });
});

describe("the catalog", () => {
  it("should link every dataset's Parquet file and give every version's files with sizes and hashes", async () => {
    const body = (await (await get("/v1/datasets")).json()) as {
      datasets: (Entry & {
        links: { parquet: string };
        versions: (Version & { files?: Record<"csv" | "parquet", { bytes: number; hash: string }> })[];
      })[];
    };
    for (const entry of body.datasets) {
      expect(entry.links.parquet, entry.id).toBe(`https://atlas.test/v1/datasets/${entry.id}@${entry.versions[0]?.version}/data.parquet`);
      for (const v of entry.versions) {
        expect(v.files?.csv.hash, `${entry.id}@${v.version}`).toBe(v.hash);
        expect(v.files?.parquet.hash, `${entry.id}@${v.version}`).toMatch(/^sha256-[0-9a-f]{64}$/);
      }
    }
  });
});

describe("GET /v1/datasets/{id}@{version}/data.parquet", () => {
  it("should serve the file the catalog describes, as Parquet, immutable for an exact version", async () => {
    const version = catalog.find((e) => e.id === "world-population")?.versions[0] as
      | (Version & { files?: { parquet: { bytes: number; hash: string } } })
      | undefined;
    const files = version?.files;
    const response = await get("/v1/datasets/world-population@1.0.0/data.parquet");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.apache.parquet");
    expect(response.headers.get("cache-control")).toMatch(/immutable/);
    expect(response.headers.get("content-disposition")).toMatch(/world-population-1\.0\.0\.parquet/);
    const bytes = await response.arrayBuffer();
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("PAR1");
    expect(bytes.byteLength).toBe(files?.parquet.bytes);
    expect(`sha256-${await sha256(bytes)}`).toBe(files?.parquet.hash);
  });

  it("should answer If-None-Match with 304 and a range with 206 (readers fetch the footer first)", async () => {
    const path = "/v1/datasets/province-gdp@1.0.0/data.parquet";
    const first = await get(path);
    const etag = first.headers.get("etag") ?? "";
    const whole = new Uint8Array(await first.arrayBuffer());
    expect((await get(path, { headers: { "if-none-match": etag } })).status).toBe(304);
    const tail = await get(path, { headers: { range: "bytes=-8" } });
    expect(tail.status).toBe(206);
    expect(tail.headers.get("content-range")).toBe(`bytes ${whole.length - 8}-${whole.length - 1}/${whole.length}`);
    expect([...new Uint8Array(await tail.arrayBuffer())]).toEqual([...whole.slice(-8)]);
    const head = await get(path, { headers: { range: "bytes=0-3" } });
    expect(new TextDecoder().decode(await head.arrayBuffer())).toBe("PAR1");
    // A range past the end is ignored (RFC 9110 allows it): the whole file, never an error.
    const past = await get(path, { headers: { range: `bytes=${whole.length}-` } });
    expect(past.status).toBe(200);
    expect((await past.arrayBuffer()).byteLength).toBe(whole.length);
  });

  it("should resolve a range to the newest version, briefly cached, and name it", async () => {
    const response = await get("/v1/datasets/national-gini@^1/data.parquet");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).not.toMatch(/immutable/);
    expect(response.headers.get("content-location")).toBe("/v1/datasets/national-gini@1.1.1/data.parquet");
    await response.arrayBuffer();
  });

  it("should be a problem for an unknown version, and have no public URL outside the API", async () => {
    const missing = await get("/v1/datasets/province-gdp@9.9.9/data.parquet");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/problem\+json/);
    expect((await get("/_downloads/province-gdp/1.0.0/data.parquet")).status).toBe(404);
  });
});

describe("the sealed data.csv", () => {
  it("should be the committed file: its sha256 is the version's hash, and it is cached as the version is", async () => {
    const response = await get("/v1/datasets/national-gini@1.0.0/data.csv");
    expect(response.headers.get("cache-control")).toMatch(/immutable/);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const hash = catalog.find((e) => e.id === "national-gini")?.versions.find((v) => v.version === "1.0.0")?.hash;
    expect(`sha256-${await sha256(await response.arrayBuffer())}`).toBe(hash);
  });

  it("should give way to the computed RFC 4180 CSV as soon as a parameter shapes it", async () => {
    const bytes = new Uint8Array(await (await get("/v1/datasets/national-gini@1.0.0/data.csv?bom=1")).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("region,period,")).toBe(true);
    expect(text).toMatch(/\r\n$/);
  });
});
