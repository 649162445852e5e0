/**
 * @module Metadata of a dataset: what it measures, in which units, from which sources, under which licence.
 * Written by the converters into `data/<id>/dataset.json` and validated by the build.
 */
import * as v from "valibot";
import { LocalizedText, NonEmptyText } from "./localized-text";
import { MeasureId } from "./observation";

/** The seven themes of the seed essay, plus `reference` for code lists. */
export const Theme = v.picklist([
  "industrial-structure",
  "public-services",
  "circulation",
  "platforms",
  "digital-divide",
  "common-prosperity",
  "digital-economy",
  "reference",
]);
/** A theme id. */
export type Theme = v.InferOutput<typeof Theme>;

/** A dataset id: kebab-case, used in URLs. */
export const DatasetId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "a kebab-case dataset id"));

/** What one measure means and how it is counted. */
export const Measure = v.strictObject({
  id: MeasureId,
  title: LocalizedText,
  unit: LocalizedText,
  definition: v.optional(LocalizedText),
  /** Digits after the decimal point the sources print; used for display only. */
  decimals: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
});
/** A measure of a dataset. */
export type Measure = v.InferOutput<typeof Measure>;

/** Where the values came from, down to the raw file and the commit or page it was taken from. */
export const Source = v.strictObject({
  publisher: LocalizedText,
  title: NonEmptyText,
  url: v.optional(v.pipe(v.string(), v.url())),
  repository: v.optional(NonEmptyText),
  path: v.optional(NonEmptyText),
  commit: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/))),
  /** The raw file in the workplace's shared data that the converter reads. */
  rawFile: NonEmptyText,
  /** How thin the source is: an official release, a repost of one, or a third party's estimate. */
  kind: v.picklist(["official", "official-repost", "third-party-estimate", "academic", "compilation"]),
});
/** A source of a dataset. */
export type Source = v.InferOutput<typeof Source>;

/** The licence of the data and the attribution its publisher requires. */
export const Licence = v.strictObject({
  id: NonEmptyText,
  title: NonEmptyText,
  url: v.optional(v.pipe(v.string(), v.url())),
  attribution: LocalizedText,
});
/** A licence. */
export type Licence = v.InferOutput<typeof Licence>;

/** A field of a reference table (datasets whose rows are not observations). */
export const ReferenceField = v.strictObject({
  name: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/)),
  type: v.picklist(["string", "integer", "number"]),
  title: LocalizedText,
});
/** A field of a reference table. */
export type ReferenceField = v.InferOutput<typeof ReferenceField>;

/** Metadata of one dataset, shared by all its versions. */
export const DatasetMeta = v.strictObject({
  id: DatasetId,
  title: LocalizedText,
  description: LocalizedText,
  themes: v.pipe(v.array(Theme), v.minLength(1)),
  /** `observations` rows follow {@link Observation}; `reference` rows follow `fields`. */
  kind: v.picklist(["observations", "reference"]),
  measures: v.array(Measure),
  fields: v.optional(v.array(ReferenceField)),
  licence: Licence,
  sources: v.pipe(v.array(Source), v.minLength(1)),
  caveats: v.array(LocalizedText),
  keywords: v.optional(v.array(NonEmptyText)),
});
/** Metadata of one dataset. */
export type DatasetMeta = v.InferOutput<typeof DatasetMeta>;
