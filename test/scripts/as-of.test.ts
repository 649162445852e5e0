/**
 * `asOf=YYYY-MM-DD` in version resolution: the newest matching version released on or before the day, with
 * versions released on different days (the published catalog releases its versions on one day, so this uses a
 * constructed entry), and the `asOf` parameter's validation as a property.
 */
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import type { CatalogEntry, PublishedVersion } from "../../schemas";
import { AsOfParam } from "../../schemas/query";
import { HttpProblem } from "../../worker/lib/problem";
import { resolveVersion } from "../../worker/storage/catalog";

const version = (v: string, published: string): PublishedVersion => ({
  version: v,
  published,
  changes: { zh: "-", en: "-" },
  hash: `sha256-${"0".repeat(64)}`,
  coverage: { rows: 0, regions: [], periods: [], measures: [] },
});

/** Newest first, as in the catalog: 2.0.0 (2026-03-01), 1.1.0 (2025-06-15), 1.0.0 (2025-01-10). */
const entry = {
  id: "demo",
  versions: [version("2.0.0", "2026-03-01"), version("1.1.0", "2025-06-15"), version("1.0.0", "2025-01-10")],
} as unknown as CatalogEntry;

const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof HttpProblem) return { type: error.type, ...error.extras };
    throw error;
  }
  throw new Error("no problem was thrown");
};

describe("resolveVersion with asOf", () => {
  it("should pick the newest version released on or before the day", () => {
    expect(resolveVersion(entry, "latest", "2026-03-01").version.version).toBe("2.0.0");
    expect(resolveVersion(entry, "latest", "2026-02-28").version.version).toBe("1.1.0");
    expect(resolveVersion(entry, "", "2025-06-14").version.version).toBe("1.0.0");
    expect(resolveVersion(entry, "latest").version.version).toBe("2.0.0");
  });

  it("should apply the day to ranges too", () => {
    expect(resolveVersion(entry, "^1", "2030-01-01").version.version).toBe("1.1.0");
    expect(resolveVersion(entry, "^1", "2025-06-14").version.version).toBe("1.0.0");
    expect(resolveVersion(entry, "^2", "2026-03-01")).toMatchObject({ exact: false });
    expect(problemOf(() => resolveVersion(entry, "^2", "2026-02-28"))).toMatchObject({
      type: "not-yet-released",
      param: "asOf",
      allowed: ["1.1.0", "1.0.0"],
    });
  });

  it("should answer not-yet-released before the first release, naming that date", () => {
    expect(problemOf(() => resolveVersion(entry, "latest", "2025-01-09"))).toMatchObject({
      type: "not-yet-released",
      allowed: [],
      firstReleased: "2025-01-10",
    });
  });

  it("should accept an exact version released by then and refuse one released later", () => {
    expect(resolveVersion(entry, "1.0.0", "2025-01-10")).toMatchObject({ exact: true });
    expect(problemOf(() => resolveVersion(entry, "2.0.0", "2025-12-31"))).toMatchObject({ type: "not-yet-released" });
    expect(problemOf(() => resolveVersion(entry, "3.0.0", "2030-01-01"))).toMatchObject({ type: "unknown-version" });
  });

  it("should keep unknown-version for ranges nothing ever matched", () => {
    expect(problemOf(() => resolveVersion(entry, "^5", "2030-01-01"))).toMatchObject({ type: "unknown-version" });
  });
});

describe("the asOf parameter", () => {
  it("should accept every day of the calendar", () => {
    const day = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true });
    fc.assert(fc.property(day, (d) => v.safeParse(AsOfParam, d.toISOString().slice(0, 10)).success));
  });

  it("should refuse anything that is not a day YYYY-MM-DD", () => {
    for (const bad of [
      "2026-02-30",
      "2025-02-29",
      "2026-13-01",
      "2026-1-1",
      "20260101",
      "2026-01-01T00:00:00Z",
      "",
      "latest",
      " 2026-01-01",
    ])
      expect(v.safeParse(AsOfParam, bad).success, bad).toBe(false);
    expect(v.safeParse(AsOfParam, "2024-02-29").success).toBe(true);
  });
});
