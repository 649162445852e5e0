/**
 * Self-hosting without Cloudflare: the deployment `npm run serve:selfhost` runs — the worker bundle wrangler
 * deploys, in `workerd` from npm, behind our routing and static-assets workers over `.assets/` on disk — started
 * on a free port and checked over HTTP: the API contract replay (every OpenAPI example, as in the worker tests),
 * the widget files with the bytes and SRI hashes of the manifest, `_headers` applied, the site's pages, and the
 * worker-only data blocks kept private.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WidgetManifest } from "../../scripts/build/widgets";
import { ASSETS_DIR } from "../../scripts/lib/paths";
import { startOnFreePort } from "../../scripts/lib/ports";
import { prepareSelfhost } from "../../scripts/selfhost/prepare";
import { startWorkerd, type Workerd } from "../../scripts/selfhost/workerd";
import { type OpenApiDocument, replayExamples } from "../worker/contract-replay";

let dir: string;
let server: Workerd;
const get = (path: string, init?: RequestInit) => fetch(`${server.origin}${path}`, { redirect: "manual", ...init });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pa-selfhost-"));
  // `npm test` has built .assets/ already: the worker bundle only.
  process.env.PA_SKIP_BUILD = "1";
  const config = await prepareSelfhost(dir);
  server = await startOnFreePort((port) => startWorkerd(config, { host: "127.0.0.1", port, assets: ASSETS_DIR }));
}, 120_000);
afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("self-hosted on workerd", () => {
  it("should answer every documented example request of the API contract as documented", async () => {
    const response = await get("/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(await replayExamples(get, (await response.json()) as OpenApiDocument)).toBeGreaterThanOrEqual(25);
  });

  it("should serve every widget file with the manifest's bytes, CORS and its cache policy", async () => {
    const manifest = JSON.parse(readFileSync(join(ASSETS_DIR, "widgets/manifest.json"), "utf8")) as WidgetManifest;
    for (const file of manifest.files) {
      const response = await get(`/widgets/${file.path}`);
      expect(response.status, file.path).toBe(200);
      expect(response.headers.get("content-type"), file.path).toMatch(/^text\/javascript/);
      expect(response.headers.get("access-control-allow-origin"), file.path).toBe("*");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(`sha384-${createHash("sha384").update(bytes).digest("base64")}`, file.path).toBe(file.integrity);
      expect(response.headers.get("cache-control"), file.path).toBe(
        file.path.includes("/") ? "public, max-age=31536000, immutable" : "public, max-age=300",
      );
    }
  });

  it("should serve the site's pages with the security headers of _headers, and redirect a directory to its slash", async () => {
    for (const path of ["/", "/en/", "/datasets/", "/gallery/"]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toBe("text/html; charset=utf-8");
      expect(response.headers.get("content-security-policy"), path).toContain("script-src 'self'");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(await response.text(), path).toContain("<!doctype html>");
    }
    const redirect = await get("/datasets");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe("/datasets/");
  });

  it("should keep the worker's data blocks private and answer unknown paths with problem+json", async () => {
    for (const path of ["/_data/catalog.json", "/_api/openapi.json", "/_downloads/none.csv", "/no-such-page"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toMatch(/^application\/problem\+json/);
    }
  });

  it("should refuse writes to assets and send other methods to the worker", async () => {
    expect((await get("/site.css", { method: "HEAD" })).status).toBe(200);
    const post = await get("/v1/datasets", { method: "POST" });
    expect(post.status).toBeGreaterThanOrEqual(400);
    expect(post.status).toBeLessThan(500);
  });
});
