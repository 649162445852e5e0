/**
 * Parquet per version: every version's `data.parquet`, read back by an independent reader (DuckDB, through
 * `@duckdb/node-api`), holds the rows the API serves as JSON, value for value. The JSON rows come from the
 * worker's own app, run here in Node over the built `.assets` (so whatever the block layout, the comparison is
 * with what clients get). Also: typed and dictionary-encoded columns, the metadata, the catalog's hash, and that
 * the build writes the same bytes twice.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../schemas";
import { OBSERVATION_FIELDS } from "../../schemas";
import { toParquet } from "../../scripts/build/parquet";
import { DATA_DIR, ROOT } from "../../scripts/lib/paths";
import { loadData } from "../../scripts/lib/read-data";

const ASSETS = join(ROOT, ".assets");

/** The static-assets binding, answered from the built `.assets` folder. */
const assets = {
  async fetch(input: Request | string): Promise<Response> {
    const path = join(ASSETS, decodeURIComponent(new URL(typeof input === "string" ? input : input.url).pathname));
    return existsSync(path) ? new Response(readFileSync(path)) : new Response("not found", { status: 404 });
  },
};

type Row = Record<string, unknown>;
let catalog: Catalog;
let app: { fetch(request: Request, env: unknown, ctx: unknown): Promise<Response> };
let duck: Awaited<ReturnType<DuckDBInstance["connect"]>>;

beforeAll(async () => {
  if (!existsSync(join(ASSETS, "_data/catalog.json"))) throw new Error("run npm run build first (npm test does)");
  catalog = JSON.parse(readFileSync(join(ASSETS, "_data/catalog.json"), "utf8")) as Catalog;
  // A computed specifier keeps the worker (type-checked by its own tsconfig) out of the Node project's types.
  const modulePath = join(ROOT, "worker/app.ts");
  ({ app } = (await import(modulePath)) as { app: typeof app });
  duck = await (await DuckDBInstance.create(":memory:")).connect();
});

const parquetPath = (id: string, version: string) => join(ASSETS, "_downloads", id, version, "data.parquet");
const sql = async (query: string) => (await duck.runAndReadAll(query)).getRowObjectsJS() as Row[];

async function jsonRows(id: string, version: string): Promise<Row[]> {
  const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} };
  const response = await app.fetch(new Request(`https://atlas.test/v1/datasets/${id}@${version}/data.json`), { ASSETS: assets }, ctx);
  expect(response.status, `${id}@${version}`).toBe(200);
  return ((await response.json()) as { rows: Row[] }).rows;
}

/** Rows as comparable lines: every column in order, an absent JSON field as null. Sorted: order is not compared. */
const lines = (rows: Row[], columns: string[]) => rows.map((r) => JSON.stringify(columns.map((c) => r[c] ?? null))).sort();

describe("data.parquet", () => {
  it("should hold, for every version, the JSON rows value for value (read by DuckDB)", async () => {
    let versions = 0;
    for (const entry of catalog.datasets) {
      const columns = entry.kind === "observations" ? [...OBSERVATION_FIELDS] : (entry.fields ?? []).map((f) => f.name);
      for (const v of entry.versions) {
        const ref = `${entry.id}@${v.version}`;
        const fromParquet = await sql(`SELECT * FROM read_parquet('${parquetPath(entry.id, v.version)}')`);
        const fromJson = await jsonRows(entry.id, v.version);
        expect(fromParquet.length, ref).toBe(v.coverage.rows);
        expect(fromJson.length, ref).toBe(v.coverage.rows);
        expect(Object.keys(fromParquet[0] ?? {}), ref).toEqual(columns);
        expect(lines(fromParquet, columns), ref).toEqual(lines(fromJson, columns));
        versions++;
      }
    }
    expect(versions).toBe(catalog.datasets.reduce((n, d) => n + d.versions.length, 0));
  });

  it("should type value as DOUBLE and dictionary-encode region, period and measure", async () => {
    const file = parquetPath("world-population", "1.0.0");
    const types = Object.fromEntries(
      (await sql(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).map((r) => [r.column_name, r.column_type]),
    );
    expect(types).toMatchObject({ region: "VARCHAR", period: "VARCHAR", measure: "VARCHAR", value: "DOUBLE" });
    const encodings = await sql(`SELECT path_in_schema AS c, encodings AS e FROM parquet_metadata('${file}')`);
    for (const column of ["region", "period", "measure"]) {
      const chunks = encodings.filter((r) => r.c === column);
      expect(chunks.length, column).toBeGreaterThan(0);
      for (const chunk of chunks) expect(String(chunk.e), column).toMatch(/RLE_DICTIONARY/);
    }
  });

  it("should carry the dataset, version and the sealed CSV's hash in its key-value metadata", async () => {
    for (const entry of catalog.datasets) {
      for (const v of entry.versions) {
        const kv = Object.fromEntries(
          (await sql(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${parquetPath(entry.id, v.version)}')`)).map(
            (r) => [r.k, r.v],
          ),
        );
        expect(kv, `${entry.id}@${v.version}`).toMatchObject({
          "prosperity-atlas.dataset": entry.id,
          "prosperity-atlas.version": v.version,
          "prosperity-atlas.csv-sha256": v.hash,
          "prosperity-atlas.licence": entry.licence.id,
        });
      }
    }
  });

  it("should match the size and hash the catalog records, and be written identically twice", () => {
    for (const entry of catalog.datasets) {
      for (const v of entry.versions) {
        const bytes = readFileSync(parquetPath(entry.id, v.version));
        expect(v.files?.parquet, `${entry.id}@${v.version}`).toEqual({
          bytes: bytes.length,
          hash: `sha256-${createHash("sha256").update(bytes).digest("hex")}`,
        });
      }
    }
    const { datasets } = loadData(DATA_DIR);
    const dataset = datasets.find((d) => d.meta.id === "national-gini");
    const version = dataset?.versions[0];
    if (!dataset || !version) throw new Error("national-gini is missing");
    expect(Buffer.from(toParquet(dataset, version)).equals(Buffer.from(toParquet(dataset, version)))).toBe(true);
    expect(Buffer.from(toParquet(dataset, version)).equals(readFileSync(parquetPath(dataset.meta.id, version.meta.version)))).toBe(true);
  });
});
