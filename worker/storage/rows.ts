/**
 * @module Reads a version's rows through its block index: only the blocks a selection can match are fetched.
 */
import type { Selection } from "../lib/filter";
import { type BlockInfo, blockKey, manifestKey, selectBlocks, type VersionManifest } from "./manifest";
import type { DataStore } from "./store";

/** A version's block index; a missing one means the build did not publish the version. */
export async function loadManifest(store: DataStore, id: string, version: string): Promise<VersionManifest> {
  const manifest = await store.json<VersionManifest>(manifestKey(id, version));
  if (!manifest) throw new Error(`${manifestKey(id, version)} is missing from the data store`);
  return manifest;
}

/** The rows of the blocks of `id@version` that `selection` can match, in stored order (not yet filtered). */
export async function readRows<T = Record<string, unknown>>(
  store: DataStore,
  id: string,
  version: string,
  selection: Selection = {},
): Promise<T[]> {
  const manifest = await loadManifest(store, id, version);
  const blocks = await Promise.all(selectBlocks(manifest, selection).map((b) => readBlock<T>(store, id, version, b)));
  return blocks.flat();
}

/** The rows of one block of `id@version`, in stored order: the one place that knows how a block is laid out. */
export async function readBlock<T = Record<string, unknown>>(
  store: DataStore,
  id: string,
  version: string,
  block: BlockInfo,
): Promise<T[]> {
  return (await store.json<T[]>(blockKey(id, version, block))) ?? [];
}

/**
 * The rows of the blocks `selection` can match, one block at a time and in stored order (not yet filtered):
 * for responses that stream a whole version, so that only one block is in hand at a time.
 */
export async function* walkBlocks<T = Record<string, unknown>>(
  store: DataStore,
  id: string,
  version: string,
  selection: Selection = {},
): AsyncGenerator<T[]> {
  const manifest = await loadManifest(store, id, version);
  for (const block of selectBlocks(manifest, selection)) yield await readBlock<T>(store, id, version, block);
}

const LEGACY_ROWS = /^([a-z0-9-]+)\/([0-9]+\.[0-9]+\.[0-9]+)\/rows\.json$/;

/**
 * Keeps `<id>/<version>/rows.json` readable for code written before versions were split into blocks: the key
 * is answered by reading every block. New code should call {@link readRows} with a selection.
 */
export function withWholeVersionKeys(store: DataStore): DataStore {
  return {
    json<T>(key: string): Promise<T | undefined> {
      const legacy = LEGACY_ROWS.exec(key);
      if (!legacy) return store.json<T>(key);
      return readRows(store, legacy[1] as string, legacy[2] as string) as Promise<T>;
    },
  };
}
