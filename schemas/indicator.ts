/**
 * @module Indicators as the API publishes them: a registry entry (`GET /v1/indicators`) and a computed result
 * (`GET /v1/indicators/{id}`), shared by the worker, the widgets and the tests.
 */
import * as v from "valibot";
import { LocalizedText } from "./localized-text";
import { Period } from "./period";

/** An indicator id: kebab-case, used in URLs. */
export const IndicatorId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "a kebab-case indicator id"));

/**
 * How an indicator is computed: the formula in plain text and LaTeX, what its symbols stand for in words, the
 * reference it follows, and its version.
 */
export const IndicatorMethod = v.strictObject({
  /** Semantic version of the method: a change of result for the same inputs is a new MAJOR or MINOR. */
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)),
  /** The formula in plain-text notation: math only (symbols, parameter names), the same in every language. */
  formula: v.pipe(v.string(), v.minLength(1)),
  /**
   * The formula's remarks in words, in both languages ("s = value share", "converging when σ_T < σ_1"): shown
   * beside the formula in the reader's language. Absent when the formula needs none.
   */
  where: v.optional(LocalizedText),
  latex: v.pipe(v.string(), v.minLength(1)),
  reference: v.pipe(v.string(), v.minLength(1)),
});
/** How an indicator is computed. */
export type IndicatorMethod = v.InferOutput<typeof IndicatorMethod>;

/** One query parameter an indicator takes. `series` parameters are dataset references `dataset@version:measure`. */
export const IndicatorParameter = v.strictObject({
  name: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/)),
  kind: v.picklist(["series", "series-list", "grouping", "number", "integer", "choice", "period", "text"]),
  required: v.boolean(),
  description: LocalizedText,
  default: v.optional(v.union([v.string(), v.number()])),
  choices: v.optional(v.array(v.string())),
  example: v.optional(v.string()),
});
/** One query parameter of an indicator. */
export type IndicatorParameter = v.InferOutput<typeof IndicatorParameter>;

/** A registry entry: everything needed to call an indicator and to know what it computes. */
export const IndicatorInfo = v.strictObject({
  id: IndicatorId,
  title: LocalizedText,
  description: LocalizedText,
  unit: LocalizedText,
  method: IndicatorMethod,
  parameters: v.array(IndicatorParameter),
  /** A query string that computes the indicator on published data. */
  example: v.string(),
  links: v.optional(v.record(v.string(), v.string())),
});
/** A registry entry. */
export type IndicatorInfo = v.InferOutput<typeof IndicatorInfo>;

/** One exact input of a result: the dataset version it read and that version's content hash. */
export const IndicatorInput = v.strictObject({
  /** The query parameter the input was given in (`value`, `weight`, `by`, …). */
  param: v.string(),
  dataset: v.string(),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)),
  /** What the request asked for (`1.0.0`, `^1`, `latest`). */
  requested: v.string(),
  hash: v.pipe(v.string(), v.regex(/^sha256-[0-9a-f]{64}$/)),
  /** The measure (observations) or field (reference tables) read. */
  measure: v.optional(v.string()),
  field: v.optional(v.string()),
});
/** One exact input. */
export type IndicatorInput = v.InferOutput<typeof IndicatorInput>;

/** One computed value: for a period, optionally a region or category, with optional components. */
export const IndicatorResultRow = v.strictObject({
  period: Period,
  region: v.optional(v.string()),
  category: v.optional(v.string()),
  value: v.pipe(v.number(), v.finite()),
  /** Parts of the value: decompositions (between/within), shares, bounds. */
  components: v.optional(v.record(v.string(), v.nullable(v.number()))),
  /** A class the value falls in (e.g. `highly-concentrated`), where the method defines classes. */
  class: v.optional(v.string()),
});
/** One computed value. */
export type IndicatorResultRow = v.InferOutput<typeof IndicatorResultRow>;

/** The body of `GET /v1/indicators/{id}`: the results, how they were computed and from exactly which data. */
export const IndicatorResult = v.looseObject({
  indicator: IndicatorId,
  title: LocalizedText,
  unit: LocalizedText,
  method: IndicatorMethod,
  parameters: v.record(v.string(), v.unknown()),
  inputs: v.array(IndicatorInput),
  results: v.array(IndicatorResultRow),
  /** Things a reader should know: periods left out because an input lacked them, lower bounds, … */
  warnings: v.optional(v.array(LocalizedText)),
  /** Intermediate values (group means, shares, contributions); only with `explain=1`. */
  explain: v.optional(v.record(v.string(), v.unknown())),
  /** Present when the result was requested through a named view. */
  view: v.optional(v.strictObject({ id: IndicatorId, title: LocalizedText, question: LocalizedText })),
});
/** The body of an indicator result. */
export type IndicatorResult = v.InferOutput<typeof IndicatorResult>;

/** A named view: one indicator with fixed inputs that answers one question. */
export const IndicatorView = v.strictObject({
  id: IndicatorId,
  title: LocalizedText,
  question: LocalizedText,
  description: LocalizedText,
  indicator: IndicatorId,
  /** The indicator query the view stands for. */
  query: v.string(),
  links: v.optional(v.record(v.string(), v.string())),
});
/** A named view. */
export type IndicatorView = v.InferOutput<typeof IndicatorView>;
