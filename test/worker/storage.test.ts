/**
 * Storage: versions are stored as indexed blocks, served from the static assets by default and from an R2
 * bucket when `DATA_BUCKET` is bound, and a request reads only the blocks its filters can match. Reads are
 * observed by wrapping the real bindings (Miniflare's R2, the real assets) with recorders that pass through.
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { app } from "../../worker/app";
import { blockRows, type StoredBlock } from "../../worker/storage/block";
import { r2Store } from "../../worker/storage/r2-store";
import { storeFor } from "../../worker/storage/select-store";
import { memoize } from "../../worker/storage/store";

/** The fixture's regions (test/support/fixture-dataset.ts), in canonical order. */
const FIXTURE_REGIONS = ["CN-AH", "CN-BJ", "CN-FJ", "CN-GD", "CN-HL", "CN-JL", "CN-LN", "CN-SH"];

interface Row {
  region: string;
  period: string;
  measure: string;
  category?: string;
  value: number;
  status?: string;
}

const bindings = env as unknown as Env & { FIXTURE_BUCKET: R2Bucket };

/** An R2 bucket that records the keys read from it. */
function recordingBucket(reads: string[]): R2Bucket {
  const bucket = bindings.FIXTURE_BUCKET;
  return new Proxy(bucket, {
    get(target, prop) {
      if (prop === "get") {
        return (key: string, options?: R2GetOptions) => {
          reads.push(key);
          return target.get(key, options);
        };
      }
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The real assets binding, recording the `_data` keys fetched. */
function recordingAssets(reads: string[]): Fetcher {
  return {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.pathname.startsWith("/_data/")) reads.push(url.pathname.slice("/_data/".length));
      return bindings.ASSETS.fetch(input, init);
    },
    connect: bindings.ASSETS.connect.bind(bindings.ASSETS),
  } as Fetcher;
}

let origin = 0;
/** Calls the app with `overrides` on a fresh origin, so that no cached response answers instead of storage. */
async function call(path: string, overrides: Partial<Env> & { DATA_BUCKET?: R2Bucket }): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await app.fetch(new Request(`https://storage-${++origin}.test${path}`), { ...bindings, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

async function fromR2(path: string): Promise<{ response: Response; reads: string[] }> {
  const reads: string[] = [];
  const response = await call(path, { DATA_BUCKET: recordingBucket(reads) });
  return { response, reads };
}

const blocksRead = (reads: string[], prefix: string) => reads.filter((k) => k.startsWith(`${prefix}/blocks/`)).sort();

beforeAll(async () => {
  for (const [key, text] of Object.entries(inject("fixtureData"))) await bindings.FIXTURE_BUCKET.put(key, text);
});

interface StoredIndex {
  partition: string;
  regions: string[];
  measures: string[];
  blockBytes: number;
  blocks: { rows: number[]; bytes: number[]; series: number[] };
}

async function fixtureIndex(version = "1.0.0"): Promise<StoredIndex> {
  return (await (await bindings.FIXTURE_BUCKET.get(`fixture-panel/${version}/index.json`))?.json()) as StoredIndex;
}

/** The block keys whose stored rows include `region` (read straight from the bucket, decoded by the worker's code). */
async function blocksHolding(region: string, measure?: string): Promise<string[]> {
  const index = await fixtureIndex();
  const keys: string[] = [];
  for (let i = 0; i < index.blocks.rows.length; i++) {
    const key = `fixture-panel/1.0.0/blocks/${i}.json`;
    const rows = blockRows<Row>((await (await bindings.FIXTURE_BUCKET.get(key))?.json()) as StoredBlock);
    if (rows.some((r) => r.region === region && (!measure || r.measure === measure))) keys.push(key);
  }
  return keys;
}

describe("R2 storage (DATA_BUCKET bound)", () => {
  it("should split the fixture into byte-bounded columnar blocks described by the index", async () => {
    const index = await fixtureIndex();
    expect(index.partition).toBe("series");
    expect(index.blocks.rows.length).toBeGreaterThanOrEqual(3);
    expect(index.blocks.rows.reduce((a, b) => a + b, 0)).toBe(120);
    for (const [i, bytes] of index.blocks.bytes.entries()) {
      const text = (await (await bindings.FIXTURE_BUCKET.get(`fixture-panel/1.0.0/blocks/${i}.json`))?.text()) ?? "";
      expect(new TextEncoder().encode(text).length).toBe(bytes);
      expect(bytes).toBeLessThanOrEqual(index.blockBytes);
      expect(JSON.parse(text)).toMatchObject({ v: 2, n: index.blocks.rows[i] });
    }
    expect(index.regions).toEqual([...FIXTURE_REGIONS]);
  });

  it("should read only the block that holds the requested region", async () => {
    const { response, reads } = await fromR2("/v1/datasets/fixture-panel@1.0.0/data?region=CN-AH");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { rows: Row[] };
    expect(body.rows).toHaveLength(15);
    expect(new Set(body.rows.map((r) => r.region))).toEqual(new Set(["CN-AH"]));
    expect(blocksRead(reads, "fixture-panel/1.0.0")).toEqual(await blocksHolding("CN-AH"));
    expect(blocksRead(reads, "fixture-panel/1.0.0")).toEqual(["fixture-panel/1.0.0/blocks/0.json"]);
    // One dataset's catalog entry, not the whole catalog; no regions table without a group.
    expect(reads).toContain("catalog/fixture-panel.json");
    expect(reads).not.toContain("catalog.json");
    expect(reads).not.toContain("regions/1.0.0/blocks/0.json");
  });

  it("should read only the blocks of one region × measure series, however the version is cut", async () => {
    for (const region of FIXTURE_REGIONS) {
      const { response, reads } = await fromR2(`/v1/datasets/fixture-panel@1.0.0/data?region=${region}&measure=share&period=2016..2018`);
      const rows = ((await response.json()) as { rows: Row[] }).rows;
      expect(rows).toHaveLength(6);
      expect(blocksRead(reads, "fixture-panel/1.0.0")).toEqual(await blocksHolding(region, "share"));
      expect(blocksRead(reads, "fixture-panel/1.0.0").length).toBeLessThanOrEqual(2);
    }
  });

  it("should answer an unknown dataset from the whole catalog, with the ids it has", async () => {
    const { response, reads } = await fromR2("/v1/datasets/no-such-dataset@1.0.0/data");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { allowed: string[] }).allowed).toContain("fixture-panel");
    expect(reads).toContain("catalog.json");
    const traversal = await fromR2("/v1/datasets/..%2Fcatalog@1.0.0/data");
    expect(traversal.response.status).toBeGreaterThanOrEqual(400);
    expect(traversal.response.status).toBeLessThan(500);
    expect(traversal.reads.filter((k) => k.startsWith("catalog/"))).toEqual([]);
  });

  it("should read only the last block for the last region, and the regions table only for a group", async () => {
    const last = await fromR2("/v1/datasets/fixture-panel@1.0.0/data?region=CN-SH");
    const index = await fixtureIndex();
    expect(blocksRead(last.reads, "fixture-panel/1.0.0")).toEqual([`fixture-panel/1.0.0/blocks/${index.blocks.rows.length - 1}.json`]);

    const group = await fromR2("/v1/datasets/fixture-panel@1.0.0/data?group=northeast");
    const rows = ((await group.response.json()) as { rows: Row[] }).rows;
    expect(new Set(rows.map((r) => r.region))).toEqual(new Set(["CN-HL", "CN-JL", "CN-LN"]));
    expect(group.reads).toContain("regions/1.0.0/index.json");
    expect(blocksRead(group.reads, "fixture-panel/1.0.0").length).toBeLessThan(index.blocks.rows.length);
  });

  it("should read every block for an unfiltered request and serve the CSV whose hash the datapackage names", async () => {
    const { response, reads } = await fromR2("/v1/datasets/fixture-panel@1.0.0/data.csv");
    const csv = new Uint8Array(await response.arrayBuffer());
    const index = await fixtureIndex();
    expect(blocksRead(reads, "fixture-panel/1.0.0")).toHaveLength(index.blocks.rows.length);
    const pkg = (await (await call("/v1/datasets/fixture-panel@1.0.0/datapackage.json", { DATA_BUCKET: recordingBucket([]) })).json()) as {
      resources: Array<{ hash: string; bytes: number }>;
    };
    const digest = [...new Uint8Array(await crypto.subtle.digest("SHA-256", csv))].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(pkg.resources[0]).toMatchObject({ hash: `sha256:${digest}`, bytes: csv.length });
  });

  it("should filter by category and keep the latest periods of each series", async () => {
    const x = (
      (await (await fromR2("/v1/datasets/fixture-panel@1.1.0/data?measure=share&category=x&region=CN-BJ")).response.json()) as {
        rows: Row[];
      }
    ).rows;
    expect(x.map((r) => r.category)).toEqual(Array(6).fill("x"));
    const latest = (
      (await (await fromR2("/v1/datasets/fixture-panel@1.1.0/data?region=CN-BJ&latest=1")).response.json()) as { rows: Row[] }
    ).rows;
    expect(latest.map((r) => `${r.measure}/${r.category ?? ""}/${r.period}`).sort()).toEqual([
      "alpha//2020",
      "share/x/2020",
      "share/y/2020",
    ]);
    const upTo = (
      (await (await fromR2("/v1/datasets/fixture-panel@1.1.0/data?region=CN-BJ&measure=alpha&period=..2017&latest=2")).response.json()) as {
        rows: Row[];
      }
    ).rows;
    expect(upTo.map((r) => r.period)).toEqual(["2016", "2017"]);
  });
});

describe("GET /v1/datasets/{id}/diff", () => {
  interface Diff {
    from: { version: string };
    to: { version: string };
    summary: { added: number; removed: number; changed: number; unchanged: number };
    added: Row[];
    removed: Row[];
    changed: Array<{ key: Record<string, string>; from: Record<string, unknown>; to: Record<string, unknown> }>;
  }

  it("should list added, removed and changed observations between two versions", async () => {
    const { response } = await fromR2("/v1/datasets/fixture-panel/diff?from=1.0.0&to=1.1.0");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/immutable/);
    const diff = (await response.json()) as Diff;
    // 1.1.0 adds 2020 for seven regions (3 rows each), drops CN-SH (5 periods × 3 rows), changes two rows.
    expect(diff.summary).toEqual({ added: 21, removed: 15, changed: 2, unchanged: 120 - 15 - 2 });
    expect(new Set(diff.added.map((r) => r.period))).toEqual(new Set(["2020"]));
    expect(new Set(diff.removed.map((r) => r.region))).toEqual(new Set(["CN-SH"]));
    expect(diff.changed).toEqual(
      expect.arrayContaining([
        { key: { region: "CN-BJ", period: "2019", measure: "alpha" }, from: { value: 119 }, to: { value: 120 } },
        { key: { region: "CN-AH", period: "2019", measure: "alpha" }, from: { status: null }, to: { status: "provisional" } },
      ]),
    );
  });

  it("should read only the needed blocks of both versions when filtered", async () => {
    const { response, reads } = await fromR2("/v1/datasets/fixture-panel/diff?from=1.0.0&to=1.1.0&region=CN-BJ");
    const diff = (await response.json()) as Diff;
    expect(diff.summary).toMatchObject({ added: 3, removed: 0, changed: 1 });
    expect(blocksRead(reads, "fixture-panel/1.0.0")).toHaveLength(1);
    expect(blocksRead(reads, "fixture-panel/1.1.0")).toHaveLength(1);
  });

  it("should resolve ranges, say which versions it compared, and answer errors as problems", async () => {
    const ranged = await fromR2("/v1/datasets/fixture-panel/diff?from=1.0.0&to=latest");
    expect(ranged.response.headers.get("content-location")).toBe("/v1/datasets/fixture-panel/diff?from=1.0.0&to=1.1.0");
    expect(((await ranged.response.json()) as Diff).to.version).toBe("1.1.0");
    const missing = await fromR2("/v1/datasets/fixture-panel/diff?from=1.0.0");
    expect(missing.response.status).toBe(400);
    expect(await missing.response.json()).toMatchObject({ param: "to" });
    const unknown = await fromR2("/v1/datasets/fixture-panel/diff?from=1.0.0&to=3.0.0");
    expect(unknown.response.status).toBe(404);
  });
});

describe("static assets storage (default)", () => {
  it("should read one of world-population's blocks for one country, and a different one for another", async () => {
    const index = (await storeFor({ ASSETS: recordingAssets([]) }).json<StoredIndex>("world-population/1.0.0/index.json")) as StoredIndex;
    expect(index.blocks.rows.length).toBeGreaterThan(2);
    const first: string[] = [];
    const a = await call("/v1/datasets/world-population@1.0.0/data?region=ABW", { ASSETS: recordingAssets(first) });
    const last: string[] = [];
    const b = await call("/v1/datasets/world-population@1.0.0/data?region=ZWE", { ASSETS: recordingAssets(last) });
    expect(((await a.json()) as { rows: Row[] }).rows.length).toBeGreaterThan(0);
    expect(((await b.json()) as { rows: Row[] }).rows.length).toBeGreaterThan(0);
    expect(blocksRead(first, "world-population/1.0.0")).toEqual(["world-population/1.0.0/blocks/0.json"]);
    expect(blocksRead(last, "world-population/1.0.0")).toEqual([`world-population/1.0.0/blocks/${index.blocks.rows.length - 1}.json`]);
  });
});

describe("memoized store", () => {
  it("should keep parsed blocks up to a bound in bytes, dropping the least recently used", async () => {
    const index = await fixtureIndex();
    const keys = index.blocks.rows.map((_, i) => `fixture-panel/1.0.0/blocks/${i}.json`);
    const reads: string[] = [];
    // Room for two blocks: reading a third evicts the least recently used.
    const [b0, b1, b2] = index.blocks.bytes as [number, number, number];
    const bound = b0 + b1 + b2 - 1;
    const store = memoize(r2Store(recordingBucket(reads)), bound);
    await store.json(keys[0] as string);
    await store.json(keys[1] as string);
    await store.json(keys[0] as string);
    expect(reads).toEqual([keys[0], keys[1]]);
    await store.json(keys[2] as string);
    await store.json(keys[0] as string);
    expect(reads).toEqual([keys[0], keys[1], keys[2]]);
    await store.json(keys[1] as string);
    expect(reads).toEqual([keys[0], keys[1], keys[2], keys[1]]);
  });

  it("should answer a document larger than the bound without keeping it", async () => {
    const reads: string[] = [];
    const store = memoize(r2Store(recordingBucket(reads)), 10);
    const first = await store.json<StoredIndex>("fixture-panel/1.0.0/index.json");
    const second = await store.json<StoredIndex>("fixture-panel/1.0.0/index.json");
    expect(first).toEqual(second);
    expect(reads).toEqual(["fixture-panel/1.0.0/index.json", "fixture-panel/1.0.0/index.json"]);
  });

  it("should share one fetch between concurrent first reads and keep no failure", async () => {
    const reads: string[] = [];
    const store = memoize(r2Store(recordingBucket(reads)));
    const [a, b] = await Promise.all([store.json("catalog.json"), store.json("catalog.json")]);
    expect(a).toBe(b);
    expect(reads).toEqual(["catalog.json"]);
    expect(await store.json("no/such/key.json")).toBeUndefined();
  });
});
