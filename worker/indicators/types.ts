/**
 * @module The shape of an indicator definition: metadata, declared parameters and a pure `compute`.
 * Adding an indicator = one file exporting a definition + one line in `registry.ts` + one test.
 */
import type * as v from "valibot";
import type { IndicatorMethod, IndicatorResultRow } from "../../schemas/indicator";
import type { LocalizedText } from "../../schemas/localized-text";
import type { Series } from "./series";

/** A parameter whose value is a dataset reference (`dataset@version:measure`), or a ratio of two (`a/b`). */
export interface SeriesParam {
  readonly kind: "series";
  readonly description: LocalizedText;
  readonly required: boolean;
  /** Whether a ratio `a@v:x/b@v:y` is accepted (joined on region and period, then divided). */
  readonly ratio?: boolean;
  /** Whether a comma-separated list is accepted; a leading `-` marks a measure where less is better. */
  readonly list?: boolean;
  readonly example?: string;
}

/** A parameter with a plain value (number, choice, period). Its schema parses the query string. */
export interface OptionParam<T = unknown> {
  readonly kind: "number" | "integer" | "choice" | "period" | "text";
  readonly description: LocalizedText;
  readonly schema: v.GenericSchema<string | undefined, T>;
  readonly required?: boolean;
  readonly default?: string | number;
  readonly choices?: readonly string[];
  readonly example?: string;
}

/** What `compute` needs besides its inputs. */
export interface ComputeContext {
  /** True when the request named a period range: then periods missing from an input are an error, not a warning. */
  readonly strictPeriods: boolean;
  /** Region → group, from the `by=` grouping (e.g. `regions@1.0.0:group`), when one was given. */
  readonly groups?: ReadonlyMap<string, string>;
  /** Codes of the provinces (from the `regions` table): cross-sections across provinces leave other codes (CN) out. */
  readonly provinces: ReadonlySet<string>;
}

/** What `compute` returns: result rows, intermediate values for `explain=1`, and warnings for the reader. */
export interface ComputeOutput {
  readonly results: IndicatorResultRow[];
  readonly explain: Record<string, unknown>;
  readonly warnings: LocalizedText[];
  /** The unit when it depends on the inputs (e.g. a ratio of two measures). */
  readonly unit?: LocalizedText;
}

/** The resolved value of each series parameter. */
export type SeriesValues<S extends Record<string, SeriesParam>> = {
  [K in keyof S]: S[K]["list"] extends true ? Series[] : S[K]["required"] extends true ? Series : Series | undefined;
};

/** The parsed value of each option parameter. */
export type OptionValues<O extends Record<string, OptionParam>> = { [K in keyof O]: v.InferOutput<O[K]["schema"]> };

/** A grouping parameter (`by=regions@1.0.0:group`): maps each region to a group for decompositions. */
export interface GroupingParam {
  readonly description: LocalizedText;
  readonly required: boolean;
  readonly example?: string;
}

/** An indicator: what it is, what it takes, how it computes. */
export interface Indicator<
  S extends Record<string, SeriesParam> = Record<string, SeriesParam>,
  O extends Record<string, OptionParam> = Record<string, OptionParam>,
> {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly unit: LocalizedText;
  readonly method: IndicatorMethod;
  readonly series: S;
  readonly options: O;
  readonly grouping?: GroupingParam;
  /** A query string computing the indicator on published data (shown in the registry and tested). */
  readonly example: string;
  /** Pure: inputs in, results out; throws `InvalidInput` for input the method cannot take. */
  compute(input: { series: SeriesValues<S>; options: OptionValues<O>; context: ComputeContext }): ComputeOutput;
}

/** Declares an indicator with its parameter types inferred (identity at runtime). */
export const defineIndicator = <const S extends Record<string, SeriesParam>, const O extends Record<string, OptionParam>>(
  indicator: Indicator<S, O>,
): Indicator<S, O> => indicator;
