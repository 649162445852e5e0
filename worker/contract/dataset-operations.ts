/**
 * @module The dataset operations: the catalog, a dataset or version, its observations in every form (derived
 * from one table of forms), its descriptor, Parquet file and diffs, and the regions.
 */
import * as v from "valibot";
import { DataQuery, DiffQuery, VersionQuery } from "../../schemas";
import { DATASET_ID_SOURCE, DATASET_REF_PATTERN } from "../../schemas/query";
import { MEDIA_TYPES } from "../lib/format";
import { type Body, documentOperation, type Example, type Operation } from "./operation";
import { AS_OF } from "./problem-sets";
import {
  CatalogResponse,
  DataJsonResponse,
  DataPackageResponse,
  DatasetResponse,
  DiffResponse,
  JsonStatResponse,
  RegionsResponse,
  VersionResponse,
} from "./responses";

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

/** One form of a version's observations: `data` (negotiated by `Accept`) or a file extension. */
interface DataForm {
  suffix: "" | ".json" | ".csv" | ".jsonstat";
  id: string;
  /** The format, as the summary names it. */
  format: string;
  success: Record<string, Body>;
  /** Only the parameters that apply to the form: bom to CSV, fields not to JSON-stat (the route answers 400 otherwise). */
  query: Operation["query"];
  /** What this form adds to the common description. */
  note: string;
}

/** The forms of `…/data`, one row each: every data operation is derived from this table. */
const DATA_FORMS: DataForm[] = [
  {
    suffix: "",
    id: "getData",
    format: "JSON, CSV or JSON-stat by `Accept`",
    success: { "application/json": DataJsonResponse, "text/csv": CSV, [MEDIA_TYPES.jsonstat]: JsonStatResponse },
    query: v.omit(DataQuery, ["bom"]),
    note: `Without an extension the format follows \`Accept\`: \`application/json\` (default), \`text/csv\`, or \`${MEDIA_TYPES.jsonstat}\` for JSON-stat (JSON with the JSON-stat profile; the older token \`application/json+stat\` is understood too); the response then says \`Vary: Accept\` and \`Content-Location\` names the file of the format served (\`data.csv\`). \`bom\` applies when CSV is served.`,
  },
  {
    suffix: ".json",
    id: "getDataJson",
    format: "JSON",
    success: { "application/json": DataJsonResponse },
    query: v.omit(DataQuery, ["bom"]),
    note: "The JSON envelope: version, hash, title, attribution, measures with units, `total` and `count`, rows and links.",
  },
  {
    suffix: ".csv",
    id: "getDataCsv",
    format: "CSV",
    success: { "text/csv": CSV },
    query: DataQuery,
    note: "Without parameters: the version's sealed `data.csv`, byte for byte the file whose sha256 is in the lock (LF line ends), served as a static file. With parameters: RFC 4180 CSV in UTF-8 with CRLF line ends; `bom=1` prepends a byte order mark for Excel. Text cells starting with = + - @ tab or CR are prefixed with an apostrophe (formula injection); the build refuses sealed files that hold such a cell.",
  },
  {
    suffix: ".jsonstat",
    id: "getDataJsonStat",
    format: "JSON-stat 2.0",
    success: { [MEDIA_TYPES.jsonstat]: JsonStatResponse },
    query: v.omit(DataQuery, ["bom", "fields"]),
    note: "A JSON-stat 2.0 cube: dimensions measure × region × period (× category), units on the measure dimension, `status` per value. Labels follow `lang=` (default en).",
  },
];

const dataOperation = (form: DataForm): Operation => ({
  id: form.id,
  path: `/v1/datasets/{ref}/data${form.suffix}`,
  hono: DATA_ROUTE,
  summary: `Observations of a version (${form.format})`,
  description:
    'Rows of one version, filtered (`region`, `group`, `period`, `measure`, `category`), reduced to the latest periods of each series (`latest`) and projected (`fields`). Every matching row is served (large bodies are streamed) unless `limit` asks for pages; a page says so in its body (`total`, `count`, `links.next` in JSON; `extension.total`, `extension.next` in JSON-stat) and in `Link: rel="next"`. ' +
    form.note,
  tags: ["data"],
  pathParams: REF,
  query: form.query,
  success: form.success,
  caching: "version",
  problems: AS_OF,
  examples: dataExamples(form.suffix),
});

/** Every dataset operation, in the order the document lists them. */
export const DATASET_OPERATIONS: Operation[] = [
  documentOperation({
    id: "listDatasets",
    path: "/v1/datasets",
    summary: "The catalog",
    description:
      "Every dataset with zh/en metadata, measures and units, licence, sources, caveats, and its versions (newest first) with content hashes and coverage.",
    tags: ["datasets"],
    success: { "application/json": CatalogResponse },
    caching: "short",
    example: { name: "catalog", summary: "All datasets" },
  }),
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
  ...DATA_FORMS.map(dataOperation),
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
  documentOperation({
    id: "listRegions",
    path: "/v1/regions",
    summary: "Provinces and their NBS groups",
    description:
      "The 31 provincial-level divisions: GB/T 2260 and ISO 3166-2 codes, zh/en names, and the NBS four-region group used by `group=`.",
    tags: ["datasets"],
    success: { "application/json": RegionsResponse },
    caching: "short",
    example: { name: "regions", summary: "All provinces" },
  }),
];
