/**
 * @module The result of `GET /v1/indicators/{id}` as agreed between the helpers (see the brief's contracts).
 * It lives here until the indicators API publishes its own schema in `schemas/`; then this file re-exports it.
 */
import * as v from "valibot";
import { LocalizedText } from "../../schemas/localized-text";
import { Period } from "../../schemas/period";

/** One computed value, optionally for a region, with its decomposition (`between`/`within`, shares…). */
export const IndicatorValue = v.looseObject({
  period: Period,
  region: v.optional(v.string()),
  value: v.pipe(v.number(), v.finite()),
  components: v.optional(v.record(v.string(), v.pipe(v.number(), v.finite()))),
});

/** An indicator result with its method and the exact inputs it was computed from. */
export const IndicatorResult = v.looseObject({
  indicator: v.string(),
  title: LocalizedText,
  unit: v.optional(LocalizedText),
  method: v.looseObject({
    version: v.string(),
    formula: v.optional(v.string()),
    latex: v.optional(v.string()),
    reference: v.optional(v.string()),
  }),
  parameters: v.optional(v.record(v.string(), v.unknown())),
  inputs: v.array(
    v.looseObject({ dataset: v.string(), version: v.string(), hash: v.optional(v.string()), measure: v.optional(v.string()) }),
  ),
  results: v.array(IndicatorValue),
});
/** An indicator result. */
export type IndicatorResult = v.InferOutput<typeof IndicatorResult>;
