/**
 * @module The JSON body of `GET /v1/datasets/{id}@{version}/data`, shared by the worker and the widgets.
 */
import * as v from "valibot";
import { Measure } from "./dataset-meta";
import { LocalizedText } from "./localized-text";
import { Observation } from "./observation";

/** Rows of one exact version, with the version, title, attribution and measures they need to be shown. */
export const DataResponse = v.looseObject({
  dataset: v.string(),
  version: v.string(),
  hash: v.string(),
  title: LocalizedText,
  attribution: LocalizedText,
  measures: v.array(v.looseObject(Measure.entries)),
  rows: v.array(v.looseObject(Observation.entries)),
  /** When this version was published (YYYY-MM-DD): the date exports print beside dataset@version. */
  published: v.optional(v.string()),
  /** The dataset's sources (the primary publication first when the metadata names it), for the figure's source line. */
  sources: v.optional(v.array(v.looseObject({ publisher: LocalizedText, title: v.string() }))),
  /** What a figure shows without `measure` (the dataset metadata's `defaults`, when declared). */
  defaults: v.optional(v.looseObject({ measures: v.array(v.string()) })),
});
/** A data response. */
export type DataResponse = v.InferOutput<typeof DataResponse>;
