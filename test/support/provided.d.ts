// Values the browser tests receive from their global setup (test/support/serve-worker.ts).
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the worker served by `wrangler dev` for this run. */
    apiBase: string;
    /** Worker tests: `_data` files of the synthetic fixture build (test/support/build-fixture.ts), key → JSON text. */
    fixtureData: Record<string, string>;
  }
}
