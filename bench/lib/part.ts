/**
 * @module Runs one benchmark part as a command: prints its table, saves its figures for `npm run bench`,
 * and (for the reliability parts) exits non-zero when a target is missed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Figure, table, tally } from "./figures";
import { RESULTS_DIR } from "./paths";

/** Where a part's figures are saved. */
export const resultFile = (part: string) => join(RESULTS_DIR, `${part}.json`);

/**
 * Runs `measure`, prints the figures as a table and writes them to `.bench/results/<part>.json`.
 * With `failOnMiss`, a missed target sets a non-zero exit code (reliability is pass/fail; speed on a shared
 * machine is reported, not enforced).
 */
export async function runPart(part: string, measure: () => Promise<Figure[]>, failOnMiss = false): Promise<void> {
  const started = performance.now();
  try {
    const figures = await measure();
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(resultFile(part), `${JSON.stringify({ part, seconds: (performance.now() - started) / 1000, figures }, null, 2)}\n`);
    console.log(`\n${table(figures)}\n`);
    const { met, missed } = tally(figures);
    console.log(`${part}: ${met} target(s) met, ${missed.length} missed, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    if (failOnMiss && missed.length > 0) process.exitCode = 1;
  } catch (error) {
    console.error(`${part} failed:`, error);
    process.exitCode = 1;
  }
}

/** Progress line on stderr, so a long part shows it is alive without polluting the table. */
export const progress = (message: string) => process.stderr.write(`  · ${message}\n`);
