/**
 * @module The operations that help find and follow data: search, change feeds (Atom, JSON Feed) and the DCAT-AP
 * catalogue.
 */
import { LangQuery, SearchQuery } from "../../schemas/query";
import { documentOperation, type Operation } from "./operation";
import { COMMON } from "./problem-sets";
import { DcatResponse, JsonFeedResponse, SearchResponse } from "./responses";

const ATOM = { jsonSchema: { type: "string", description: "An Atom 1.0 feed (RFC 4287), UTF-8 XML." } };
const FEED_NOTE =
  "One entry per published version, newest release first: its release date, change note (English and Chinese), the sha256 of its `data.csv`, and links to its page, data, descriptor and the diff from the previous version. Built with the data; changes only when a version is published.";

/** The catalog-wide and per-dataset feed operations in one format. */
const feeds = (format: "atom" | "json"): Operation[] => {
  const media = format === "atom" ? "application/atom+xml" : "application/feed+json";
  const body = format === "atom" ? ATOM : JsonFeedResponse;
  const name = format === "atom" ? "Atom 1.0" : "JSON Feed 1.1";
  const suffix = format === "atom" ? "Atom" : "Json";
  return [
    documentOperation({
      id: `changes${suffix}`,
      path: `/v1/changes.${format}`,
      summary: `New dataset versions (${name})`,
      description: `Every published version of every dataset. ${FEED_NOTE}`,
      tags: ["feeds"],
      success: { [media]: body },
      caching: "short",
      example: { name: "feed", summary: "The feed" },
    }),
    {
      id: `datasetChanges${suffix}`,
      path: `/v1/datasets/{id}/changes.${format}`,
      hono: `/v1/datasets/:id/changes.${format}`,
      summary: `New versions of one dataset (${name})`,
      description: `Every published version of one dataset. ${FEED_NOTE}`,
      tags: ["feeds"],
      pathParams: { id: { description: "A dataset id.", pattern: "^[a-z][a-z0-9-]*$" } },
      query: LangQuery,
      success: { [media]: body },
      caching: "short",
      problems: [...COMMON, "unknown-dataset"],
      examples: [
        { name: "gini", summary: "The Gini series: 1.0.0 and 1.1.0", path: { id: "national-gini" }, status: 200 },
        { name: "no-such-dataset", summary: "An unknown id", path: { id: "no-such-data" }, status: 404, problem: "unknown-dataset" },
      ],
    },
  ];
};

/** Search, feeds and DCAT. */
export const FIND_OPERATIONS: Operation[] = [
  {
    id: "search",
    path: "/v1/search",
    hono: "/v1/search",
    summary: "Search datasets, measures, indicators and views",
    description:
      "Ranked results for a query in Chinese, English or pinyin (full syllables or initials), tolerant of typos, each with the ranges of text that matched (`highlights[].marks`, `[start, end)` in UTF-16 code units). The index is built with the data; the answer changes only with a deploy.",
    tags: ["search"],
    query: SearchQuery,
    success: { "application/json": SearchResponse },
    caching: "short",
    problems: COMMON,
    examples: [
      { name: "zh", summary: "互联网普及率", query: { q: "互联网普及率" }, status: 200 },
      { name: "en", summary: "English words", query: { q: "internet penetration", limit: "3" }, status: 200 },
      { name: "pinyin", summary: "Pinyin initials", query: { q: "hlw", kind: "measure" }, status: 200 },
      { name: "typo", summary: "A typo", query: { q: "penetraton" }, status: 200 },
      { name: "empty", summary: "An empty query", query: { q: "" }, status: 400, problem: "invalid-parameter" },
    ],
  },
  ...feeds("atom"),
  ...feeds("json"),
  documentOperation({
    id: "catalogDcat",
    path: "/v1/catalog.dcat.jsonld",
    summary: "The catalogue in DCAT-AP 3.0 (JSON-LD)",
    description:
      "A `dcat:Catalog` of every dataset as a `dcat:DatasetSeries` whose members are its published versions, each a `dcat:Dataset` (`dcat:inSeries`, `dcat:prev`, `dct:issued`, `adms:versionNotes`) with one `dcat:Distribution` per format: CSV (with `spdx:checksum` sha256), JSON, JSON-stat, datapackage.json and Parquet. The context is inline. Built with the data.",
    tags: ["feeds"],
    success: { "application/ld+json": DcatResponse },
    caching: "short",
    example: { name: "catalogue", summary: "The catalogue" },
  }),
];
