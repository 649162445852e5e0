/**
 * @module The storage interface the API reads data through. Keys are paths below `_data/`
 * (`catalog.json`, `<id>/<version>/index.json`, `<id>/<version>/blocks/<n>.json`). Implementations: static
 * assets (default) and an R2 bucket; `select-store.ts` picks one.
 */

/** Reads immutable JSON documents by key. */
export interface DataStore {
  /** The parsed document, or `undefined` when the key does not exist. */
  json<T>(key: string): Promise<T | undefined>;
}

/**
 * Wraps a store with an in-isolate cache of parsed documents. Safe because every key names immutable content
 * (a version's block never changes; the catalog changes only with a deploy, which starts new isolates).
 * Concurrent first reads share one fetch.
 */
export function memoize(store: DataStore, limit = 256): DataStore {
  const cache = new Map<string, Promise<unknown>>();
  return {
    json<T>(key: string): Promise<T | undefined> {
      let hit = cache.get(key);
      if (!hit) {
        hit = store.json(key);
        // Do not keep failures: a transient error must not poison the isolate.
        hit.catch(() => cache.delete(key));
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
        cache.set(key, hit);
      }
      return hit as Promise<T | undefined>;
    },
  };
}
