/**
 * @module Frictionless Data Package (v2.0) descriptor of one published version: metadata, licence, sources, the
 * tabular resource — the whole version's `data.csv` as this API serves it without parameters: the sealed file of
 * `data/` (or, where the build wrote no files, the CSV it computes) — and the version's Parquet file, each with
 * the size and sha256 the build computed.
 * Pure, so that a Node test can validate every descriptor against the official profile.
 */

import type { CatalogEntry, PublishedVersion } from "../../schemas";
import { FLAGS } from "../../schemas/flags";

/** The media type of Apache Parquet (registered with IANA in 2024). */
export const PARQUET_TYPE = "application/vnd.apache.parquet";

/** The profile a descriptor declares. */
export const DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

const NAME = /^[-a-zA-Z0-9._]+$/;

/** A Table Schema field. */
interface Field {
  name: string;
  type: "string" | "number" | "integer";
  title?: string;
  description?: string;
  constraints?: Record<string, unknown>;
}

function observationFields(entry: CatalogEntry): Field[] {
  const units = entry.measures.map((m) => `${m.id}: ${m.unit.en} (${m.unit.zh})`).join("; ");
  return [
    { name: "region", type: "string", title: "Region code", constraints: { required: true } },
    {
      name: "period",
      type: "string",
      title: "Period",
      description: "YYYY, YYYY-MM, YYYY-Qn or YYYY-Hn",
      constraints: { required: true, pattern: "\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?" },
    },
    { name: "measure", type: "string", title: "Measure", constraints: { required: true, enum: entry.measures.map((m) => m.id) } },
    { name: "category", type: "string", title: "Category", description: "Third dimension where the measure has one; empty otherwise." },
    { name: "value", type: "number", title: "Value", description: `Units by measure: ${units}`, constraints: { required: true } },
    {
      name: "status",
      type: "string",
      title: "Status",
      description: `Row flags joined by ";" in this order: ${FLAGS.join(", ")}`,
      constraints: { pattern: `(${FLAGS.join("|")})(;(${FLAGS.join("|")}))*` },
    },
    { name: "note", type: "string", title: "Note" },
    { name: "source", type: "string", title: "Source of this value, where it differs by row" },
  ];
}

/** What the descriptor needs of a version's manifest (`worker/storage/manifest.ts`): its computed CSV's size and hash. */
export interface CsvFacts {
  csv: { bytes: number; hash: string };
}

/**
 * Builds the descriptor of `version`; `base` is the absolute URL of the exact version (`…/v1/datasets/id@1.0.0`).
 * `manifest` is the version's manifest (only its CSV facts are read: lib/ does not depend on storage/).
 */
export function toDataPackage(entry: CatalogEntry, version: PublishedVersion, manifest: CsvFacts, base: string) {
  const licence = entry.licence;
  const fields: Field[] =
    entry.kind === "observations"
      ? observationFields(entry)
      : (entry.fields ?? []).map((f) => ({ name: f.name, type: f.type, title: `${f.title.en} / ${f.title.zh}` }));
  // The sealed file (LF line ends, as committed) when the build wrote it; else the computed CSV (CRLF).
  const csv = version.files?.csv ?? { bytes: manifest.csv.bytes, hash: `sha256-${manifest.csv.hash}` };
  const caveats = entry.caveats.map((c) => `- ${c.en}`).join("\n");
  return {
    $schema: DATAPACKAGE_PROFILE,
    name: entry.id,
    id: base,
    title: `${entry.title.en} / ${entry.title.zh}`,
    description: `${entry.description.en}\n\n${entry.description.zh}${caveats ? `\n\nCaveats:\n${caveats}` : ""}`,
    version: version.version,
    created: `${version.published}T00:00:00Z`,
    homepage: base,
    keywords: [...entry.themes, ...(entry.keywords ?? [])],
    licenses: [
      {
        name: NAME.test(licence.id) ? licence.id : licence.id.replace(/[^-a-zA-Z0-9._]+/g, "-"),
        title: licence.title,
        ...(licence.url ? { path: licence.url } : {}),
      },
    ],
    sources: entry.sources.map((s) => ({ title: `${s.publisher.en}: ${s.title}`, ...(s.url ? { path: s.url } : {}) })),
    resources: [
      {
        name: "data",
        type: "table",
        path: `${base}/data.csv`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: csv.bytes,
        hash: csv.hash.replace("sha256-", "sha256:"),
        dialect: { header: true, delimiter: ",", lineTerminator: version.files ? "\n" : "\r\n", quoteChar: '"', doubleQuote: true },
        schema: {
          fields,
          missingValues: [""],
          ...(entry.kind === "reference" && fields[0] ? { primaryKey: [fields[0].name] } : {}),
        },
      },
      ...(version.files
        ? [
            {
              name: "data-parquet",
              title: "The same rows as Apache Parquet",
              path: `${base}/data.parquet`,
              format: "parquet",
              mediatype: PARQUET_TYPE,
              bytes: version.files.parquet.bytes,
              hash: version.files.parquet.hash.replace("sha256-", "sha256:"),
            },
          ]
        : []),
    ],
    "x-prosperity-atlas": {
      attribution: licence.attribution,
      contentHash: version.hash,
      changes: version.changes,
    },
  };
}
