/**
 * @module Valibot schemas of the JSON bodies the API returns, for the OpenAPI document (built in Node; the
 * worker does not import this file). Built from the same schemas the build validates data with.
 */
import * as v from "valibot";
import { CatalogEntry, LocalizedText, Measure, Observation, PublishedVersion, Region, RegionGroup } from "../../schemas";

const Url = v.pipe(v.string(), v.url());

/** Links every dataset carries. */
export const DatasetLinks = v.object({
  self: v.optional(Url),
  version: Url,
  data: Url,
  csv: Url,
  jsonstat: Url,
  datapackage: Url,
  parquet: Url,
  dataset: v.optional(Url),
});

/** `GET /v1`. */
export const IndexResponse = v.object({
  name: v.string(),
  version: v.literal("v1"),
  description: LocalizedText,
  links: v.record(v.string(), Url),
});

/** A catalog entry with its links. */
export const DatasetResponse = v.object({ ...CatalogEntry.entries, links: DatasetLinks });

/** `GET /v1/datasets`. */
export const CatalogResponse = v.object({
  count: v.pipe(v.number(), v.integer()),
  datasets: v.array(DatasetResponse),
});

/** `GET /v1/datasets/{id}@{version}`: the dataset with only the resolved version. */
export const VersionResponse = v.object({
  ...CatalogEntry.entries,
  versions: v.pipe(v.array(PublishedVersion), v.length(1)),
  version: v.string(),
  requested: v.string(),
  links: DatasetLinks,
});

/** A row: an observation, or a record of a reference table; with `fields=`, only the fields asked for. */
export const Row = v.union([Observation, v.record(v.string(), v.union([v.string(), v.number()]))]);

/** `GET /v1/datasets/{id}@{version}/data` as JSON. */
export const DataJsonResponse = v.object({
  dataset: v.string(),
  version: v.string(),
  requested: v.string(),
  hash: v.string(),
  title: LocalizedText,
  attribution: LocalizedText,
  measures: v.array(Measure),
  total: v.pipe(v.number(), v.integer(), v.description("Rows matching the filters, on all pages.")),
  count: v.pipe(v.number(), v.integer(), v.description("Rows in this body: equal to `total` unless `limit` asked for pages.")),
  rows: v.array(Row),
  links: v.object({
    self: Url,
    csv: Url,
    datapackage: Url,
    dataset: Url,
    next: v.optional(v.pipe(Url, v.description("The next page: present only when `limit` cut this body short."))),
  }),
});

/** A JSON-stat 2.0 dataset (https://json-stat.org/format/). */
export const JsonStatResponse = v.looseObject({
  version: v.literal("2.0"),
  class: v.literal("dataset"),
  label: v.string(),
  source: v.string(),
  updated: v.string(),
  id: v.array(v.string()),
  size: v.array(v.pipe(v.number(), v.integer())),
  role: v.looseObject({ time: v.array(v.string()), geo: v.array(v.string()), metric: v.array(v.string()) }),
  dimension: v.record(
    v.string(),
    v.looseObject({ label: v.string(), category: v.looseObject({ index: v.record(v.string(), v.number()) }) }),
  ),
  value: v.union([v.array(v.nullable(v.number())), v.record(v.string(), v.number())]),
  status: v.optional(v.record(v.string(), v.string())),
  extension: v.object({
    dataset: v.string(),
    version: v.string(),
    hash: v.string(),
    total: v.optional(v.pipe(v.number(), v.integer(), v.description("Observations matching the filters, on all pages."))),
    count: v.optional(v.pipe(v.number(), v.integer(), v.description("Observations in this cube."))),
    next: v.optional(v.pipe(Url, v.description("The next page, when `limit` cut this one."))),
  }),
});

/** A Frictionless Data Package v2 descriptor (validated against the official profile in the tests). */
export const DataPackageResponse = v.looseObject({
  $schema: v.literal("https://datapackage.org/profiles/2.0/datapackage.json"),
  name: v.string(),
  version: v.string(),
  licenses: v.array(v.looseObject({ title: v.optional(v.string()) })),
  resources: v.pipe(v.array(v.looseObject({ name: v.string(), path: Url, hash: v.string(), bytes: v.number() })), v.minLength(1)),
});

/** One changed observation between two versions. */
export const Change = v.object({
  key: v.record(v.string(), v.union([v.string(), v.number()])),
  from: v.record(v.string(), v.union([v.string(), v.number(), v.null()])),
  to: v.record(v.string(), v.union([v.string(), v.number(), v.null()])),
});

const VersionRef = v.object({ version: v.string(), hash: v.string(), requested: v.string(), changes: v.optional(LocalizedText) });

/** `GET /v1/datasets/{id}/diff`. */
export const DiffResponse = v.object({
  dataset: v.string(),
  from: VersionRef,
  to: VersionRef,
  key: v.array(v.string()),
  summary: v.object({
    added: v.pipe(v.number(), v.integer()),
    removed: v.pipe(v.number(), v.integer()),
    changed: v.pipe(v.number(), v.integer()),
    unchanged: v.pipe(v.number(), v.integer()),
  }),
  added: v.array(Row),
  removed: v.array(Row),
  changed: v.array(Change),
  /** Fields of the sealed metadata (units, definitions, sources, caveats, licence) that differ, by dot path. */
  metadata: v.array(v.object({ path: v.string(), from: v.unknown(), to: v.unknown() })),
  links: v.object({ from: Url, to: Url }),
});

/** `GET /v1/regions`. */
export const RegionsResponse = v.object({
  dataset: v.literal("regions"),
  version: v.string(),
  count: v.pipe(v.number(), v.integer()),
  regions: v.array(Region),
  groups: v.array(v.object({ id: RegionGroup, name: LocalizedText, members: v.array(v.string()) })),
});

/** `GET /v1/openapi.json`: this document. */
export const OpenApiResponse = v.looseObject({
  openapi: v.string(),
  info: v.looseObject({ title: v.string() }),
  paths: v.record(v.string(), v.unknown()),
});

/** A marked part of a search hit: the field, its text, and `[start, end)` character ranges that matched. */
const SearchHighlight = v.object({
  field: v.string(),
  text: v.string(),
  marks: v.array(v.tuple([v.pipe(v.number(), v.integer()), v.pipe(v.number(), v.integer())])),
});

/** `GET /v1/search`. */
export const SearchResponse = v.object({
  query: v.string(),
  count: v.pipe(v.number(), v.integer()),
  results: v.array(
    v.object({
      kind: v.picklist(["dataset", "measure", "indicator", "view"]),
      id: v.string(),
      title: LocalizedText,
      score: v.number(),
      highlights: v.array(SearchHighlight),
      links: v.object({ api: Url, page: v.object({ zh: Url, en: Url }) }),
    }),
  ),
});

/** `GET /v1/changes.json` and `/v1/datasets/{id}/changes.json`: JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export const JsonFeedResponse = v.object({
  version: v.literal("https://jsonfeed.org/version/1.1"),
  title: v.string(),
  home_page_url: Url,
  feed_url: Url,
  description: v.string(),
  authors: v.array(v.object({ name: v.string(), url: Url })),
  language: v.string(),
  items: v.array(
    v.object({
      id: v.string(),
      url: Url,
      title: v.string(),
      summary: v.string(),
      content_text: v.string(),
      date_published: v.pipe(v.string(), v.isoTimestamp()),
      tags: v.array(v.string()),
      attachments: v.array(v.object({ url: Url, mime_type: v.string(), title: v.string() })),
      _prosperity_atlas: v.object({
        dataset: v.string(),
        version: v.string(),
        published: v.pipe(v.string(), v.isoDate()),
        hash: v.pipe(v.string(), v.regex(/^sha256-[0-9a-f]{64}$/)),
        changes: LocalizedText,
        corrects: v.optional(v.string()),
        data: Url,
        datapackage: Url,
        diff: v.optional(Url),
      }),
    }),
  ),
});

/** `GET /v1/catalog.dcat.jsonld`: DCAT-AP 3.0 in JSON-LD, one graph with an inline context. */
export const DcatResponse = v.object({
  "@context": v.record(v.string(), v.string()),
  "@graph": v.array(v.looseObject({ "@id": v.string(), "@type": v.string() })),
});
