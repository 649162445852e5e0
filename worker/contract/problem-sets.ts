/**
 * @module The sets of problems operations share, for the OpenAPI document.
 */
import type { ProblemType } from "../lib/problem";

/** Problems any `/v1` operation can answer. */
export const COMMON: ProblemType[] = [
  "unknown-parameter",
  "invalid-parameter",
  "not-acceptable",
  "uri-too-long",
  "content-too-large",
  "rate-limited",
];
/** Problems of operations that name a dataset version. */
export const VERSIONED: ProblemType[] = [...COMMON, "unknown-dataset", "unknown-version"];
/** Problems of operations that resolve a version and take `asOf=`. */
export const AS_OF: ProblemType[] = [...VERSIONED, "not-yet-released"];
