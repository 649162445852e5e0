/**
 * No silent skips: with CI=true, the tests that compare published data with ../shared/data/raw FAIL when the raw
 * folder is missing; elsewhere (a user's clone) they are skipped. Proven on the policy and on a real vitest run
 * of one raw-data test file with PA_RAW_DIR naming a folder that does not exist.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/lib/paths";
import { rawPolicy } from "../support/raw-data";

describe("tests that read ../shared/data/raw", () => {
  it("should run with the raw folder, skip without it, and fail without it when CI=true", () => {
    expect(rawPolicy("/some/raw", { CI: "true" })).toBe("run");
    expect(rawPolicy(undefined, {})).toBe("skip");
    expect(rawPolicy(undefined, { CI: "false" })).toBe("skip");
    expect(rawPolicy(undefined, { CI: "true" })).toBe("fail");
  });

  it("should make a CI run without the raw folder fail", () => {
    const run = spawnSync(
      join(ROOT, "node_modules/.bin/vitest"),
      ["run", "--project", "node", "test/data/china-metadata.test.ts", "--reporter=dot"],
      { cwd: ROOT, env: { ...process.env, CI: "true", PA_RAW_DIR: join(ROOT, "no-such-raw-folder") }, encoding: "utf8" },
    );
    expect(run.status).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toMatch(/CI=true but \.\.\/shared\/data\/raw is missing/);
  }, 120_000);
});
