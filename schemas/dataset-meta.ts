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

/** Another dataset's measure that must not be compared with this one, and why (different scale, base or membership). */
export const NotComparable = v.strictObject({
  dataset: DatasetId,
  /** The other measure; absent = every measure of that dataset. */
  measure: v.optional(MeasureId),
  why: LocalizedText,
});
/** A measure this one is not comparable with. */
export type NotComparable = v.InferOutput<typeof NotComparable>;

/** What one measure means and how it is counted. */
export const Measure = v.strictObject({
  id: MeasureId,
  title: LocalizedText,
  unit: LocalizedText,
  definition: v.optional(LocalizedText),
  /** Digits after the decimal point the sources print; used for display only. */
  decimals: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
  /** Measures of other datasets that look alike but must not be put side by side (a citation annotation, not sealed). */
  notComparableWith: v.optional(v.pipe(v.array(NotComparable), v.minLength(1))),
});
/** A measure of a dataset. */
export type Measure = v.InferOutput<typeof Measure>;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the publication says, no more. */
export const PublicationDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "a date such as 2024, 2024-09 or 2024-09-30"),
);

/**
 * The primary publication a ministry would cite for a source (e.g. 国家统计局《中国统计年鉴2024》表3-9; CNNIC 第53次
 * 《中国互联网络发展状况统计报告》). Only what the raw files and their SOURCES.md say: a table or report number that
 * is not known is left out, never guessed.
 */
export const PrimaryPublication = v.strictObject({
  publisher: LocalizedText,
  title: LocalizedText,
  /** Table number or name within the publication (e.g. "表3-9", "NV.SRV.TOTL.ZS"). */
  table: v.optional(NonEmptyText),
  /** Report number or edition (e.g. "第53次"). */
  report: v.optional(NonEmptyText),
  date: v.optional(PublicationDate),
  url: v.optional(v.pipe(v.string(), v.url())),
});
/** A primary publication. */
export type PrimaryPublication = v.InferOutput<typeof PrimaryPublication>;

/**
 * Where the values came from. `publisher`, `title`, `url`, `repository`, `path` and `commit` describe where we READ
 * them (a mirror, repost or export: the "via …" of a citation); `primary` names the publication they come from.
 */
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
  /** The primary publication (a citation annotation: may be added to a published version's sources, never changes values). */
  primary: v.optional(PrimaryPublication),
  /** ISO date on which the mirror, page or file was read (from SOURCES.md). */
  retrieved: v.optional(v.pipe(v.string(), v.isoDate())),
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

/** Chart kinds a dataset can default to. */
export const ChartKind = v.picklist(["line", "area", "bar", "ranking", "share", "tilemap", "stat", "table"]);
/** A chart kind. */
export type ChartKind = v.InferOutput<typeof ChartKind>;

/**
 * What a widget or page shows for the dataset when no `measure` is given: one or more measures with at most two
 * units among them (checked against `measures` by {@link defaultsProblems}), a chart kind and a category.
 */
export const DatasetDefaults = v.strictObject({
  measures: v.pipe(v.array(MeasureId), v.minLength(1)),
  kind: v.optional(ChartKind),
  category: v.optional(NonEmptyText),
});
/** A dataset's defaults. */
export type DatasetDefaults = v.InferOutput<typeof DatasetDefaults>;

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
  /** What to show without a `measure` (the build requires it of every dataset in `data/`). */
  defaults: v.optional(DatasetDefaults),
});
/** Metadata of one dataset. */
export type DatasetMeta = v.InferOutput<typeof DatasetMeta>;

/**
 * Cross-field problems of `defaults` that a schema of one field cannot see: every default measure is declared,
 * and the defaults carry at most two units (two labelled axes). Returns messages; `[]` when fine.
 */
export function defaultsProblems(meta: Pick<DatasetMeta, "measures" | "defaults">): string[] {
  if (!meta.defaults) return [];
  const byId = new Map(meta.measures.map((m) => [m.id, m]));
  const problems = meta.defaults.measures.filter((id) => !byId.has(id)).map((id) => `"${id}" is not a declared measure`);
  const units = new Set(meta.defaults.measures.flatMap((id) => (byId.has(id) ? [byId.get(id)?.unit.en] : [])));
  if (units.size > 2) problems.push(`at most two units among the default measures, found ${units.size}: ${[...units].join(", ")}`);
  return problems;
}
