/**
 * Commands the widget tests run on the Playwright side of the real browser (vitest browser `commands`):
 * emulating media features the page cannot set itself, and catching the files a widget downloads.
 */
import { readFileSync } from "node:fs";
import type { Download } from "playwright";
import type { BrowserCommand } from "vitest/node";

/** Media features to emulate (`null` restores the default). */
export interface MediaOptions {
  colorScheme?: "light" | "dark" | null;
  reducedMotion?: "reduce" | "no-preference" | null;
  media?: "screen" | "print" | null;
}

const pending = new Map<string, Promise<Download>>();

/** Emulates media features for the test page (prefers-color-scheme, prefers-reduced-motion, print). */
export const emulateMedia: BrowserCommand<[MediaOptions]> = async (ctx, options) => {
  await ctx.page.emulateMedia(options);
};

/** Starts listening for the next download, before the test clicks. */
export const armDownload: BrowserCommand<[]> = async (ctx) => {
  pending.set(ctx.sessionId, ctx.page.waitForEvent("download", { timeout: 10_000 }));
};

/** The download armed before: its suggested name and its bytes (base64). */
export const takeDownload: BrowserCommand<[]> = async (ctx) => {
  const download = await pending.get(ctx.sessionId);
  pending.delete(ctx.sessionId);
  if (!download) throw new Error("no download armed");
  const path = await download.path();
  return { name: download.suggestedFilename(), base64: readFileSync(path).toString("base64") };
};
