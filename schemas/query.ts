/**
 * @module Query parameters of the API routes, validated and parsed from their string form.
 * The same schemas document the parameters in the OpenAPI contract (`scripts/build/openapi.ts`): the input
 * side of each pipe (before its first transformation) is what the document shows. What each parameter means is
 * written in `worker/contract/query-docs.ts`, at build time, so that no description ships in the worker bundle.
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
const commaList = <T extends v.GenericSchema<string>>(item: T, what: string) =>
  v.pipe(
    v.string(),
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
export const integerParam = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.metadata({ integer: true }),
    v.regex(/^[1-9]\d{0,6}$/, `a whole number from ${min} to ${max}`),
    v.transform(Number),
    v.number(),
    v.minValue(min, `a whole number from ${min} to ${max}`),
    v.maxValue(max, `a whole number from ${min} to ${max}`),
  );

/** One period, as a regular expression source. */
const PERIOD = "\\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))?";
/** `a`, `a..`, `a..b` or `..b`: at least one bound (so neither `""` nor `..`). */
const PERIOD_RANGE_PATTERN = new RegExp(`^(?:${PERIOD}(?:\\.\\.(?:${PERIOD})?)?|\\.\\.${PERIOD})$`);

/** A version number part: no leading zeros (semver), at most three digits. */
const NUM = "(?:0|[1-9]\\d{0,2})";
const ANY = "(?:x|\\*)";
/** `1`, `1.2`, `1.2.3`, with `x` or `*` standing for the parts after the first it replaces (`1.x`, `*`). */
const PARTIAL = `(?:${ANY}|${NUM}(?:\\.(?:${ANY}|${NUM}(?:\\.(?:${ANY}|${NUM}))?))?)`;
const COMPARATOR = `(?:[~^]|[<>]=?|=)?${PARTIAL}`;
const RANGE_SET = `(?:${PARTIAL} - ${PARTIAL}|${COMPARATOR}(?: ${COMPARATOR})?)`;
/**
 * What may follow `@`, as a regular expression source: `latest`, an exact version (`1.0.0`) or an npm semver range
 * (`^1`, `~1.0`, `1.x`, `>=1.0.0 <2`, `1 - 2`, `^1 || ^2`), at most 64 characters. The API accepts every string
 * it matches (ranges that match no published version are a 404, not a 400).
 */
export const VERSION_SPEC_SOURCE = `(?:latest|${RANGE_SET}(?: \\|\\| ${RANGE_SET})?)`;
/** A dataset id, as a regular expression source. */
export const DATASET_ID_SOURCE = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*";
/** `{id}` or `{id}@{version}`, anchored. */
export const DATASET_REF_PATTERN = `^${DATASET_ID_SOURCE}(?:@${VERSION_SPEC_SOURCE})?$`;

/** A period range `a..b`, `a..`, `..b`, or one period `a` (= `a..a`). Bounds are inclusive. */
export const PeriodRange = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(PERIOD_RANGE_PATTERN, "a period or range such as 2015..2022, 2021-06 or 2020-Q1.."),
  // The bounds must be in order, which a pattern cannot say: the document marks it for generators of inputs.
  v.metadata({ orderedRange: true }),
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
export const LangParam = v.pipe(v.picklist(["zh", "en"]));

/** True when `text` (`YYYY-MM-DD`) names a day of the calendar (no 30 February). */
function isCalendarDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** `asOf=`: resolve versions as they were on a day — the newest matching version released on or before it. */
export const AsOfParam = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, "a date YYYY-MM-DD"),
  v.check(isCalendarDay, "a date YYYY-MM-DD"),
);

/** Row filters shared by the data and diff routes. */
export const filterEntries = {
  region: v.optional(commaList(RegionCode, "region code")),
  group: v.optional(commaList(RegionGroup, "region group")),
  period: v.optional(PeriodRange),
  measure: v.optional(commaList(MeasureId, "measure id")),
  category: v.optional(commaList(v.pipe(v.string(), v.minLength(1), v.maxLength(120)), "category")),
};

/** Filters and shaping of `GET /v1/datasets/{id}@{version}/data`. */
export const DataQuery = v.strictObject({
  ...filterEntries,
  latest: v.optional(integerParam(1, MAX_LATEST)),
  fields: v.optional(commaList(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, "a field name")), "field")),
  limit: v.optional(integerParam(1, MAX_LIMIT)),
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,200}$/, "a cursor copied from a next link"))),
  bom: v.optional(v.pipe(v.picklist(["0", "1"]))),
  asOf: v.optional(AsOfParam),
  lang: v.optional(LangParam),
});
/** Parsed data filters. */
export type DataQuery = v.InferOutput<typeof DataQuery>;

/** A version, a semver range or `latest`, as written after `@`. */
export const VersionSpec = v.pipe(
  v.string(),
  v.minLength(1, "give a version"),
  v.maxLength(64, "a version of at most 64 characters"),
  v.regex(new RegExp(`^${VERSION_SPEC_SOURCE}$`), "a version (1.0.0), a semver range (^1, ~1.0, >=1.0.0 <2) or latest"),
);

/** Query of `GET /v1/datasets/{id}/diff`: the two versions and optional row filters. */
export const DiffQuery = v.strictObject({
  from: VersionSpec,
  to: VersionSpec,
  ...filterEntries,
  asOf: v.optional(AsOfParam),
  lang: v.optional(LangParam),
});
/** Parsed diff query. */
export type DiffQuery = v.InferOutput<typeof DiffQuery>;

/** Query of routes that take no filters: only the response language. */
export const LangQuery = v.strictObject({ lang: v.optional(LangParam) });

/** Query of routes that resolve one version and take no filters: `asOf` and the response language. */
export const VersionQuery = v.strictObject({ asOf: v.optional(AsOfParam), lang: v.optional(LangParam) });

/** Most hits `GET /v1/search` returns at once. */
export const MAX_SEARCH_LIMIT = 50;

/** Query of `GET /v1/search`. */
export const SearchQuery = v.strictObject({
  q: v.pipe(v.string(), v.maxLength(100, "at most 100 characters"), v.regex(/[\p{L}\p{N}]/u, "give a word")),
  kind: v.optional(commaList(v.picklist(["dataset", "measure", "indicator", "view"]), "kind")),
  limit: v.optional(integerParam(1, MAX_SEARCH_LIMIT)),
  lang: v.optional(LangParam),
});
/** Parsed search query. */
export type SearchQuery = v.InferOutput<typeof SearchQuery>;
