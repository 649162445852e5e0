/**
 * @module Error bodies: Problem Details for HTTP APIs (RFC 9457), `application/problem+json`.
 */
import * as v from "valibot";

/** A problem detail. `type` is a stable URI documented in docs/api.md; `param` names the bad parameter. */
export const Problem = v.looseObject({
  type: v.string(),
  title: v.string(),
  status: v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599)),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  param: v.optional(v.string()),
  allowed: v.optional(v.array(v.string())),
});
/** A problem detail. */
export type Problem = v.InferOutput<typeof Problem>;
