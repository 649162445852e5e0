/**
 * Indicator inputs are memoized per isolate by exact versions, expressions and filters: a repeated request reads
 * no block and reuses the same aligned series; a different filter or version is loaded anew.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { findDefinition } from "../../worker/indicators/definitions";
import { loadRequestMemoized } from "../../worker/indicators/load/load";
import { resolveRequest } from "../../worker/indicators/load/resolve";
import { parseIndicatorQuery } from "../../worker/indicators/params";
import { assetsStore } from "../../worker/storage/assets-store";
import type { DataStore } from "../../worker/storage/store";

const bindings = env as unknown as Env;

/** The real assets store, not memoized, recording the block keys it reads. */
function recordingStore(reads: string[]): DataStore {
  const base = assetsStore(bindings.ASSETS);
  return {
    json<T>(key: string) {
      if (key.includes("/blocks/")) reads.push(key);
      return base.json<T>(key);
    },
  };
}

async function resolved(store: DataStore, query: string) {
  const indicator = findDefinition("theil-t");
  if (!indicator) throw new Error("no theil-t");
  const parsed = parseIndicatorQuery(indicator, new URL(`https://x.test/v1/indicators/theil-t?${query}`));
  return resolveRequest(store, indicator, parsed);
}

const THEIL = "value=province-gdp@1.0.0:gdp/province-population@1.0.0:population&weight=province-population@1.0.0:population";

describe("loadRequestMemoized", () => {
  it("should load a request's inputs once per exact versions and filters, and reuse the same series", async () => {
    const reads: string[] = [];
    const store = recordingStore(reads);
    const first = await loadRequestMemoized(store, await resolved(store, THEIL), {});
    const readOnce = reads.length;
    expect(readOnce).toBeGreaterThan(0);
    const again = await loadRequestMemoized(store, await resolved(store, THEIL), {});
    expect(again).toBe(first);
    expect(reads).toHaveLength(readOnce);

    const filtered = await loadRequestMemoized(store, await resolved(store, THEIL), { group: ["east"] as never });
    expect(filtered).not.toBe(first);
    const value = filtered.series.value as { points: { region: string }[] };
    expect(value.points.length).toBeGreaterThan(0);
    expect(value.points.length).toBeLessThan((first.series.value as { points: unknown[] }).points.length);
    expect(reads.length).toBeGreaterThan(readOnce);
  });

  it("should not share inputs between different stores", async () => {
    const a = recordingStore([]);
    const b = recordingStore([]);
    const fromA = await loadRequestMemoized(a, await resolved(a, THEIL), {});
    const fromB = await loadRequestMemoized(b, await resolved(b, THEIL), {});
    expect(fromB).not.toBe(fromA);
    expect(fromB.series).toEqual(fromA.series);
  });
});
