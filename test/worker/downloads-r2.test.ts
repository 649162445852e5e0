/**
 * Complete downloads where the build wrote no static files: the synthetic fixture (several blocks) served from a
 * Miniflare R2 bucket. The whole-version CSV is then streamed from the blocks, and it must still be complete and
 * byte-equal to what `datapackage.json` states (size and sha256 of the CSV the build computed from the blocks).
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { parse } from "csv-parse/browser/esm/sync";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { app } from "../../worker/app";

const bindings = env as unknown as Env & { FIXTURE_BUCKET: R2Bucket };
let origin = 0;

/** Calls the app with the fixture bucket bound, on a fresh origin so that no cached response answers. */
async function fromR2(path: string): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await app.fetch(
    new Request(`https://downloads-r2-${++origin}.test${path}`),
    { ...bindings, DATA_BUCKET: bindings.FIXTURE_BUCKET },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

async function sha256(bytes: ArrayBuffer): Promise<string> {
  return [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

beforeAll(async () => {
  for (const [key, text] of Object.entries(inject("fixtureData"))) await bindings.FIXTURE_BUCKET.put(key, text);
});

describe("whole-version downloads from R2 blocks", () => {
  it("should stream every row of a many-block version, byte for byte what datapackage.json states", async () => {
    const index = (await (await bindings.FIXTURE_BUCKET.get("fixture-panel/1.0.0/index.json"))?.json()) as {
      rows: number;
      blocks: unknown[];
    };
    expect(index.blocks.length).toBeGreaterThanOrEqual(3);
    const descriptor = (await (await fromR2("/v1/datasets/fixture-panel@1.0.0/datapackage.json")).json()) as {
      resources: { name: string; path: string; bytes: number; hash: string }[];
    };
    expect(descriptor.resources.map((r) => r.name)).toEqual(["data"]);
    const [resource] = descriptor.resources;
    const response = await fromR2(new URL(resource?.path ?? "").pathname);
    expect(response.status).toBe(200);
    const bytes = await response.arrayBuffer();
    expect(bytes.byteLength).toBe(resource?.bytes);
    expect(`sha256:${await sha256(bytes)}`).toBe(resource?.hash);
    expect(parse(new TextDecoder().decode(bytes), { columns: true })).toHaveLength(index.rows);
  });

  it("should stream every row as JSON and JSON-stat", async () => {
    const json = (await (await fromR2("/v1/datasets/fixture-panel@1.0.0/data.json")).json()) as { total: number; rows: unknown[] };
    expect(json.rows.length).toBe(json.total);
    const cube = (await (await fromR2("/v1/datasets/fixture-panel@1.0.0/data.jsonstat")).json()) as {
      value: (number | null)[] | Record<string, number>;
      extension: { total: number };
    };
    const filled = Array.isArray(cube.value) ? cube.value.filter((x) => x !== null).length : Object.keys(cube.value).length;
    expect(filled).toBe(json.total);
    expect(cube.extension.total).toBe(json.total);
  });

  it("should answer a problem, not an empty file, for Parquet the deployment does not hold", async () => {
    const response = await fromR2("/v1/datasets/fixture-panel@1.0.0/data.parquet");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/problem\+json/);
  });
});
