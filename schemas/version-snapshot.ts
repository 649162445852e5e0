/**
 * @module The sealed metadata of one version (`data/<id>/<version>/meta.json`): what its numbers mean — kind,
 * measures with units and definitions, reference fields, licence, sources and caveats — as it was published.
 * Together with `version.json` and `data.csv` it is the version's identity, and it never changes once published.
 * Citation annotations (`Source.primary`, `Source.retrieved`, `Measure.notComparableWith`) are left out: they
 * describe where a publication can be cited and what it must not be compared with, live in `dataset.json` and
 * may be added to a published version's dataset without changing what that version publishes.
 */
import * as v from "valibot";
import { type DatasetMeta, Licence, Measure, ReferenceField, Source } from "./dataset-meta";
import { LocalizedText } from "./localized-text";

/** The sealed metadata of one version. */
export const VersionSnapshot = v.strictObject({
  kind: v.picklist(["observations", "reference"]),
  measures: v.array(Measure),
  fields: v.optional(v.array(ReferenceField)),
  licence: Licence,
  sources: v.pipe(v.array(Source), v.minLength(1)),
  caveats: v.array(LocalizedText),
});
/** The sealed metadata of one version. */
export type VersionSnapshot = v.InferOutput<typeof VersionSnapshot>;

/** The fields of dataset metadata that a version seals, in their published order. */
export function snapshotOf(meta: Pick<DatasetMeta, "kind" | "measures" | "fields" | "licence" | "sources" | "caveats">): VersionSnapshot {
  return {
    kind: meta.kind,
    measures: meta.measures.map(({ notComparableWith: _n, ...measure }) => measure),
    ...(meta.fields ? { fields: meta.fields } : {}),
    licence: meta.licence,
    sources: meta.sources.map(({ primary: _p, retrieved: _r, ...source }) => source),
    caveats: meta.caveats,
  };
}

/** One metadata field that differs between two snapshots, by dot path (e.g. `measures.gdp.unit.zh`). */
export interface MetadataChange {
  path: string;
  from: unknown;
  to: unknown;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** Measures are matched by id (a reordering is not a change); other lists by position. */
function keyed(list: unknown[], path: string): Map<string, unknown> {
  const byId = path === "measures" || path === "fields";
  return new Map(
    list.map((item, i) => {
      const id = isObject(item) ? (item.id ?? item.name) : undefined;
      return [byId && typeof id === "string" ? id : String(i), item];
    }),
  );
}

function compare(from: unknown, to: unknown, path: string, out: MetadataChange[]): void {
  if (Array.isArray(from) && Array.isArray(to)) {
    const a = keyed(from, path);
    const b = keyed(to, path);
    for (const key of new Set([...a.keys(), ...b.keys()])) compare(a.get(key), b.get(key), `${path}.${key}`, out);
    return;
  }
  if (isObject(from) && isObject(to)) {
    for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) compare(from[key], to[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (JSON.stringify(from) !== JSON.stringify(to)) out.push({ path, from: from ?? null, to: to ?? null });
}

/** Every leaf field that differs between two versions' sealed metadata (or any two JSON values). */
export function metadataChanges(from: unknown, to: unknown): MetadataChange[] {
  const out: MetadataChange[] = [];
  compare(from, to, "", out);
  return out;
}

/**
 * A dataset's metadata as one version publishes it: the sealed fields from the version's snapshot, the rest from
 * the dataset, and the citation annotations (primary publication, retrieval date, comparability notes) carried over
 * to the snapshot's measures (by id) and sources (by title and raw file).
 */
export function asPublishedBy<T extends DatasetMeta>(meta: T, snapshot: VersionSnapshot): T {
  const measures = snapshot.measures.map((m) => {
    const notes = meta.measures.find((x) => x.id === m.id)?.notComparableWith;
    return notes ? { ...m, notComparableWith: notes } : m;
  });
  const sources = snapshot.sources.map((s) => {
    const annotated = meta.sources.find((x) => x.title === s.title && x.rawFile === s.rawFile);
    return {
      ...s,
      ...(annotated?.primary ? { primary: annotated.primary } : {}),
      ...(annotated?.retrieved ? { retrieved: annotated.retrieved } : {}),
    };
  });
  const fields = snapshot.fields ? { fields: snapshot.fields } : {};
  return { ...meta, kind: snapshot.kind, measures, ...fields, licence: snapshot.licence, sources, caveats: snapshot.caveats };
}
