/**
 * @module The two halves of an indicator: its definition (id, method version, parameters and a pure `compute`:
 * what the worker runs) and its texts (titles, description, unit, formula, LaTeX, reference, parameter docs,
 * example: what the registry says about it, built into `_data/indicators.json` so that the worker bundle does
 * not carry them). Both live in the indicator's own file; see docs/indicators.md, "Adding an indicator".
 */
import type * as v from "valibot";
import type { IndicatorMethod, IndicatorResultRow } from "../../schemas/indicator";
import type { LocalizedText } from "../../schemas/localized-text";
import type { Series } from "./series";

/** A parameter whose value is a dataset reference (`dataset@version:measure`), or a ratio of two (`a/b`). */
export interface SeriesParam {
  readonly kind: "series";
  readonly required: boolean;
  /** Whether a ratio `a@v:x/b@v:y` is accepted (joined on region and period, then divided). */
  readonly ratio?: boolean;
  /** Whether a comma-separated list is accepted; a leading `-` marks a measure where less is better. */
  readonly list?: boolean;
}

/** A parameter with a plain value (number, choice, period). Its schema parses the query string. */
export interface OptionParam<T = unknown> {
  readonly kind: "number" | "integer" | "choice" | "period" | "text";
  readonly schema: v.GenericSchema<string | undefined, T>;
  readonly required?: boolean;
  readonly default?: string | number;
  readonly choices?: readonly string[];
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

/**
 * The value `compute` gets for one series parameter: a list for `list: true`, one series otherwise (`undefined`
 * when optional and not given). For a parameter whose kind is not known statically (an indicator of the
 * registry's erased type) it is any of them: what the loader builds.
 */
export type SeriesValue<P extends SeriesParam> = P["list"] extends true
  ? Series[]
  : P["list"] extends false | undefined
    ? P["required"] extends true
      ? Series
      : Series | undefined
    : Series | Series[] | undefined;

/** The resolved value of each series parameter. */
export type SeriesValues<S extends Record<string, SeriesParam>> = { [K in keyof S]: SeriesValue<S[K]> };

/** The parsed value of each option parameter. */
export type OptionValues<O extends Record<string, OptionParam>> = { [K in keyof O]: v.InferOutput<O[K]["schema"]> };

/** A grouping parameter (`by=regions@1.0.0:group`): maps each region to a group for decompositions. */
export interface GroupingParam {
  readonly required: boolean;
}

/** An indicator's definition: what it takes and how it computes (the worker's half; texts are in {@link IndicatorText}). */
export interface Indicator<
  S extends Record<string, SeriesParam> = Record<string, SeriesParam>,
  O extends Record<string, OptionParam> = Record<string, OptionParam>,
> {
  readonly id: string;
  /** The method's version: part of every result's ETag, so a change of what the method computes must change it. */
  readonly method: Pick<IndicatorMethod, "version">;
  readonly series: S;
  readonly options: O;
  readonly grouping?: GroupingParam;
  /**
   * What the registry says about it, written beside the definition as
   * `texts: typeof PA_WORKER_BUNDLE === "undefined" ? { … } : undefined`. The worker bundle defines
   * `PA_WORKER_BUNDLE` (wrangler.toml `[define]`), so esbuild folds the condition while parsing the file and drops
   * the texts, and the shared texts they name; everywhere else (build, OpenAPI, tests) they are there.
   * `test/scripts/bundle.test.ts` fails when a text reaches the bundle.
   */
  readonly texts?: IndicatorTexts<S, O>;
  /** Pure: inputs in, results out; throws `InvalidInput` for input the method cannot take. */
  compute(input: { series: SeriesValues<S>; options: OptionValues<O>; context: ComputeContext }): ComputeOutput;
}

declare global {
  /** `true` in the worker bundle only (wrangler.toml `[define]`): texts are folded out of it. Undeclared elsewhere. */
  const PA_WORKER_BUNDLE: true | undefined;
}

/** Declares an indicator with its parameter types inferred (identity at runtime). */
export const defineIndicator = <const S extends Record<string, SeriesParam>, const O extends Record<string, OptionParam>>(
  indicator: Indicator<S, O>,
): Indicator<S, O> => indicator;

/** What the registry says about one parameter. */
export interface ParameterText {
  readonly description: LocalizedText;
  /** A value to show (a dataset reference for series parameters). */
  readonly example?: string;
}

/**
 * An indicator's texts (its `texts`): the registry entry except what the definition says (id, method version,
 * parameter kinds).
 */
export interface IndicatorTexts<S extends Record<string, SeriesParam>, O extends Record<string, OptionParam>> {
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  /** The unit of the results, unless `compute` returns one that depends on the inputs. */
  readonly unit: LocalizedText;
  readonly method: Omit<IndicatorMethod, "version">;
  /** A query string computing the indicator on published data (shown in the registry and tested). */
  readonly example: string;
  /** One entry per series and option parameter, and `by` when the indicator takes a grouping. */
  readonly parameters: { readonly [K in keyof S | keyof O]: ParameterText } & { readonly by?: ParameterText };
}

/** The texts of an indicator `I`. */
export type IndicatorText<I extends Indicator = Indicator> = IndicatorTexts<I["series"], I["options"]>;
