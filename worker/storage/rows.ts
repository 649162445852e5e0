/**
 * @module Reads a version's rows through its block index: only the blocks a selection can match are fetched,
 * and only the rows that match become objects.
 */
import { filterRows, type Selection } from "../lib/filter";
import { blockRows, isStoredBlock, type StoredBlock, selectRows as selectBlockRows } from "./block";
import { type BlockInfo, blockKey, decodeManifest, manifestKey, type StoredManifest, selectBlocks, type VersionManifest } from "./manifest";
import type { DataStore } from "./store";

const decoded = new WeakMap<StoredManifest, VersionManifest>();

/** A version's block index; a missing one means the build did not publish the version. */
export async function loadManifest(store: DataStore, id: string, version: string): Promise<VersionManifest> {
  const stored = await store.json<StoredManifest>(manifestKey(id, version));
  if (!stored) throw new Error(`${manifestKey(id, version)} is missing from the data store`);
  if (stored.format !== 2) throw new Error(`${manifestKey(id, version)} has an index layout this worker does not read; rebuild`);
  let manifest = decoded.get(stored);
  if (!manifest) {
    manifest = decodeManifest(stored);
    decoded.set(stored, manifest);
  }
  return manifest;
}

/** One block, parsed (memoized by the store). */
async function loadBlock(store: DataStore, id: string, version: string, block: BlockInfo): Promise<StoredBlock | unknown[]> {
  const key = blockKey(id, version, block);
  const stored = await store.json<StoredBlock | unknown[]>(key);
  if (!stored) throw new Error(`${key} is missing from the data store`);
  return stored;
}

/** Every row of one block of `id@version`, in stored order: for reading a version block by block (streaming). */
export async function readBlockRows<T = Record<string, unknown>>(
  store: DataStore,
  id: string,
  version: string,
  block: BlockInfo,
): Promise<T[]> {
  const stored = await loadBlock(store, id, version, block);
  return isStoredBlock(stored) ? blockRows<T>(stored) : (stored as T[]);
}

/** Every row of the blocks of `id@version` that `selection` can match, in stored order (not yet filtered). */
export async function readRows<T = Record<string, unknown>>(
  store: DataStore,
  id: string,
  version: string,
  selection: Selection = {},
): Promise<T[]> {
  const manifest = await loadManifest(store, id, version);
  const blocks = await Promise.all(selectBlocks(manifest, selection).map((b) => readBlockRows<T>(store, id, version, b)));
  return blocks.flat();
}

/**
 * The rows of `id@version` that satisfy `selection`, in stored order: `filterRows(readRows(…), selection)`
 * without making objects of the rows that do not match.
 */
export async function selectRows<T = Record<string, unknown>>(
  store: DataStore,
  id: string,
  version: string,
  selection: Selection,
): Promise<T[]> {
  const manifest = await loadManifest(store, id, version);
  const blocks = await Promise.all(
    selectBlocks(manifest, selection).map(async (b) => {
      const stored = await loadBlock(store, id, version, b);
      return isStoredBlock(stored)
        ? selectBlockRows<T>(stored, selection)
        : (filterRows(stored as Record<string, unknown>[], selection) as T[]);
    }),
  );
  return blocks.flat();
}

const LEGACY_ROWS = /^([a-z0-9-]+)\/([0-9]+\.[0-9]+\.[0-9]+)\/rows\.json$/;

/**
 * Keeps `<id>/<version>/rows.json` readable for code written before versions were split into blocks: the key
 * is answered by reading every block. New code should call {@link selectRows} with a selection.
 */
export function withWholeVersionKeys(store: DataStore): DataStore {
  return {
    ...store,
    json<T>(key: string): Promise<T | undefined> {
      const legacy = LEGACY_ROWS.exec(key);
      if (!legacy) return store.json<T>(key);
      return readRows(store, legacy[1] as string, legacy[2] as string) as Promise<T>;
    },
  };
}
