/**
 * @module Text published in both of the product's languages.
 */
import * as v from "valibot";

/** A non-empty, trimmed string: metadata never carries blank labels. */
export const NonEmptyText = v.pipe(v.string(), v.trim(), v.minLength(1));

/** Text in simplified Chinese (`zh`, shown first to portals) and English (`en`). */
export const LocalizedText = v.strictObject({
  zh: NonEmptyText,
  en: NonEmptyText,
});
/** Text in simplified Chinese and English. */
export type LocalizedText = v.InferOutput<typeof LocalizedText>;

/** The languages every string of the product exists in. */
export const LANGUAGES = ["zh", "en"] as const;
/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];
