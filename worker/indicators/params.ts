/**
 * @module Parameter builders for indicator definitions, and the query schema of an indicator
 * (its own parameters plus the filters every indicator takes). Pure.
 */
import * as v from "valibot";
import type { IndicatorParameter } from "../../schemas/indicator";
import type { LocalizedText } from "../../schemas/localized-text";
import { DataQuery, PeriodRange } from "../../schemas/query";
import { parseRef, parseSeriesExpr, type SeriesExpr } from "./series";
import type { Indicator, OptionParam, SeriesParam } from "./types";

type SeriesOptions = { ratio?: boolean; example?: string };

function seriesParam<R extends boolean, L extends boolean>(description: LocalizedText, required: R, list: L, options: SeriesOptions) {
  return {
    kind: "series" as const,
    description,
    required,
    list,
    ratio: options.ratio ?? false,
    ...(options.example ? { example: options.example } : {}),
  };
}

/** A required series parameter (`compute` gets a `Series`). */
export const series = (description: LocalizedText, options: SeriesOptions = {}) => seriesParam(description, true, false, options);
/** An optional series parameter (`compute` gets `Series | undefined`). */
export const optionalSeries = (description: LocalizedText, options: SeriesOptions = {}) => seriesParam(description, false, false, options);
/** A required comma-separated list of series (`compute` gets `Series[]`). */
export const seriesList = (description: LocalizedText, options: SeriesOptions = {}) => seriesParam(description, true, true, options);
/** An optional comma-separated list of series (`compute` gets `Series[] | undefined`). */
export const optionalSeriesList = (description: LocalizedText, options: SeriesOptions = {}) =>
  seriesParam(description, false, true, options);

/** A number parameter with a default. */
export function numberOption(description: LocalizedText, fallback: number, check?: { min?: number; max?: number }): OptionParam<number> {
  const min = check?.min ?? Number.NEGATIVE_INFINITY;
  const max = check?.max ?? Number.POSITIVE_INFINITY;
  return {
    kind: "number",
    description,
    default: fallback,
    schema: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/, "a number such as 10000 or 0.5"),
        v.transform(Number),
        v.finite(),
        v.minValue(min, `at least ${min}`),
        v.maxValue(max, `at most ${max}`),
      ),
      String(fallback),
    ),
  };
}

/** An integer parameter with a default and bounds. */
export function integerOption(description: LocalizedText, fallback: number, min: number, max: number): OptionParam<number> {
  return {
    kind: "integer",
    description,
    default: fallback,
    schema: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^\d+$/, "a whole number"),
        v.transform(Number),
        v.minValue(min, `at least ${min}`),
        v.maxValue(max, `at most ${max}`),
      ),
      String(fallback),
    ),
  };
}

/** A choice among fixed values, with a default. */
export function choiceOption<const T extends string>(
  description: LocalizedText,
  choices: readonly [T, ...T[]],
  fallback: T,
): OptionParam<T> {
  return {
    kind: "choice",
    description,
    default: fallback,
    choices,
    schema: v.optional(v.picklist(choices), fallback) as v.GenericSchema<string | undefined, T>,
  };
}

/** An optional single period (`2015`, `2021-06`). */
export function periodOption(description: LocalizedText, example: string): OptionParam<string | undefined> {
  return {
    kind: "period",
    description,
    example,
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
      v.picklist(["0", "1", "true", "false"]),
      v.transform((x) => x === "1" || x === "true"),
    ),
    "0",
  ),
  lang: DataQuery.entries.lang,
} as const;

/** Documentation of the common parameters, for the registry listing. */
export const COMMON_PARAMETER_DOCS: IndicatorParameter[] = [
  {
    name: "period",
    kind: "period",
    required: false,
    description: {
      zh: "期间范围，如 2015..2022；给出时各输入必须覆盖所有期间。",
      en: "Period range such as 2015..2022; when given, every input must cover every period in it.",
    },
  },
  {
    name: "region",
    kind: "text",
    required: false,
    description: { zh: "地区代码列表（逗号分隔）。", en: "Region codes (comma-separated)." },
  },
  {
    name: "group",
    kind: "choice",
    required: false,
    choices: ["east", "central", "west", "northeast"],
    description: { zh: "只取国家统计局四大区域之一或几个。", en: "Keep only provinces of these NBS groups." },
  },
  {
    name: "explain",
    kind: "choice",
    required: false,
    choices: ["0", "1"],
    default: "0",
    description: { zh: "1 = 附上中间计算值。", en: "1 = include intermediate values." },
  },
];

const SERIES_MESSAGE = "a dataset reference such as province-gdp@1.0.0:gdp";

/** The valibot schema that parses one series parameter from its query string. */
export function seriesSchema(param: SeriesParam): v.GenericSchema<string, SeriesExpr | SeriesExpr[]> {
  const ratio = param.ratio ?? false;
  const message = ratio ? `${SERIES_MESSAGE}, or a ratio a@1.0.0:x/b@1.0.0:y` : SERIES_MESSAGE;
  if (param.list) {
    return v.pipe(
      v.string(),
      v.maxLength(2000),
      v.transform((text) => text.split(",").map((part) => parseSeriesExpr(part, ratio))),
      v.check((list) => list.length >= 1 && list.length <= 20, "give between 1 and 20 references"),
      v.check((list) => list.every((x) => x !== undefined), `each item must be ${message}; prefix - where less is better`),
      v.transform((list) => list as SeriesExpr[]),
    );
  }
  return v.pipe(
    v.string(),
    v.maxLength(500),
    v.transform((text) => parseSeriesExpr(text, ratio)),
    v.check((x) => x !== undefined && !x.negative, message),
    v.transform((x) => x as SeriesExpr),
  );
}

/** The schema of `by=dataset@version:field`. */
export const groupingSchema = v.pipe(
  v.string(),
  v.maxLength(200),
  v.transform(parseRef),
  v.check((x) => x !== undefined, "a reference-table field such as regions@1.0.0:group"),
  v.transform((x) => x as NonNullable<typeof x>),
);

/** The strict query schema of an indicator: its series, grouping and options, plus {@link COMMON_PARAMETERS}. */
export function querySchema(indicator: Indicator) {
  const entries: v.ObjectEntries = { ...COMMON_PARAMETERS };
  for (const [name, param] of Object.entries(indicator.series))
    entries[name] = param.required ? seriesSchema(param) : v.optional(seriesSchema(param));
  if (indicator.grouping) entries.by = indicator.grouping.required ? groupingSchema : v.optional(groupingSchema);
  for (const [name, option] of Object.entries(indicator.options)) entries[name] = option.schema;
  return v.strictObject(entries);
}

/** The registry listing of an indicator's parameters. */
export function parameterDocs(indicator: Indicator): IndicatorParameter[] {
  const docs: IndicatorParameter[] = [];
  for (const [name, p] of Object.entries(indicator.series)) {
    docs.push({
      name,
      kind: p.list ? "series-list" : "series",
      required: p.required,
      description: p.description,
      ...(p.example ? { example: p.example } : {}),
    });
  }
  if (indicator.grouping) {
    const g = indicator.grouping;
    docs.push({
      name: "by",
      kind: "grouping",
      required: g.required,
      description: g.description,
      ...(g.example ? { example: g.example } : {}),
    });
  }
  for (const [name, o] of Object.entries(indicator.options)) {
    docs.push({
      name,
      kind: o.kind,
      required: o.required ?? false,
      description: o.description,
      ...(o.default === undefined ? {} : { default: o.default }),
      ...(o.choices ? { choices: [...o.choices] } : {}),
      ...(o.example ? { example: o.example } : {}),
    });
  }
  return [...docs, ...COMMON_PARAMETER_DOCS];
}
