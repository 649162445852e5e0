/**
 * @module Frictionless Data Package (v2.0) descriptor of one published version: metadata, licence, sources and
 * one tabular resource, the version's CSV as this API serves it (hash and size computed by the build).
 * Pure, so that a Node test can validate every descriptor against the official profile.
 */
import { type CatalogEntry, FLAGS, type PublishedVersion } from "../../schemas";
import type { VersionManifest } from "../storage/manifest";

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
      description: `Flags joined by ";": ${FLAGS.join(", ")}`,
      // One or more flags joined by ";" (e.g. "secondary;transcribed"), so a pattern, not an enum.
      constraints: { pattern: `(${FLAGS.join("|")})(;(${FLAGS.join("|")}))*` },
    },
    { name: "note", type: "string", title: "Note" },
    { name: "source", type: "string", title: "Source of this value, where it differs by row" },
  ];
}

/** Builds the descriptor of `version`; `base` is the absolute URL of the exact version (`…/v1/datasets/id@1.0.0`). */
export function toDataPackage(entry: CatalogEntry, version: PublishedVersion, manifest: VersionManifest, base: string) {
  const licence = entry.licence;
  const fields: Field[] =
    entry.kind === "observations"
      ? observationFields(entry)
      : (entry.fields ?? []).map((f) => ({ name: f.name, type: f.type, title: `${f.title.en} / ${f.title.zh}` }));
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
        bytes: manifest.csv.bytes,
        hash: `sha256:${manifest.csv.hash}`,
        dialect: { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true },
        schema: {
          fields,
          missingValues: [""],
          ...(entry.kind === "reference" && fields[0] ? { primaryKey: [fields[0].name] } : {}),
        },
      },
    ],
    "x-prosperity-atlas": {
      attribution: licence.attribution,
      contentHash: version.hash,
      changes: version.changes,
    },
  };
}
