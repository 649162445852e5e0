/**
 * @module The `/v1` operations as the OpenAPI document describes them: path, the valibot schemas of their query
 * (the same objects the routes validate with) and bodies, the problems they can answer, and example requests.
 * `hono` is the route pattern as registered in the app: a test checks that every app route has an operation.
 */
import * as v from "valibot";
import { DataQuery, DiffQuery, LangQuery, VersionQuery } from "../../schemas";
import { DATASET_ID_SOURCE, DATASET_REF_PATTERN } from "../../schemas/query";
import { MEDIA_TYPES } from "../lib/format";
import type { ProblemType } from "../lib/problem";
import { CHART_OPERATIONS } from "./chart-operations";
import { FIND_OPERATIONS } from "./find-operations";
import { INDICATOR_OPERATIONS } from "./indicator-operations";
import { AS_OF, COMMON } from "./problem-sets";
import {
  CatalogResponse,
  DataJsonResponse,
  DataPackageResponse,
  DatasetResponse,
  DiffResponse,
  IndexResponse,
  JsonStatResponse,
  OpenApiResponse,
  RegionsResponse,
  VersionResponse,
} from "./responses";

/** A body: a valibot schema for JSON, or a JSON Schema written out (CSV is a string). */
export type Body = v.GenericSchema | { jsonSchema: Record<string, unknown> };

/** One example request: its parameters, and the status it is documented (and tested) to return. */
export interface Example {
  name: string;
  summary: string;
  path?: Record<string, string>;
  query?: Record<string, string>;
  status: number;
  /** For an error example: the problem type it returns. */
  problem?: ProblemType;
}

/** One documented operation. */
export interface Operation {
  id: string;
  path: string;
  hono: string;
  summary: string;
  description: string;
  tags: string[];
  pathParams?: Record<string, { description: string; pattern?: string }>;
  query: v.StrictObjectSchema<v.ObjectEntries, undefined>;
  /** Media type → body of a 200. */
  success: Record<string, Body>;
  /** How the cache policy is chosen. */
  caching: "version" | "short" | "deploy";
  problems: ProblemType[];
  examples: Example[];
}

const CSV = {
  jsonSchema: {
    type: "string",
    description:
      "UTF-8 CSV, header row first. Without parameters: the sealed `data.csv` of the version, byte for byte (LF line ends; its sha256 is the version's `hash`). With parameters: RFC 4180 with CRLF line ends.",
  },
};
const PARQUET = {
  jsonSchema: {
    type: "string",
    contentMediaType: "application/vnd.apache.parquet",
    description: "Apache Parquet: one row per observation, typed columns, dictionary-encoded dimensions, metadata in key–value pairs.",
  },
};
const DATA_ROUTE = "/v1/datasets/:ref/:file{data(?:\\.json|\\.csv|\\.jsonstat)?}";
const REF = {
  ref: {
    description:
      "`{id}@{version}`: a dataset id and an exact version (`1.0.0`), an npm semver range (`^1`, `~1.0`) or `latest`; `{id}` alone means `latest`.",
    pattern: DATASET_REF_PATTERN,
  },
};

const dataExamples = (suffix: string): Example[] => [
  {
    name: "cnnic-2021",
    summary: "CNNIC internet users, June and December 2021",
    path: { ref: "internet-users@1.0.0" },
    query: { period: "2021-06..2021-12" },
    status: 200,
  },
  {
    name: "northeast-range",
    summary: "Provincial GDP of the Northeast, 2015–2022, newest 1.x version",
    path: { ref: "province-gdp@^1" },
    query: { group: "northeast", period: "2015..2022" },
    status: 200,
  },
  {
    name: "latest-two",
    summary: "The two most recent years of GDP for Beijing and Shanghai",
    path: { ref: "province-gdp@latest" },
    query: { region: "CN-BJ,CN-SH", latest: "2" },
    status: 200,
  },
  ...(suffix === ".jsonstat"
    ? []
    : [
        {
          name: "paged",
          summary: "The first page of five rows, with only three fields",
          path: { ref: "province-gdp@1.0.0" },
          query: { limit: "5", fields: "region,period,value" },
          status: 200,
        },
      ]),
  {
    name: "reversed-period",
    summary: "A period range that ends before it starts",
    path: { ref: "province-gdp@1.0.0" },
    query: { period: "2022..2015" },
    status: 400,
    problem: "invalid-parameter",
  },
  {
    name: "no-such-version",
    summary: "A version that was never published",
    path: { ref: "province-gdp@9.9.9" },
    status: 404,
    problem: "unknown-version",
  },
  {
    name: "as-of",
    summary: "The newest version of the Gini series released on or before 2026-12-01",
    path: { ref: "national-gini@latest" },
    query: { asOf: "2026-12-01" },
    status: 200,
  },
  {
    name: "before-first-release",
    summary: "A day before the first release of the dataset",
    path: { ref: "national-gini@latest" },
    query: { asOf: "2020-01-01" },
    status: 404,
    problem: "not-yet-released",
  },
  {
    name: "not-a-date",
    summary: "asOf must be a day of the calendar",
    path: { ref: "national-gini@latest" },
    query: { asOf: "2026-02-30" },
    status: 400,
    problem: "invalid-parameter",
  },
];

const dataOperation = (suffix: "" | ".json" | ".csv" | ".jsonstat"): Operation => {
  const success: Record<string, Body> =
    suffix === ".csv"
      ? { "text/csv": CSV }
      : suffix === ".jsonstat"
        ? { [MEDIA_TYPES.jsonstat]: JsonStatResponse }
        : suffix === ".json"
          ? { "application/json": DataJsonResponse }
          : { "application/json": DataJsonResponse, "text/csv": CSV, [MEDIA_TYPES.jsonstat]: JsonStatResponse };
  const format = { "": "JSON, CSV or JSON-stat by `Accept`", ".json": "JSON", ".csv": "CSV", ".jsonstat": "JSON-stat 2.0" }[suffix];
  return {
    id: { "": "getData", ".json": "getDataJson", ".csv": "getDataCsv", ".jsonstat": "getDataJsonStat" }[suffix],
    path: `/v1/datasets/{ref}/data${suffix}`,
    hono: DATA_ROUTE,
    summary: `Observations of a version (${format})`,
    description:
      'Rows of one version, filtered (`region`, `group`, `period`, `measure`, `category`), reduced to the latest periods of each series (`latest`) and projected (`fields`). Every matching row is served (large bodies are streamed) unless `limit` asks for pages; a page says so in its body (`total`, `count`, `links.next` in JSON; `extension.total`, `extension.next` in JSON-stat) and in `Link: rel="next"`. ' +
      (suffix === ""
        ? `Without an extension the format follows \`Accept\`: \`application/json\` (default), \`text/csv\`, or \`${MEDIA_TYPES.jsonstat}\` for JSON-stat (JSON with the JSON-stat profile; the older token \`application/json+stat\` is understood too); the response then says \`Vary: Accept\` and \`Content-Location\` names the file of the format served (\`data.csv\`). \`bom\` applies when CSV is served.`
        : suffix === ".csv"
          ? "Without parameters: the version's sealed `data.csv`, byte for byte the file whose sha256 is in the lock (LF line ends), served as a static file. With parameters: RFC 4180 CSV in UTF-8 with CRLF line ends; `bom=1` prepends a byte order mark for Excel. Text cells starting with = + - @ tab or CR are prefixed with an apostrophe (formula injection); the build refuses sealed files that hold such a cell."
          : suffix === ".jsonstat"
            ? "A JSON-stat 2.0 cube: dimensions measure × region × period (× category), units on the measure dimension, `status` per value. Labels follow `lang=` (default en)."
            : "The JSON envelope: version, hash, title, attribution, measures with units, `total` and `count`, rows and links."),
    tags: ["data"],
    pathParams: REF,
    // Only the parameters that apply to the format: bom to CSV, fields not to JSON-stat (the route answers 400 otherwise).
    query: suffix === ".csv" ? DataQuery : suffix === ".jsonstat" ? v.omit(DataQuery, ["bom", "fields"]) : v.omit(DataQuery, ["bom"]),
    success,
    caching: "version",
    problems: AS_OF,
    examples: dataExamples(suffix),
  };
};

/** Every operation of `/v1`. */
export const OPERATIONS: Operation[] = [
  {
    id: "getIndex",
    path: "/v1",
    hono: "/v1",
    summary: "Entry point",
    description: "Links to the catalog, regions, this document and the docs.",
    tags: ["meta"],
    query: LangQuery,
    success: { "application/json": IndexResponse },
    caching: "deploy",
    problems: COMMON,
    examples: [
      { name: "index", summary: "The entry point", status: 200 },
      { name: "bad-lang", summary: "An unsupported language", query: { lang: "fr" }, status: 400, problem: "invalid-parameter" },
    ],
  },
  {
    id: "getOpenApi",
    path: "/v1/openapi.json",
    hono: "/v1/openapi.json",
    summary: "This OpenAPI 3.1 document",
    description: "Generated at build time from the valibot schemas the routes validate with.",
    tags: ["meta"],
    query: LangQuery,
    success: { "application/json": OpenApiResponse },
    caching: "deploy",
    problems: COMMON,
    examples: [
      { name: "document", summary: "The document", status: 200 },
      { name: "bad-lang", summary: "An unsupported language", query: { lang: "fr" }, status: 400, problem: "invalid-parameter" },
    ],
  },
  {
    id: "listDatasets",
    path: "/v1/datasets",
    hono: "/v1/datasets",
    summary: "The catalog",
    description:
      "Every dataset with zh/en metadata, measures and units, licence, sources, caveats, and its versions (newest first) with content hashes and coverage.",
    tags: ["datasets"],
    query: LangQuery,
    success: { "application/json": CatalogResponse },
    caching: "short",
    problems: COMMON,
    examples: [
      { name: "catalog", summary: "All datasets", status: 200 },
      { name: "bad-lang", summary: "An unsupported language", query: { lang: "fr" }, status: 400, problem: "invalid-parameter" },
    ],
  },
  {
    id: "getDataset",
    path: "/v1/datasets/{ref}",
    hono: "/v1/datasets/:ref",
    summary: "One dataset, or one version of it",
    description:
      '`{id}` alone: the dataset with all its versions (short cache). `{id}@{version}`: the dataset with only that version; an exact version is immutable, a range or `latest` resolves to the newest match and says which in `version`, `Content-Location` and `Link: rel="canonical"`.',
    tags: ["datasets"],
    pathParams: {
      ref: {
        description: "A dataset id, optionally followed by `@` and a version, semver range or `latest`.",
        pattern: DATASET_REF_PATTERN,
      },
    },
    query: VersionQuery,
    success: { "application/json": v.union([VersionResponse, DatasetResponse]) },
    caching: "version",
    problems: AS_OF,
    examples: [
      { name: "dataset", summary: "A dataset with all its versions", path: { ref: "province-gdp" }, status: 200 },
      { name: "range", summary: "The newest 1.x version", path: { ref: "internet-users@^1" }, status: 200 },
      {
        name: "range-as-of",
        summary: "The newest 1.x version released on or before 2026-12-01",
        path: { ref: "national-gini@^1" },
        query: { asOf: "2026-12-01" },
        status: 200,
      },
      {
        name: "before-first-release",
        summary: "A day before the first release",
        path: { ref: "national-gini@^1" },
        query: { asOf: "2025-06-30" },
        status: 404,
        problem: "not-yet-released",
      },
      { name: "no-such-dataset", summary: "An unknown id", path: { ref: "no-such-data" }, status: 404, problem: "unknown-dataset" },
    ],
  },
  dataOperation(""),
  dataOperation(".json"),
  dataOperation(".csv"),
  dataOperation(".jsonstat"),
  {
    id: "getDataPackage",
    path: "/v1/datasets/{ref}/datapackage.json",
    hono: "/v1/datasets/:ref/datapackage.json",
    summary: "Frictionless Data Package descriptor of a version",
    description:
      "A Data Package v2.0 descriptor: metadata, licence, sources, the tabular resource — the version's whole `data.csv` as this API serves it without parameters (the sealed file), with its sha256 hash, size and a Table Schema — and the same rows as Parquet (`data-parquet`), with its hash and size.",
    tags: ["data"],
    pathParams: REF,
    query: VersionQuery,
    success: { "application/json": DataPackageResponse },
    caching: "version",
    problems: AS_OF,
    examples: [
      { name: "gdp", summary: "Provincial GDP 1.0.0", path: { ref: "province-gdp@1.0.0" }, status: 200 },
      {
        name: "as-of",
        summary: "The descriptor of the newest version released on or before 2026-12-01",
        path: { ref: "national-gini@latest" },
        query: { asOf: "2026-12-01" },
        status: 200,
      },
      { name: "regions", summary: "The regions reference table", path: { ref: "regions@latest" }, status: 200 },
      {
        name: "bad-range",
        summary: "Not a version, range or latest",
        path: { ref: "regions@one" },
        status: 400,
        problem: "invalid-parameter",
      },
    ],
  },
  {
    id: "getDataParquet",
    path: "/v1/datasets/{ref}/data.parquet",
    hono: "/v1/datasets/:ref/data.parquet",
    summary: "A whole version as Apache Parquet",
    description:
      "Every row of the version as Apache Parquet, written at build time from the sealed `data.csv` (hyparquet-writer): typed columns (`value` DOUBLE), dictionary-encoded `region`, `period`, `measure`, `category` and `status`, and the dataset, version, licence, units and the CSV's sha256 in the key–value metadata. Its size and hash are in the catalog (`files.parquet`) and in `datapackage.json`. Byte ranges (`Range`) are honoured.",
    tags: ["data"],
    pathParams: REF,
    query: VersionQuery,
    success: { "application/vnd.apache.parquet": PARQUET },
    caching: "version",
    problems: AS_OF,
    examples: [
      { name: "population", summary: "World population 1.0.0", path: { ref: "world-population@1.0.0" }, status: 200 },
      {
        name: "as-of",
        summary: "The newest version of the Gini series released on or before 2026-12-01",
        path: { ref: "national-gini@latest" },
        query: { asOf: "2026-12-01" },
        status: 200,
      },
      { name: "range", summary: "The newest 1.x version of provincial GDP", path: { ref: "province-gdp@^1" }, status: 200 },
      {
        name: "no-such-version",
        summary: "A version that was never published",
        path: { ref: "province-gdp@9.9.9" },
        status: 404,
        problem: "unknown-version",
      },
    ],
  },
  {
    id: "getDiff",
    path: "/v1/datasets/{id}/diff",
    hono: "/v1/datasets/:id/diff",
    summary: "What changed between two versions",
    description:
      "Observations added, removed and changed from `from` to `to` (versions, ranges or `latest`), identified by region, period, measure and category. The data filters restrict the comparison; only the blocks they need are read. Between exact versions the answer is immutable.",
    tags: ["data"],
    pathParams: { id: { description: "A dataset id.", pattern: `^${DATASET_ID_SOURCE}$` } },
    query: DiffQuery,
    success: { "application/json": DiffResponse },
    caching: "version",
    problems: AS_OF,
    examples: [
      {
        name: "gini",
        summary: "What the NBS portal export added to the Gini series",
        path: { id: "national-gini" },
        query: { from: "1.0.0", to: "1.1.0" },
        status: 200,
      },
      {
        name: "to-latest",
        summary: "A version compared with the newest one",
        path: { id: "province-gdp" },
        query: { from: "1.0.0", to: "latest" },
        status: 200,
      },
      {
        name: "as-of",
        summary: "From 1.0.0 to the newest version released on or before 2026-12-01",
        path: { id: "national-gini" },
        query: { from: "1.0.0", to: "latest", asOf: "2026-12-01" },
        status: 200,
      },
      {
        name: "missing-to",
        summary: "`to` is required",
        path: { id: "province-gdp" },
        query: { from: "1.0.0" },
        status: 400,
        problem: "invalid-parameter",
      },
    ],
  },
  {
    id: "listRegions",
    path: "/v1/regions",
    hono: "/v1/regions",
    summary: "Provinces and their NBS groups",
    description:
      "The 31 provincial-level divisions: GB/T 2260 and ISO 3166-2 codes, zh/en names, and the NBS four-region group used by `group=`.",
    tags: ["datasets"],
    query: LangQuery,
    success: { "application/json": RegionsResponse },
    caching: "short",
    problems: COMMON,
    examples: [
      { name: "regions", summary: "All provinces", status: 200 },
      { name: "bad-lang", summary: "An unsupported language", query: { lang: "fr" }, status: 400, problem: "invalid-parameter" },
    ],
  },
  ...INDICATOR_OPERATIONS,
  ...FIND_OPERATIONS,
  ...CHART_OPERATIONS,
];
