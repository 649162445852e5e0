/**
 * The worker bundle budget: 40 KB gzip, measured on what `wrangler deploy --dry-run` would upload. The OpenAPI
 * generator, the converters and the CSV library must stay out of it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/lib/paths";

describe("the worker bundle", () => {
  it("should stay under 40 KB gzip", () => {
    const out = mkdtempSync(join(tmpdir(), "pa-bundle-"));
    try {
      execFileSync(join(ROOT, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", out], {
        cwd: ROOT,
        env: { ...process.env, PA_SKIP_BUILD: "1", WRANGLER_SEND_METRICS: "false" },
        stdio: "pipe",
      });
      const code = readFileSync(join(out, "index.js"));
      const gzip = gzipSync(code).length;
      console.log(`worker bundle: ${(code.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`);
      expect(gzip).toBeLessThan(40_000);
      expect(code.toString()).not.toMatch(/toJsonSchema|openapiTS|csv-stringify/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
