/**
 * @module Metadata of one immutable version of a dataset (`data/<id>/<version>/version.json`).
 */
import * as v from "valibot";
import { LocalizedText } from "./localized-text";

/** A strict semantic version, `MAJOR.MINOR.PATCH` without pre-release tags. */
export const SemVer = v.pipe(v.string(), v.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, "a version such as 1.0.0"));

/** What a version is and what it changed. PATCH corrects values, MINOR appends, MAJOR changes meaning. */
export const VersionMeta = v.strictObject({
  version: SemVer,
  published: v.pipe(v.string(), v.isoDate()),
  changes: LocalizedText,
  /** The version whose values this one corrects, if it is a correction. */
  corrects: v.optional(SemVer),
});
/** Metadata of one version. */
export type VersionMeta = v.InferOutput<typeof VersionMeta>;
