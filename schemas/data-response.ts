/**
 * @module The JSON body of `GET /v1/datasets/{id}@{version}/data`, shared by the worker and the widgets.
 */
import * as v from "valibot";
import { Measure } from "./dataset-meta";
import { LocalizedText } from "./localized-text";
import { Observation } from "./observation";

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * Rows of one exact version, with the version, title, attribution and measures they need to be shown. The API
 * serves every matching row unless `limit` asked for pages; a page says so here: `count` < `total`, and
 * `links.next` names the rest. (Optional, so that inline data written by hand still validates.)
 */
export const DataResponse = v.looseObject({
  dataset: v.string(),
  version: v.string(),
  hash: v.string(),
  title: LocalizedText,
  attribution: LocalizedText,
  measures: v.array(v.looseObject(Measure.entries)),
  rows: v.array(v.looseObject(Observation.entries)),
  /** Rows matching the request's filters, on all pages. */
  total: v.optional(Count),
  /** Rows in this body. */
  count: v.optional(Count),
  links: v.optional(v.looseObject({ next: v.optional(v.string()) })),
  /** The dataset's sources (the primary publication first when the metadata names it), for the figure's source line. */
  sources: v.optional(v.array(v.looseObject({ publisher: LocalizedText, title: v.string() }))),
  /** What a figure shows without `measure` (the dataset metadata's `defaults`, when declared). */
  defaults: v.optional(v.looseObject({ measures: v.array(v.string()) })),
});
/** A data response. */
export type DataResponse = v.InferOutput<typeof DataResponse>;
