/**
 * @module Parameter builders for indicator definitions, and the query schema of an indicator
 * (its own parameters plus the filters every indicator takes). Pure. Their docs are in `parameter-docs.ts`.
 */
import * as v from "valibot";
import { DATASET_ID_SOURCE, DataQuery, PeriodRange, VERSION_SPEC_SOURCE } from "../../schemas/query";
import { parseQuery } from "../lib/query";
import { parseRef, parseSeriesExpr, type SeriesExpr } from "./series";
import type { Indicator, OptionParam, SeriesParam } from "./types";

type SeriesOptions = { ratio?: boolean };

function seriesParam<R extends boolean, L extends boolean>(required: R, list: L, options: SeriesOptions) {
  return { kind: "series" as const, required, list, ratio: options.ratio ?? false };
}

/** A required series parameter (`compute` gets a `Series`). */
export const series = (options: SeriesOptions = {}) => seriesParam(true, false, options);
/** An optional series parameter (`compute` gets `Series | undefined`). */
export const optionalSeries = (options: SeriesOptions = {}) => seriesParam(false, false, options);
/** A required comma-separated list of series (`compute` gets `Series[]`). */
export const seriesList = (options: SeriesOptions = {}) => seriesParam(true, true, options);
/** An optional comma-separated list of series (`compute` gets `Series[] | undefined`). */
export const optionalSeriesList = (options: SeriesOptions = {}) => seriesParam(false, true, options);

/** A number parameter with a default. */
export function numberOption(fallback: number, check?: { min?: number; max?: number }): OptionParam<number> {
  const min = check?.min ?? Number.NEGATIVE_INFINITY;
  const max = check?.max ?? Number.POSITIVE_INFINITY;
  return {
    kind: "number",
    default: fallback,
    schema: v.optional(
      v.pipe(
        v.string(),
        // Documented as the number it parses to, with its bounds.
        v.metadata({ number: true }),
        v.regex(/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/, "a number such as 10000 or 0.5"),
        v.transform(Number),
        v.number(),
        v.finite(),
        v.minValue(min, `at least ${min}`),
        v.maxValue(max, `at most ${max}`),
      ),
      String(fallback),
    ),
  };
}

/** An integer parameter with a default and bounds. */
export function integerOption(fallback: number, min: number, max: number): OptionParam<number> {
  return {
    kind: "integer",
    default: fallback,
    schema: v.optional(
      v.pipe(
        v.string(),
        v.metadata({ integer: true }),
        v.regex(/^\d+$/, "a whole number"),
        v.transform(Number),
        v.number(),
        v.minValue(min, `at least ${min}`),
        v.maxValue(max, `at most ${max}`),
      ),
      String(fallback),
    ),
  };
}

/** A choice among fixed values, with a default. */
export function choiceOption<const T extends string>(choices: readonly [T, ...T[]], fallback: T): OptionParam<T> {
  return {
    kind: "choice",
    default: fallback,
    choices,
    schema: v.optional(v.picklist(choices), fallback) as v.GenericSchema<string | undefined, T>,
  };
}

/** An optional single period (`2015`, `2021-06`). */
export function periodOption(): OptionParam<string | undefined> {
  return {
    kind: "period",
    schema: v.optional(
      v.pipe(v.string(), v.regex(/^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/, "a period such as 2015 or 2021-06")),
    ),
  };
}

/** Filters and switches every indicator takes, besides its own parameters. */
export const COMMON_PARAMETERS = {
  period: v.optional(PeriodRange),
  region: DataQuery.entries.region,
  group: DataQuery.entries.group,
  explain: v.optional(
    v.pipe(
      v.picklist(["0", "1"]),
      v.transform((x) => x === "1"),
    ),
    "0",
  ),
  asOf: DataQuery.entries.asOf,
  lang: DataQuery.entries.lang,
} as const;

const SERIES_MESSAGE = "a dataset reference such as province-gdp@1.0.0:gdp";
/** `dataset@version:measure` (version optional = latest), as a regular expression source: what the document shows. */
const SERIES_REF = `${DATASET_ID_SOURCE}(?:@${VERSION_SPEC_SOURCE})?:[a-z][a-z0-9_]*`;

/** The valibot schema that parses one series parameter from its query string. */
export function seriesSchema(param: SeriesParam): v.GenericSchema<string, SeriesExpr | SeriesExpr[]> {
  const ratio = param.ratio ?? false;
  const message = ratio ? `${SERIES_MESSAGE}, or a ratio a@1.0.0:x/b@1.0.0:y` : SERIES_MESSAGE;
  const expression = `-?${ratio ? `${SERIES_REF}(?:/${SERIES_REF})?` : SERIES_REF}`;
  if (param.list) {
    return v.pipe(
      v.string(),
      v.maxLength(2000),
      v.regex(new RegExp(`^${expression}(?:,${expression})*$`), `each item must be ${message}; prefix - where less is better`),
      v.transform((text) => text.split(",").map((part) => parseSeriesExpr(part, ratio))),
      v.check((list) => list.length >= 1 && list.length <= 20, "give between 1 and 20 references"),
      v.check((list) => list.every((x) => x !== undefined), `each item must be ${message}; prefix - where less is better`),
      v.transform((list) => list as SeriesExpr[]),
    );
  }
  return v.pipe(
    v.string(),
    v.maxLength(500),
    v.regex(new RegExp(`^${ratio ? `${SERIES_REF}(?:/${SERIES_REF})?` : SERIES_REF}$`), message),
    v.transform((text) => parseSeriesExpr(text, ratio)),
    v.check((x) => x !== undefined && !x.negative, message),
    v.transform((x) => x as SeriesExpr),
  );
}

/** The schema of `by=dataset@version:field`. */
export const groupingSchema = v.pipe(
  v.string(),
  v.maxLength(200),
  v.regex(new RegExp(`^${SERIES_REF}$`), "a reference-table field such as regions@1.0.0:group"),
  v.transform(parseRef),
  v.check((x) => x !== undefined, "a reference-table field such as regions@1.0.0:group"),
  v.transform((x) => x as NonNullable<typeof x>),
);

/** What every indicator query parses to, whatever the indicator: the filters and switches it shares. */
export type CommonQuery = v.InferOutput<v.StrictObjectSchema<typeof COMMON_PARAMETERS, undefined>>;

/** A parsed indicator query: the {@link CommonQuery} typed; the indicator's own parameters by name. */
export type IndicatorQuery = CommonQuery & { readonly [name: string]: unknown };

/** The strict query schema of an indicator: its series, grouping and options, plus {@link COMMON_PARAMETERS}. */
export function querySchema(indicator: Indicator) {
  const entries: v.ObjectEntries = { ...COMMON_PARAMETERS };
  for (const [name, param] of Object.entries(indicator.series))
    entries[name] = param.required ? seriesSchema(param) : v.optional(seriesSchema(param));
  if (indicator.grouping) entries.by = indicator.grouping.required ? groupingSchema : v.optional(groupingSchema);
  for (const [name, option] of Object.entries(indicator.options)) entries[name] = option.schema;
  return v.strictObject(entries);
}

/**
 * Parses an indicator's query (a 400 problem when it does not validate): {@link CommonQuery} typed, the
 * indicator's own parameters by name.
 */
export function parseIndicatorQuery(indicator: Indicator, url: URL): IndicatorQuery {
  // The schema's entries are assembled at run time, so valibot can only infer `{ [name]: unknown }`; they are
  // COMMON_PARAMETERS unchanged plus the indicator's own, which is what makes this one narrowing sound.
  const query: { readonly [name: string]: unknown } = parseQuery(querySchema(indicator), url);
  return query as IndicatorQuery;
}
