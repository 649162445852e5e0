/**
 * @module Query parameters of the data routes, validated and parsed from their string form.
 * The same schema documents the parameters in the OpenAPI contract.
 */
import * as v from "valibot";
import { MeasureId, RegionCode } from "./observation";
import { Period, periodSpan } from "./period";
import { RegionGroup } from "./region";

const MAX_LIST = 100;

/** A comma-separated list whose items each satisfy `item`. */
const commaList = <T extends v.GenericSchema<string>>(item: T, what: string) =>
  v.pipe(
    v.string(),
    v.maxLength(2000),
    v.transform((text) =>
      text
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    v.minLength(1, `give at least one ${what}`),
    v.maxLength(MAX_LIST, `give at most ${MAX_LIST} ${what}s`),
    v.array(item),
  );

/** A period range `a..b`, `a..`, `..b`, or one period `a` (= `a..a`). Bounds are inclusive. */
export const PeriodRange = v.pipe(
  v.string(),
  v.maxLength(40),
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

/** Filters of `GET /v1/datasets/{id}@{version}/data`. */
export const DataQuery = v.strictObject({
  region: v.optional(commaList(RegionCode, "region code")),
  group: v.optional(commaList(RegionGroup, "region group")),
  period: v.optional(PeriodRange),
  measure: v.optional(commaList(MeasureId, "measure id")),
  lang: v.optional(v.picklist(["zh", "en"])),
});
/** Parsed data filters. */
export type DataQuery = v.InferOutput<typeof DataQuery>;

/** Query of routes that take no filters: only the response language. */
export const LangQuery = v.strictObject({ lang: v.optional(v.picklist(["zh", "en"])) });
