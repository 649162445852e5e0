/**
 * Three projects, one run: data/build tests in Node, API tests inside workerd (the real Workers runtime),
 * widget tests in a real Chromium against the worker served by `wrangler dev`.
 */

import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import chromium from "@sparticuz/chromium";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

const executablePath = process.env.PA_CHROMIUM ?? (await chromium.executablePath());

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["test/data/**/*.test.ts", "test/schemas/**/*.test.ts", "test/scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        // FIXTURE_BUCKET: a Miniflare R2 bucket the storage tests fill with the synthetic fixture build.
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" }, miniflare: { r2Buckets: ["FIXTURE_BUCKET"] } })],
        test: { name: "worker", include: ["test/worker/**/*.test.ts"], globalSetup: ["test/support/build-fixture.ts"] },
      },
      {
        test: {
          name: "browser",
          include: ["test/widgets/**/*.test.ts"],
          globalSetup: ["test/support/serve-worker.ts"],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath, args: [...chromium.args, "--disable-background-networking", "--no-first-run"] },
            }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
    ],
  },
});
