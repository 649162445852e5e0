/**
 * Three projects, one run: data/build tests in Node, API tests inside workerd (the real Workers runtime),
 * widget tests in a real Chromium against the worker served by `wrangler dev`; site tests drive Chromium from Node
 * (Playwright) through the generated pages, on two origins.
 */

import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import chromium from "@sparticuz/chromium";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { armDownload, emulateMedia, takeDownload } from "./test/support/browser-commands";

const executablePath = process.env.PA_CHROMIUM ?? (await chromium.executablePath());

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: [
            "test/data/**/*.test.ts",
            "test/schemas/**/*.test.ts",
            "test/scripts/**/*.test.ts",
            "test/indicators/**/*.test.ts",
            "test/reliability/**/*.test.ts",
            "test/figure/**/*.test.ts",
            "test/selfhost/**/*.test.ts",
          ],
          environment: "node",
          // Tests that validate a copy of all of data/ (~210k rows with the world datasets) take seconds on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        // FIXTURE_BUCKET: a Miniflare R2 bucket the storage tests fill with the synthetic fixture build.
        // The MCP worker is not part of this pool (test/mcp drives it under wrangler dev): its service binding
        // resolves to a worker that says so, so that the API worker starts.
        // The charts Worker (bundled by the build to .charts/index.js) runs beside it, bound to it as in production.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              r2Buckets: ["FIXTURE_BUCKET"],
              workers: [
                {
                  name: "prosperity-atlas-mcp",
                  modules: true,
                  script:
                    "export default { fetch: () => new Response('The MCP worker runs under wrangler dev (test/mcp).', { status: 503 }) };",
                },
                {
                  name: "prosperity-atlas-charts",
                  modules: true,
                  scriptPath: "./.charts/index.js",
                  compatibilityDate: "2026-05-01",
                  // resvg's WebAssembly and the font subset beside the bundle (charts/font.ts).
                  modulesRules: [
                    { type: "CompiledWasm", include: ["**/*.wasm"] },
                    { type: "Data", include: ["**/*.ttf"] },
                    { type: "Text", include: ["**/*.txt"] },
                  ],
                },
              ],
            },
          }),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          globalSetup: ["test/support/build-fixture.ts"],
          setupFiles: ["test/support/worker-texts.ts"],
        },
      },
      {
        // Pre-bundled up front, so Vite does not reload a test run when it first meets them.
        optimizeDeps: { include: ["axe-core", "lit", "valibot", "chart.js"] },
        test: {
          name: "browser",
          include: ["test/widgets/**/*.test.ts"],
          // The worker first: the page and fault servers proxy to it.
          globalSetup: ["test/support/serve-worker.ts", "test/support/serve-pages.ts"],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            // Visual tests: reviewed baselines are committed under test/visual-baselines/ (one PNG per figure);
            // a run fails when more than 1 % of the pixels differ by more than the 0.2 colour threshold.
            expect: {
              toMatchScreenshot: {
                comparatorName: "pixelmatch",
                comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.01 },
                resolveScreenshotPath: ({ arg, ext, root }) => `${root}/test/visual-baselines/${arg}${ext}`,
                resolveDiffPath: ({ arg, ext, root }) => `${root}/.vitest-attachments/visual/${arg}-diff${ext}`,
              },
            },
            headless: true,
            viewport: { width: 1000, height: 900 },
            commands: { emulateMedia, armDownload, takeDownload },
            provider: playwright({
              launchOptions: { executablePath, args: [...chromium.args, "--disable-background-networking", "--no-first-run"] },
              // Room for the visual tests' tall test frame (1000×1800) at scale 1: screenshots are never shrunk or cut.
              contextOptions: { viewport: { width: 1280, height: 1900 } },
            }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
      {
        test: {
          name: "site",
          // test/mcp: the MCP server driven by the SDK's client, against the same wrangler dev.
          include: ["test/site/**/*.test.ts", "test/mcp/**/*.test.ts"],
          environment: "node",
          // One file at a time: each drives its own Chromium against wrangler dev, on a 2-core machine.
          fileParallelism: false,
          globalSetup: ["test/support/serve-worker.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
