/**
 * Setup of the `worker` test project. wrangler.toml defines `PA_WORKER_BUNDLE` so that esbuild folds the registry
 * texts out of the deployed bundle; the workers pool applies wrangler's defines as globals, which would leave the
 * texts out of the test isolate too — where the contract tests build the OpenAPI operations (with their texts).
 * Removing the global gives the tests the source as written; test/scripts/bundle.test.ts checks the real bundle.
 */
delete (globalThis as { PA_WORKER_BUNDLE?: unknown }).PA_WORKER_BUNDLE;
