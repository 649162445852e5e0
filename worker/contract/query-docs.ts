/**
 * @module What each query parameter means, as the OpenAPI document says it. Kept here, at build time, rather than
 * as `v.description` in `schemas/query.ts`: the worker validates with those schemas, and every text in them would
 * ship in its bundle (the 40 KB budget). Keyed by the schema object the routes validate with (the optional
 * wrapper or the schema it wraps), so a parameter shared by several queries is described once.
 */
import type * as v from "valibot";
import { AsOfParam, DataQuery, LangParam, MAX_LIMIT, MAX_SEARCH_LIMIT, PeriodRange, SearchQuery, VersionSpec } from "../../schemas/query";

/** What the OpenAPI document says of every comma-separated list. */
const LIST = " Spaces around items and empty items are ignored.";

/** Parameter schema → its description. */
export const QUERY_DOCS: ReadonlyMap<v.GenericSchema, string> = new Map<v.GenericSchema, string>([
  [DataQuery.entries.region, `Region codes, comma-separated (\`CN-BJ,CN-SH\`). \`CN\` and \`CHN\` name the same country.${LIST}`],
  [DataQuery.entries.group, `NBS four-region groups, comma-separated: \`east\`, \`central\`, \`west\`, \`northeast\`.${LIST}`],
  [DataQuery.entries.measure, `Measure ids, comma-separated, as listed in the dataset's \`measures\`.${LIST}`],
  [
    DataQuery.entries.category,
    `Categories (the third dimension, e.g. a platform within a market share measure), comma-separated; write a comma inside a name as \`\\,\`.${LIST}`,
  ],
  [
    DataQuery.entries.latest,
    "Keep only the most recent `n` periods of each series (region × measure × category), after the other filters.",
  ],
  [DataQuery.entries.fields, `Columns to return, comma-separated, in this order (JSON rows and CSV columns). Default: all.${LIST}`],
  [
    DataQuery.entries.limit,
    `Rows per page, 1–${MAX_LIMIT}. Without it every matching row is served. A page says it is one in its body (\`total\`, \`links.next\`) and in \`Link: rel="next"\`.`,
  ],
  [
    DataQuery.entries.cursor,
    'Opaque cursor from a previous page\'s `Link: rel="next"` (or `links.next`). Valid only with the same filters.',
  ],
  [DataQuery.entries.bom, "CSV only: `1` prepends a UTF-8 byte order mark so that Excel reads Chinese text correctly."],
  [
    PeriodRange,
    "Inclusive period range `a..b`, `a..` or `..b`, or one period `a`. Periods are `YYYY`, `YYYY-MM`, `YYYY-Qn` or `YYYY-Hn`; a year includes its months, quarters and halves.",
  ],
  [LangParam, "Language of error titles (else `Accept-Language`) and of JSON-stat labels: `zh` or `en`; default `en`."],
  [AsOfParam, "A day `YYYY-MM-DD`: the newest matching version released on or before it."],
  [VersionSpec, "An exact version (`1.0.0`), an npm semver range (`^1`, `~1.1`) or `latest`."],
  [SearchQuery.entries.q, "Chinese, English or pinyin (full or initials); typos are tolerated."],
  [SearchQuery.entries.kind, `Only these kinds of result.${LIST}`],
  [SearchQuery.entries.limit, `Most results, 1–${MAX_SEARCH_LIMIT} (default 10).`],
]);
