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

  it("should serve every row of every version as CSV, read by an RFC 4180 parser", async () => {
    expect(catalog.length).toBeGreaterThan(20);
    for (const { ref, v } of everyVersion()) {
      const response = await get(`/v1/datasets/${ref}/data.csv`);
      expect(response.status, ref).toBe(200);
      expect(response.headers.get("content-type"), ref).toMatch(/^text\/csv/);
      const records = parse(await response.text(), { columns: true, relax_column_count: false }) as unknown[];
      expect(records.length, ref).toBe(v.coverage.rows);
    }
  });

  it("should serve every row of every version as JSON, saying in the body that it is complete", async () => {
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
  });

  it("should put every observation of every version in its JSON-stat cube", async () => {
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
  });

  it("should point every datapackage resource at bytes that match its size and sha256", async () => {
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
  });
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
