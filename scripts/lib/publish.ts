/**
 * @module What `npm run convert` and `npm run seal` write for a version: its `data.csv` in canonical form; for a
 * version that has none yet, its `meta.json` — the snapshot of `dataset.json` it seals; and for a correction its
 * `changes.csv`, the list of everything it changes in the version it `corrects`. A version's `version.json`
 * and the dataset's `dataset.json` are data written by hand (metadata as data); these commands never write them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { DatasetMeta, snapshotOf, VersionMeta, VersionSnapshot } from "../../schemas";
import type { ConvertedVersion } from "../converters/converter";
import { correctionsCsv, type VersionFiles } from "./corrections";
import { columnsOf, contentHash, jsonFile, toCanonicalCsv } from "./dataset-files";

/** Files to write (path relative to `data/` → content) and the content hash of each version's `data.csv`. */
export interface PublishPlan {
  files: Map<string, string>;
  hashes: Record<string, string>;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

function parsed<T>(schema: v.GenericSchema<unknown, T>, file: string, label: string): T {
  if (!existsSync(file)) throw new Error(`${label} is missing`);
  const result = v.safeParse(schema, readJson(file));
  if (!result.success) {
    const first = result.issues[0];
    throw new Error(`${label} [${first ? (v.getDotPath(first) ?? "") : ""}] ${first?.message ?? "invalid"}`);
  }
  return result.output;
}

/** Reads and validates `data/<id>/dataset.json`. Throws naming the file and field. */
export function readDatasetMeta(dataDir: string, id: string): DatasetMeta {
  return parsed(DatasetMeta, join(dataDir, id, "dataset.json"), `${id}/dataset.json`);
}

/** A published version's `data.csv` and sealed `meta.json`, read from disk. */
function readVersion(dataDir: string, id: string, version: string): VersionFiles {
  const dir = join(dataDir, id, version);
  if (!existsSync(join(dir, "data.csv"))) throw new Error(`${id}/${version}: the version it corrects does not exist`);
  return {
    csv: readFileSync(join(dir, "data.csv"), "utf8"),
    snapshot: parsed(VersionSnapshot, join(dir, "meta.json"), `${id}/${version}/meta.json`),
  };
}

/**
 * Plans the files of one dataset's versions. `rows` of a version come from its converter, or (for a partner's
 * CSV with no converter) are `undefined`: then its `data.csv` is taken as it is. Throws when a version has no
 * `version.json` yet (writing it is the publisher's act: what the version is and what it changes).
 */
export function planVersions(
  dataDir: string,
  id: string,
  versions: readonly (ConvertedVersion | { version: string; rows?: undefined })[],
): PublishPlan {
  const meta = readDatasetMeta(dataDir, id);
  const files = new Map<string, string>();
  const hashes: Record<string, string> = {};
  const planned = new Map<string, VersionFiles>();
  for (const { version, rows } of versions) {
    const dir = join(dataDir, id, version);
    const versionMeta = parsed(VersionMeta, join(dir, "version.json"), `${id}/${version}/version.json`);
    if (versionMeta.version !== version) throw new Error(`${id}/${version}/version.json: version must be "${version}"`);
    const metaFile = join(dir, "meta.json");
    // A version that already has meta.json sealed it: keep it as it is, never re-derive it from today's dataset.json.
    const snapshot = existsSync(metaFile) ? parsed(VersionSnapshot, metaFile, `${id}/${version}/meta.json`) : snapshotOf(meta);
    if (!existsSync(metaFile)) files.set(`${id}/${version}/meta.json`, jsonFile(snapshot));
    let csv: string;
    if (rows) csv = toCanonicalCsv(columnsOf(snapshot), rows);
    else if (existsSync(join(dir, "data.csv"))) csv = readFileSync(join(dir, "data.csv"), "utf8");
    else throw new Error(`${id}/${version}/data.csv is missing`);
    if (rows) files.set(`${id}/${version}/data.csv`, csv);
    hashes[`${id}@${version}`] = contentHash(csv);
    planned.set(version, { csv, snapshot });
    if (versionMeta.corrects) {
      const before = planned.get(versionMeta.corrects) ?? readVersion(dataDir, id, versionMeta.corrects);
      files.set(`${id}/${version}/changes.csv`, correctionsCsv(before, { csv, snapshot }));
    }
  }
  return { files, hashes };
}
