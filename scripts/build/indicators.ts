/**
 * @module Build step: the indicator registry with its texts (titles, descriptions, units, formulas, LaTeX,
 * references, parameter docs, named views) → `.assets/_data/indicators.json`, which the worker serves and reads
 * its texts from. Generated here from `worker/indicators/registry.ts` so the texts stay out of the worker bundle.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DESCRIBED_VIEWS, INDICATORS, infoOf } from "../../worker/indicators/registry";
import { INDICATOR_REGISTRY_KEY, type IndicatorRegistry } from "../../worker/indicators/registry-document";
import { ASSETS_DIR } from "../lib/paths";

/** The registry document, from the indicator definitions and their texts. */
export function buildIndicatorRegistry(): IndicatorRegistry {
  return { indicators: INDICATORS.map(infoOf), views: [...DESCRIBED_VIEWS] };
}

/** Writes `_data/indicators.json` into the assets folder. */
export function writeIndicatorRegistry(assetsDir = ASSETS_DIR): void {
  const out = join(assetsDir, "_data");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, INDICATOR_REGISTRY_KEY), JSON.stringify(buildIndicatorRegistry()));
}
