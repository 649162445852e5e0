/**
 * wrangler.toml agrees with the code: the rate limit the binding enforces is the one the headers and docs state.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/lib/paths";
import { RATE_LIMIT } from "../../worker/middleware/rate-limit-policy";

const toml = readFileSync(join(ROOT, "wrangler.toml"), "utf8");

describe("wrangler.toml", () => {
  it("should declare the rate limiter with the policy the API announces", () => {
    const block = /\[\[ratelimits\]\]([\s\S]*?)(?:\n\[|$)/.exec(toml)?.[1] ?? "";
    expect(block).toMatch(/name = "RATE_LIMITER"/);
    expect(block).toMatch(new RegExp(`simple = \\{ limit = ${RATE_LIMIT.limit}, period = ${RATE_LIMIT.window} \\}`));
  });

  it("should minify the worker and keep the build's files behind the worker", () => {
    expect(toml).toMatch(/^minify = true$/m);
    expect(toml).toMatch(/run_worker_first = \[[^\]]*"\/_api\/\*"/);
  });
});
