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
        // The charts Worker (bundled by the build to .charts/index.js) runs beside it, bound to it as in production.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              r2Buckets: ["FIXTURE_BUCKET"],
              workers: [
                {
                  name: "prosperity-atlas-charts",
                  modules: true,
                  scriptPath: "./.charts/index.js",
                  compatibilityDate: "2026-05-01",
                },
              ],
            },
          }),
        ],
        test: { name: "worker", include: ["test/worker/**/*.test.ts"], globalSetup: ["test/support/build-fixture.ts"] },
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
            headless: true,
            viewport: { width: 1000, height: 900 },
            commands: { emulateMedia, armDownload, takeDownload },
            provider: playwright({
              launchOptions: { executablePath, args: [...chromium.args, "--disable-background-networking", "--no-first-run"] },
            }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
      {
        test: {
          name: "site",
          include: ["test/site/**/*.test.ts"],
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
