/**
 * @module Access to the catalog: datasets, versions, version resolution (exact, range, `latest`).
 */
import type { Catalog, CatalogEntry, PublishedVersion } from "../../schemas";
import { HttpProblem } from "../lib/problem";
import { maxSatisfying, parseRange } from "../lib/semver-range";
import type { DataStore } from "./store";

/** Loads the catalog (cached per isolate by the memoizing store). */
export async function loadCatalog(store: DataStore): Promise<Catalog> {
  const catalog = await store.json<Catalog>("catalog.json");
  if (!catalog) throw new Error("catalog.json is missing from the data store");
  return catalog;
}

/** Store key of one dataset's catalog entry, written by the build beside `catalog.json`. */
export const entryKey = (id: string) => `catalog/${id}.json`;

const DATASET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One dataset's catalog entry, read alone: a request about one dataset does not parse every dataset's metadata
 * (a version with thousands of measures makes the whole catalog the largest document a cold request reads).
 * An unknown id (or a store without entries) falls back to the catalog, which also answers the 404's list.
 */
export async function loadEntry(store: DataStore, id: string): Promise<CatalogEntry> {
  const entry = DATASET_ID.test(id) ? await store.json<CatalogEntry>(entryKey(id)) : undefined;
  return entry ?? findDataset(await loadCatalog(store), id);
}

/** Finds a dataset by id or answers 404 with the list of ids. */
export function findDataset(catalog: Catalog, id: string): CatalogEntry {
  const entry = catalog.datasets.find((d) => d.id === id);
  if (!entry) {
    throw new HttpProblem("unknown-dataset", `There is no dataset "${id.slice(0, 100)}".`, {
      param: "id",
      allowed: catalog.datasets.map((d) => d.id),
    });
  }
  return entry;
}

/** A version request resolved to a published version; `exact` says whether the request named it exactly. */
export interface ResolvedVersion {
  version: PublishedVersion;
  exact: boolean;
}

const EXACT = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$/;
/** Digits and dots with a leading zero in a part (`01.0.0`, `1.00`): not a version semver allows. */
const LEADING_ZERO = /^(?:\d+\.)*0\d/;

/**
 * Resolves `1.0.0` (exact), a semver range (`^1`, `~1.2`, `1.x`) or `latest` to the newest matching version.
 * An empty spec means `latest`. With `asOf` (`YYYY-MM-DD`), only versions released on or before that day count:
 * a request that matched only later versions is a `not-yet-released` problem.
 */
export function resolveVersion(entry: CatalogEntry, spec: string, asOf?: string): ResolvedVersion {
  const allowed = entry.versions.map((v) => v.version);
  if (/^[\d.]+$/.test(spec) && LEADING_ZERO.test(spec)) {
    throw new HttpProblem("invalid-parameter", `"${spec.slice(0, 64)}": a version has no leading zeros.`, { param: "version", allowed });
  }
  const released = asOf ? entry.versions.filter((v) => v.published <= asOf) : entry.versions;
  const notYet = () => {
    // ISO dates sort as strings.
    const first = entry.versions.map((v) => v.published).sort()[0];
    return new HttpProblem("not-yet-released", `No matching version of ${entry.id} was released by ${asOf}.`, {
      param: "asOf",
      allowed: released.map((v) => v.version),
      firstReleased: first,
    });
  };
  if (EXACT.test(spec)) {
    const version = entry.versions.find((v) => v.version === spec);
    if (!version) throw new HttpProblem("unknown-version", `${entry.id} has no version ${spec}.`, { param: "version", allowed });
    if (!released.includes(version)) throw notYet();
    // An exact version is immutable; so is what a request for it returns.
    return { version, exact: true };
  }
  const range = spec === "" || spec === "latest" ? "*" : spec;
  const parsed = range.length > 64 ? undefined : parseRange(range);
  if (!parsed) {
    throw new HttpProblem("invalid-parameter", `"${spec.slice(0, 64)}" is neither a version, a semver range nor "latest".`, {
      param: "version",
      allowed,
    });
  }
  const best = maxSatisfying(
    released.map((v) => v.version),
    parsed,
  );
  const version = entry.versions.find((v) => v.version === best);
  if (!version) {
    if (asOf && maxSatisfying(allowed, parsed)) throw notYet();
    throw new HttpProblem("unknown-version", `No version of ${entry.id} satisfies ${spec}.`, { param: "version", allowed });
  }
  return { version, exact: false };
}

/** Splits `id@version` into its parts; the version part is empty when absent. */
export function parseDatasetRef(ref: string): { id: string; spec: string } {
  const at = ref.indexOf("@");
  return at < 0 ? { id: ref, spec: "" } : { id: ref.slice(0, at), spec: ref.slice(at + 1) };
}

/** A `{id}@{spec}` path segment resolved against the catalog. */
export interface ResolvedRef extends ResolvedVersion {
  id: string;
  spec: string;
  entry: CatalogEntry;
}

/** Loads the dataset's catalog entry and resolves `id@spec` (an empty spec means `latest`), as of a day if `asOf` is given. */
export async function resolveRef(store: DataStore, ref: string, asOf?: string): Promise<ResolvedRef> {
  const { id, spec } = parseDatasetRef(ref);
  const entry = await loadEntry(store, id);
  return { id, spec, entry, ...resolveVersion(entry, spec, asOf) };
}
