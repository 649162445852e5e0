/**
 * @module The registry document the build writes (`_data/indicators.json`) and the worker reads: every
 * indicator's and view's entry with its texts (titles, descriptions, units, formulas, LaTeX, references,
 * parameter docs). The worker takes texts from it, never from the indicator modules, so they stay out of its bundle.
 */
import type { IndicatorInfo, IndicatorView } from "../../schemas/indicator";

/** Store key of the registry document (below `_data/`). */
export const INDICATOR_REGISTRY_KEY = "indicators.json";

/** The registry document: entries as `GET /v1/indicators` lists them, without links (which name the host). */
export interface IndicatorRegistry {
  indicators: IndicatorInfo[];
  /** The named views: their definitions (indicator and query) with their texts; the worker runs them from here. */
  views: IndicatorView[];
  /** sha256 (hex) of the indicators and views as written: the registry routes' ETags derive from it. */
  hash: string;
}
