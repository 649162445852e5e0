/**
 * @module Rows of the `regions` reference dataset: China's 31 provincial-level divisions.
 */
import * as v from "valibot";
import { NonEmptyText } from "./localized-text";
import { RegionCode } from "./observation";

/** The NBS four-region grouping (东部/中部/西部/东北). */
export const RegionGroup = v.picklist(["east", "central", "west", "northeast"]);
/** A group id. */
export type RegionGroup = v.InferOutput<typeof RegionGroup>;

/** One province-level division. */
export const Region = v.strictObject({
  region: RegionCode,
  gb_code: v.pipe(v.string(), v.regex(/^\d{2}$/)),
  iso_legacy: v.pipe(v.string(), v.regex(/^CN-\d{2}$/)),
  name_zh: NonEmptyText,
  name_zh_short: NonEmptyText,
  name_en: NonEmptyText,
  group: RegionGroup,
});
/** One province-level division. */
export type Region = v.InferOutput<typeof Region>;
