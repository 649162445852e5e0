/**
 * @module Build step: the indicator registry with its texts (titles, descriptions, units, formulas, LaTeX,
 * references, parameter docs, named views) → `.assets/_data/indicators.json`, which the worker serves and reads
 * its texts from. Generated here from `worker/indicators/registry.ts` so the texts stay out of the worker bundle.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DESCRIBED_VIEWS, INDICATORS, infoOf } from "../../worker/indicators/registry";
import { INDICATOR_REGISTRY_KEY, type IndicatorRegistry } from "../../worker/indicators/registry-document";
import { ASSETS_DIR } from "../lib/paths";

/** The registry document, from the indicator definitions and their texts, with the hash of what it says. */
export function buildIndicatorRegistry(): IndicatorRegistry {
  const indicators = INDICATORS.map(infoOf);
  const views = [...DESCRIBED_VIEWS];
  const hash = createHash("sha256").update(JSON.stringify({ indicators, views })).digest("hex");
  return { indicators, views, hash };
}

/** Writes `_data/indicators.json` into the assets folder. */
export function writeIndicatorRegistry(assetsDir = ASSETS_DIR): void {
  const out = join(assetsDir, "_data");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, INDICATOR_REGISTRY_KEY), JSON.stringify(buildIndicatorRegistry()));
}
