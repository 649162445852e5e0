/**
 * @module How tests that compare published data with `../shared/data/raw` behave when that folder is missing:
 * skipped in a user's clone, but FAILED when `CI=true`, so that a CI run without the raw data can never pass by
 * silently skipping the comparisons.
 */
import { describe, it } from "vitest";
import { findRawDir } from "../../scripts/lib/paths";

/** What a raw-data test does: run, skip (no raw data, not CI) or fail (no raw data in CI). */
export type RawPolicy = "run" | "skip" | "fail";

/** The policy for a raw folder (or its absence) in an environment. */
export function rawPolicy(rawDir: string | undefined, env: Record<string, string | undefined> = process.env): RawPolicy {
  if (rawDir) return "run";
  return env.CI === "true" ? "fail" : "skip";
}

/** `describe` for tests that read `../shared/data/raw`, following {@link rawPolicy}. */
export function describeRaw(name: string, body: () => void): void {
  const policy = rawPolicy(findRawDir());
  if (policy === "run") describe(name, body);
  else if (policy === "skip") describe.skip(name, body);
  else
    describe(name, () => {
      it("needs ../shared/data/raw (CI=true: a missing raw folder fails, it is never skipped)", () => {
        throw new Error("CI=true but ../shared/data/raw is missing: set PA_RAW_DIR or place shared/data/raw beside the repository");
      });
    });
}
