/**
 * @module Loads and validates the committed `data/` folder. Every problem is reported with the file, row and
 * column it was found in, and all problems are collected before the build fails.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import semver from "semver";
import * as v from "valibot";
import {
  DatasetMeta,
  defaultsProblems,
  metadataChanges,
  Observation,
  type ReferenceField,
  snapshotOf,
  VersionMeta,
  VersionSnapshot,
} from "../../schemas";
import { correctionsCsv } from "./corrections";
import { columnsOf, contentHash } from "./dataset-files";

/** A problem found in the data, located as precisely as possible. */
export interface DataIssue {
  file: string;
  row?: number;
  column?: string;
  message: string;
}

/** Formats an issue as `file:row [column] message`. */
export function formatIssue(issue: DataIssue): string {
  const at = issue.row === undefined ? issue.file : `${issue.file}:${issue.row}`;
  return `${at}${issue.column ? ` [${issue.column}]` : ""} ${issue.message}`;
}

/** A typed row: observation or reference record. */
export type Row = Record<string, string | number>;

/** A version as loaded: metadata, its sealed metadata snapshot, the exact bytes of its `data.csv`, their hash and the typed rows. */
export interface LoadedVersion {
  meta: VersionMeta;
  snapshot: VersionSnapshot;
  csv: string;
  hash: string;
  rows: Row[];
}

/** A dataset as loaded from `data/<id>/`. */
export interface LoadedDataset {
  meta: DatasetMeta;
  versions: LoadedVersion[];
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

function typedReferenceRow(raw: Record<string, string>, fields: ReferenceField[]): Row {
  const row: Row = {};
  for (const f of fields) row[f.name] = f.type === "string" ? (raw[f.name] ?? "") : Number(raw[f.name]);
  return row;
}

function typedObservation(raw: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(raw)) {
    if (text === "") continue;
    row[key] = key === "value" ? (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) ? Number(text) : text) : text;
  }
  return row;
}

function loadVersion(dir: string, rel: string, issues: DataIssue[]): LoadedVersion | undefined {
  const versionFile = `${rel}/version.json`;
  const metaFile = `${rel}/meta.json`;
  const csvFile = `${rel}/data.csv`;
  if (!existsSync(join(dir, "version.json")) || !existsSync(join(dir, "data.csv"))) {
    issues.push({ file: rel, message: "a version folder needs version.json, meta.json and data.csv" });
    return undefined;
  }
  if (!existsSync(join(dir, "meta.json"))) {
    issues.push({
      file: metaFile,
      message: `missing: run npm run seal -- ${rel.replace("/", "@")} to seal the dataset's metadata into the version`,
    });
    return undefined;
  }
  const versionMeta = v.safeParse(VersionMeta, readJson(join(dir, "version.json")));
  if (!versionMeta.success) {
    for (const issue of versionMeta.issues)
      issues.push({ file: versionFile, column: v.getDotPath(issue) ?? undefined, message: issue.message });
    return undefined;
  }
  const snapshot = v.safeParse(VersionSnapshot, readJson(join(dir, "meta.json")));
  if (!snapshot.success) {
    for (const issue of snapshot.issues) issues.push({ file: metaFile, column: v.getDotPath(issue) ?? undefined, message: issue.message });
    return undefined;
  }
  const meta = snapshot.output;
  const csv = readFileSync(join(dir, "data.csv"), "utf8");
  const expected = columnsOf(meta);
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: (header: string[]) => header, skip_empty_lines: true }) as Record<string, string>[];
    const header = csv.slice(0, csv.indexOf("\n")).split(",");
    if (header.join(",") !== expected.join(",")) {
      issues.push({ file: csvFile, row: 1, message: `header must be ${expected.join(",")}, found ${header.join(",")}` });
      return undefined;
    }
  } catch (error) {
    issues.push({ file: csvFile, message: `not valid CSV: ${(error as Error).message}` });
    return undefined;
  }
  const measures = new Set(meta.measures.map((m) => m.id));
  const seen = new Set<string>();
  const rows: Row[] = [];
  records.forEach((record, index) => {
    const rowNumber = index + 2;
    if (meta.kind === "reference") {
      rows.push(typedReferenceRow(record, meta.fields ?? []));
      return;
    }
    const parsed = v.safeParse(Observation, typedObservation(record));
    if (!parsed.success) {
      for (const issue of parsed.issues)
        issues.push({ file: csvFile, row: rowNumber, column: v.getDotPath(issue) ?? undefined, message: issue.message });
      return;
    }
    const obs = parsed.output;
    if (!measures.has(obs.measure))
      issues.push({
        file: csvFile,
        row: rowNumber,
        column: "measure",
        message: `"${obs.measure}" is not a measure declared in the version's meta.json`,
      });
    const key = `${obs.region}|${obs.period}|${obs.measure}${obs.category ? `|${obs.category}` : ""}`;
    if (seen.has(key)) issues.push({ file: csvFile, row: rowNumber, message: `duplicate observation ${key}` });
    seen.add(key);
    rows.push(obs as Row);
  });
  return { meta: versionMeta.output, snapshot: meta, csv, hash: contentHash(csv), rows };
}

/**
 * `dataset.json` describes the newest version: what it seals (kind, measures, licence, sources, caveats) must equal
 * that version's `meta.json`. A change there (a unit, a definition, a source) is a new version, never an edit.
 */
function newestIssues(meta: DatasetMeta, versions: LoadedVersion[]): DataIssue[] {
  const newest = [...versions].sort((a, b) => semver.rcompare(a.meta.version, b.meta.version))[0];
  if (!newest) return [];
  const changes = metadataChanges(newest.snapshot, snapshotOf(meta));
  if (changes.length === 0) return [];
  const fields = changes.map((c) => c.path).join(", ");
  return [
    {
      file: `${meta.id}/dataset.json`,
      message: `changes what ${meta.id}@${newest.meta.version} published (${fields}); a published version never changes: add a new version folder with its version.json (PATCH corrects, MAJOR changes meaning) and run npm run seal -- ${meta.id}@<version>`,
    },
  ];
}

/**
 * A correction (a version with `corrects`) carries `changes.csv`, and it must list exactly what differs from the
 * corrected version: recomputed here from both versions' files.
 */
function correctionIssues(dir: string, id: string, versions: LoadedVersion[]): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const after of versions) {
    const corrects = after.meta.corrects;
    if (!corrects) continue;
    const file = `${id}/${after.meta.version}/changes.csv`;
    const before = versions.find((x) => x.meta.version === corrects);
    if (!before) {
      issues.push({ file: `${id}/${after.meta.version}/version.json`, column: "corrects", message: `${id}@${corrects} does not exist` });
      continue;
    }
    const expected = correctionsCsv(before, after);
    if (expected.split("\n").length <= 2)
      issues.push({
        file: `${id}/${after.meta.version}/version.json`,
        column: "corrects",
        message: `nothing differs from ${id}@${corrects}`,
      });
    const path = join(dir, after.meta.version, "changes.csv");
    if (!existsSync(path))
      issues.push({ file, message: "missing: a correction lists what it changes (npm run convert or npm run seal writes it)" });
    else if (readFileSync(path, "utf8") !== expected)
      issues.push({
        file,
        message: `does not list exactly what differs from ${id}@${corrects}; regenerate it with npm run convert or npm run seal`,
      });
  }
  return issues;
}

/** Dataset-level checks the schema cannot express: declared defaults, and comparability notes naming real measures. */
function datasetIssues(datasets: LoadedDataset[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const measuresOf = new Map(datasets.map((d) => [d.meta.id, new Set(d.meta.measures.map((m) => m.id))]));
  for (const d of datasets) {
    const file = `${d.meta.id}/dataset.json`;
    // A reference table (a code list) has no measures to show; every observations dataset declares its defaults.
    if (!d.meta.defaults && d.meta.kind === "observations")
      issues.push({ file, column: "defaults", message: "every dataset declares what it shows by default (defaults.measures)" });
    for (const message of defaultsProblems(d.meta)) issues.push({ file, column: "defaults", message });
    for (const m of d.meta.measures) {
      for (const other of m.notComparableWith ?? []) {
        const known = measuresOf.get(other.dataset);
        if (!known) issues.push({ file, column: `measures.${m.id}.notComparableWith`, message: `no dataset "${other.dataset}"` });
        else if (other.measure && !known.has(other.measure))
          issues.push({
            file,
            column: `measures.${m.id}.notComparableWith`,
            message: `${other.dataset} has no measure "${other.measure}"`,
          });
      }
    }
  }
  return issues;
}

/** Loads every dataset below `dataDir`, collecting issues instead of throwing. */
export function loadData(dataDir: string): { datasets: LoadedDataset[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const datasets: LoadedDataset[] = [];
  const ids = readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const id of ids) {
    const metaFile = `${id}/dataset.json`;
    const meta = v.safeParse(DatasetMeta, readJson(join(dataDir, metaFile)));
    if (!meta.success) {
      for (const issue of meta.issues) issues.push({ file: metaFile, column: v.getDotPath(issue) ?? undefined, message: issue.message });
      continue;
    }
    if (meta.output.id !== id)
      issues.push({ file: metaFile, column: "id", message: `id "${meta.output.id}" must equal the folder name "${id}"` });
    const versionDirs = readdirSync(join(dataDir, id), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const versions: LoadedVersion[] = [];
    for (const version of versionDirs) {
      const loaded = loadVersion(join(dataDir, id, version), `${id}/${version}`, issues);
      if (!loaded) continue;
      if (loaded.meta.version !== version)
        issues.push({ file: `${id}/${version}/version.json`, column: "version", message: `must equal the folder name "${version}"` });
      versions.push(loaded);
    }
    if (versions.length === 0) issues.push({ file: id, message: "a dataset needs at least one version" });
    issues.push(...newestIssues(meta.output, versions));
    issues.push(...correctionIssues(join(dataDir, id), id, versions));
    datasets.push({ meta: meta.output, versions });
  }
  issues.push(...datasetIssues(datasets));
  return { datasets, issues };
}
