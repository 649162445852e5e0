/**
 * The diff route shows what a correction changed beyond values: flags (the status column) and the fields of each
 * version's sealed metadata (units, definitions, caveats…). On published data: internet-users 1.0.0 → 1.0.1.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

const get = (path: string) => SELF.fetch(`https://atlas.test${path}`);

interface Diff {
  summary: { added: number; removed: number; changed: number };
  changed: Array<{ key: Record<string, string>; from: Record<string, unknown>; to: Record<string, unknown> }>;
  metadata: Array<{ path: string; from: unknown; to: unknown }>;
}

describe("GET /v1/datasets/{id}/diff: metadata and flags", () => {
  it("should list the metadata fields and row flags a correction changed", async () => {
    const response = await get("/v1/datasets/internet-users/diff?from=1.0.0&to=1.0.1");
    expect(response.status).toBe(200);
    const diff = (await response.json()) as Diff;
    expect(diff.summary.added).toBe(0);
    expect(diff.summary.removed).toBe(0);
    expect(diff.metadata.map((m) => m.path)).toEqual(expect.arrayContaining(["measures.rural_users.definition", "caveats.4"]));
    const rural = diff.changed.find((c) => c.key.period === "2021-06" && c.key.measure === "rural_users");
    expect(rural).toEqual({
      key: { region: "CN", period: "2021-06", measure: "rural_users" },
      from: { status: null },
      to: { status: "break;secondary" },
    });
  });

  it("should show no metadata change between two versions that seal the same metadata", async () => {
    const diff = (await (await get("/v1/datasets/national-gini/diff?from=1.0.0&to=1.1.0")).json()) as Diff;
    expect(diff.metadata).toEqual([]);
  });
});

describe("GET /v1/datasets/{id}@{version}: the metadata the version sealed", () => {
  it("should describe 1.0.0 as first published and 1.0.1 with what it added, citations on both", async () => {
    type Meta = { measures: Array<{ id: string; definition?: unknown }>; sources: Array<{ primary?: unknown }>; caveats: unknown[] };
    const first = (await (await get("/v1/datasets/internet-users@1.0.0")).json()) as Meta;
    const corrected = (await (await get("/v1/datasets/internet-users@1.0.1")).json()) as Meta;
    expect(first.measures.find((m) => m.id === "rural_users")?.definition).toBeUndefined();
    expect(corrected.measures.find((m) => m.id === "rural_users")?.definition).toBeDefined();
    expect(corrected.caveats.length).toBe(first.caveats.length + 1);
    for (const meta of [first, corrected]) expect(meta.sources.every((s) => s.primary)).toBe(true);
  });
});
