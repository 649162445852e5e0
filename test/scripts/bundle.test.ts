/**
 * The worker bundle budget: 40 KB gzip, measured on what `wrangler deploy --dry-run` would upload. The OpenAPI
 * generator, the converters, the CSV library and the `semver` package must stay out of it, and so must the
 * indicators' and views' texts and the views themselves (the worker reads them from `_data/indicators.json`) and
 * the query parameters' descriptions (the build-time OpenAPI document holds them).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { WORKER_GZIP_BUDGET } from "../../bench/budget/worker-bundle";
import { ROOT } from "../../scripts/lib/paths";
import { QUERY_DOCS } from "../../worker/contract/query-docs";
import { DESCRIBED_VIEWS, INDICATORS } from "../../worker/indicators/registry";
import { VIEWS } from "../../worker/indicators/views";

/** The runs of 16 or more characters of a text that the bundle would hold verbatim (esbuild escapes non-ASCII). */
const asciiRuns = (text: string) => text.split(/[^\x20-\x7e]|["'\\`]/).filter((run) => run.length >= 16);

describe("the worker bundle", () => {
  let code: Buffer;

  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), "pa-bundle-"));
    try {
      execFileSync(join(ROOT, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", out], {
        cwd: ROOT,
        env: { ...process.env, PA_SKIP_BUILD: "1", WRANGLER_SEND_METRICS: "false" },
        stdio: "pipe",
      });
      code = readFileSync(join(out, "index.js"));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it("should stay under its 40 KB gzip budget", () => {
    const gzip = gzipSync(code).length;
    console.log(`worker bundle: ${(code.length / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`);
    expect(gzip).toBeLessThanOrEqual(WORKER_GZIP_BUDGET);
    expect(code.toString()).not.toMatch(/toJsonSchema|openapiTS|csv-stringify/);
  });

  it("should leave out the semver package and the indicators' and views' texts", () => {
    const text = code.toString();
    expect(text).not.toMatch(/SEMVER_SPEC_VERSION/);
    // Texts reach the bundle when an indicator's texts are not plain literals (a spread or a call keeps them).
    const texts = INDICATORS.flatMap((i) => [
      i.description.en,
      i.method.reference,
      i.method.formula,
      ...i.parameters.map((p) => p.description.en),
    ]);
    const runs = [...texts, ...DESCRIBED_VIEWS.map((view) => view.question.en)].flatMap(asciiRuns);
    expect(runs.length).toBeGreaterThan(50);
    expect(runs.filter((run) => text.includes(run))).toEqual([]);
  });

  it("should leave out the query parameters' descriptions and the named views (build-time documents hold them)", () => {
    const text = code.toString();
    const descriptions = [...QUERY_DOCS.values()].flatMap(asciiRuns);
    expect(descriptions.length).toBeGreaterThan(10);
    expect(descriptions.filter((run) => text.includes(run))).toEqual([]);
    // A view's query names its inputs; the worker reads views from `_data/indicators.json`.
    const queries = VIEWS.map((view) => view.query).filter((query) => query.length >= 16);
    expect(queries.filter((query) => text.includes(query))).toEqual([]);
  });
});
