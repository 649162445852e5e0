// Values the browser tests receive from their global setup (test/support/serve-worker.ts, serve-pages.ts),
// and the commands they run on the Playwright side (test/support/browser-commands.ts).
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of the worker served by `wrangler dev` for this run. */
    apiBase: string;
    /** Worker tests: `_data` files of the synthetic fixture build (test/support/build-fixture.ts), key → JSON text. */
    fixtureData: Record<string, string>;
    /** Origin of the host-page server (a second origin with a strict CSP). */
    pageBase: string;
    /** Origin of the fault server (our test double of a failing network in front of the worker). */
    faultBase: string;
    /** An origin where nothing listens. */
    downBase: string;
  }
}

declare module "vitest/browser" {
  interface BrowserCommands {
    /** Emulates media features (see test/support/browser-commands.ts). */
    emulateMedia(options: {
      colorScheme?: "light" | "dark" | null;
      reducedMotion?: "reduce" | "no-preference" | null;
      media?: "screen" | "print" | null;
    }): Promise<void>;
    /** Starts listening for the next download. */
    armDownload(): Promise<void>;
    /** The armed download: suggested file name and bytes in base64. */
    takeDownload(): Promise<{ name: string; base64: string }>;
  }
}
