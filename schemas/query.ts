/**
 * @module Query parameters of the API routes, validated and parsed from their string form.
 * The same schemas document the parameters in the OpenAPI contract (`scripts/build/openapi.ts`): the input
 * side of each pipe (before its first transformation) is what the document shows.
 */
import * as v from "valibot";
import { MeasureId, RegionCode } from "./observation";
import { Period, periodSpan } from "./period";
import { RegionGroup } from "./region";

/** Most items a comma list may hold. */
export const MAX_LIST = 100;
/** Most rows one page may hold (and the page size of a cursor that comes without `limit`). Without `limit`, every matching row is served. */
export const MAX_LIMIT = 10_000;
/** Most periods `latest=` may ask for. */
export const MAX_LATEST = 1000;

/**
 * A comma-separated list whose items each satisfy `item`. The metadata tells the OpenAPI generator to
 * document it as an array in `form` style without explode (`region=CN-BJ,CN-SH`).
 */
const commaList = <T extends v.GenericSchema<string>>(item: T, what: string, description: string) =>
  v.pipe(
    v.string(),
    v.description(description),
    v.metadata({ list: true }),
    v.maxLength(2000),
    v.transform(splitList),
    v.minLength(1, `give at least one ${what}`),
    v.maxLength(MAX_LIST, `give at most ${MAX_LIST} ${what}s`),
    v.array(item),
  );

/**
 * Splits a comma list; `\,` is a comma inside an item and `\\` a backslash (some category names hold commas).
 * @example splitList("a, b\\, c") // ["a", "b, c"]
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\" && (text[i + 1] === "," || text[i + 1] === "\\")) current += text[++i];
    else if (ch === ",") {
      items.push(current);
      current = "";
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter(Boolean);
}

/** A positive integer written in decimal digits, between `min` and `max`. */
const integerParam = (min: number, max: number, description: string) =>
  v.pipe(
    v.string(),
    v.description(description),
    v.metadata({ integer: true }),
    v.regex(/^[1-9]\d{0,6}$/, `a whole number from ${min} to ${max}`),
    v.transform(Number),
    v.number(),
    v.minValue(min, `a whole number from ${min} to ${max}`),
    v.maxValue(max, `a whole number from ${min} to ${max}`),
  );

const PERIOD_RANGE_PATTERN = /^(?:\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))?)?(?:\.\.(?:\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))?)?)?$/;

/** A period range `a..b`, `a..`, `..b`, or one period `a` (= `a..a`). Bounds are inclusive. */
export const PeriodRange = v.pipe(
  v.string(),
  v.description(
    "Inclusive period range `a..b`, `a..` or `..b`, or one period `a`. Periods are `YYYY`, `YYYY-MM`, `YYYY-Qn` or `YYYY-Hn`; a year includes its months, quarters and halves.",
  ),
  v.maxLength(40),
  v.regex(PERIOD_RANGE_PATTERN, "a period or range such as 2015..2022, 2021-06 or 2020-Q1.."),
  v.transform((text): { from?: string; to?: string } => {
    const [from, to] = text.includes("..") ? text.split("..", 2) : [text, text];
    return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }),
  v.object({ from: v.optional(Period), to: v.optional(Period) }),
  v.check(({ from, to }) => from !== undefined || to !== undefined, "give at least one bound, e.g. 2015..2022"),
  v.check(({ from, to }) => {
    const a = from && periodSpan(from);
    const b = to && periodSpan(to);
    return !a || !b || a.first <= b.last;
  }, "the start of the range must not be after its end"),
);
/** A parsed period range. */
export type PeriodRange = v.InferOutput<typeof PeriodRange>;

/** `lang=`: the language of titles in errors (and of the docs); `Accept-Language` otherwise. */
export const LangParam = v.pipe(
  v.picklist(["zh", "en"]),
  v.description("Language of error titles (else `Accept-Language`) and of JSON-stat labels: `zh` or `en`; default `en`."),
);

/** Row filters shared by the data and diff routes. */
const filterEntries = {
  region: v.optional(
    commaList(RegionCode, "region code", "Region codes, comma-separated (`CN-BJ,CN-SH`). `CN` and `CHN` name the same country."),
  ),
  group: v.optional(
    commaList(RegionGroup, "region group", "NBS four-region groups, comma-separated: `east`, `central`, `west`, `northeast`."),
  ),
  period: v.optional(PeriodRange),
  measure: v.optional(commaList(MeasureId, "measure id", "Measure ids, comma-separated, as listed in the dataset's `measures`.")),
  category: v.optional(
    commaList(
      v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
      "category",
      "Categories (the third dimension, e.g. a platform within a market share measure), comma-separated; write a comma inside a name as `\\,`.",
    ),
  ),
};

/** Filters and shaping of `GET /v1/datasets/{id}@{version}/data`. */
export const DataQuery = v.strictObject({
  ...filterEntries,
  latest: v.optional(
    integerParam(
      1,
      MAX_LATEST,
      "Keep only the most recent `n` periods of each series (region × measure × category), after the other filters.",
    ),
  ),
  fields: v.optional(
    commaList(
      v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, "a field name")),
      "field",
      "Columns to return, comma-separated, in this order (JSON rows and CSV columns). Default: all.",
    ),
  ),
  limit: v.optional(
    integerParam(
      1,
      MAX_LIMIT,
      `Rows per page, 1–${MAX_LIMIT}. Without it every matching row is served. A page says it is one in its body (\`total\`, \`links.next\`) and in \`Link: rel="next"\`.`,
    ),
  ),
  cursor: v.optional(
    v.pipe(
      v.string(),
      v.description('Opaque cursor from a previous page\'s `Link: rel="next"` (or `links.next`). Valid only with the same filters.'),
      v.regex(/^[A-Za-z0-9_-]{1,200}$/, "a cursor copied from a next link"),
    ),
  ),
  bom: v.optional(
    v.pipe(
      v.picklist(["0", "1"]),
      v.description("CSV only: `1` prepends a UTF-8 byte order mark so that Excel reads Chinese text correctly."),
    ),
  ),
  lang: v.optional(LangParam),
});
/** Parsed data filters. */
export type DataQuery = v.InferOutput<typeof DataQuery>;

/** A version, a semver range or `latest`, as written after `@`. */
export const VersionSpec = v.pipe(
  v.string(),
  v.description("An exact version (`1.0.0`), an npm semver range (`^1`, `~1.1`) or `latest`."),
  v.minLength(1, "give a version"),
  v.maxLength(64, "a version of at most 64 characters"),
);

/** Query of `GET /v1/datasets/{id}/diff`: the two versions and optional row filters. */
export const DiffQuery = v.strictObject({
  from: VersionSpec,
  to: VersionSpec,
  ...filterEntries,
  lang: v.optional(LangParam),
});
/** Parsed diff query. */
export type DiffQuery = v.InferOutput<typeof DiffQuery>;

/** Query of routes that take no filters: only the response language. */
export const LangQuery = v.strictObject({ lang: v.optional(LangParam) });
