/**
 * @module The result of `GET /v1/indicators/{id}` as agreed between the helpers (see the brief's contracts),
 * read leniently (a loose object: fields the widget does not show may be added). It lives here until the
 * indicators API publishes its own schema in `schemas/`; then this file should re-export that one.
 */
import * as v from "valibot";
import { LocalizedText } from "../../schemas/localized-text";
import { Period } from "../../schemas/period";

/** One computed value, optionally for a region, with its decomposition (`between`/`within`, shares…; a part may be null). */
export const IndicatorValue = v.looseObject({
  period: Period,
  region: v.optional(v.string()),
  category: v.optional(v.string()),
  value: v.pipe(v.number(), v.finite()),
  components: v.optional(v.record(v.string(), v.nullable(v.pipe(v.number(), v.finite())))),
  /** A class the method puts the value in (e.g. `highly-concentrated`). */
  class: v.optional(v.string()),
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
  /** Things a reader should know (periods left out, lower bounds…), shown under the figure. */
  warnings: v.optional(v.array(LocalizedText)),
});
/** An indicator result. */
export type IndicatorResult = v.InferOutput<typeof IndicatorResult>;
