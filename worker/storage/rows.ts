/**
 * @module Reads a version's rows through its block index: only the blocks a selection can match are fetched,
 * and only the rows that match become objects.
 */
import type { Selection } from "../lib/filter";
import { blockRows, type StoredBlock, selectRows as selectBlockRows } from "./block";
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

/** One block, parsed (memoized by the store); its layout matches the index's `format`, checked by `loadManifest`. */
async function loadBlock(store: DataStore, id: string, version: string, block: BlockInfo): Promise<StoredBlock> {
  const key = blockKey(id, version, block);
  const stored = await store.json<StoredBlock>(key);
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
  return blockRows<T>(stored);
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
  const blocks = await Promise.all(selectBlocks(manifest, selection).map((b) => selectBlock<T>(store, id, version, b, selection)));
  return blocks.flat();
}

/** The rows of one block that satisfy `selection`. */
async function selectBlock<T>(store: DataStore, id: string, version: string, block: BlockInfo, selection: Selection): Promise<T[]> {
  const stored = await loadBlock(store, id, version, block);
  return selectBlockRows<T>(stored, selection);
}

/** The rows of one block of `id@version`, in stored order (the block layout is read in worker/storage/block.ts). */
export const readBlock = readBlockRows;

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
  for (const block of selectBlocks(manifest, selection)) yield await readBlockRows<T>(store, id, version, block);
}

/** The rows that satisfy `selection`, one block at a time and in stored order: {@link walkBlocks}, filtered. */
export async function* walkSelected<T = Record<string, unknown>>(
  store: DataStore,
  id: string,
  version: string,
  selection: Selection,
): AsyncGenerator<T[]> {
  const manifest = await loadManifest(store, id, version);
  for (const block of selectBlocks(manifest, selection)) yield await selectBlock<T>(store, id, version, block, selection);
}
