/**
 * @module The storage interface the API reads data through. Keys are paths below `_data/`
 * (`catalog.json`, `<id>/<version>/index.json`, `<id>/<version>/blocks/<n>.json`). Implementations: static
 * assets (default) and an R2 bucket; `select-store.ts` picks one.
 */

/** Reads immutable JSON documents by key. */
export interface DataStore {
  /** The parsed document, or `undefined` when the key does not exist. */
  json<T>(key: string): Promise<T | undefined>;
  /**
   * The document's text, or `undefined` when the key does not exist. Optional: a store that offers it lets the
   * memo count what it keeps in bytes (and lets a route send stored text without parsing it).
   */
  text?(key: string): Promise<string | undefined>;
}

/** Default bound of the parsed documents one isolate keeps, in bytes of their JSON text. */
export const MEMO_BYTES = 8 * 1024 * 1024;

/** Bytes charged for a document whose size the store cannot tell (it offers no `text`). */
const UNKNOWN_BYTES = 64 * 1024;

interface Entry {
  value: Promise<unknown>;
  bytes: number;
}

/**
 * Wraps a store with an in-isolate cache of parsed documents, bounded by the bytes of their JSON text (a parsed
 * block of numbers and small integers takes about as much heap as its text): least recently used first out.
 * Safe because every key names immutable content (a version's block never changes; the catalog changes only
 * with a deploy, which starts new isolates). Concurrent first reads share one fetch. A document larger than
 * the whole bound is returned but not kept.
 */
export function memoize(store: DataStore, maxBytes = MEMO_BYTES): DataStore {
  const cache = new Map<string, Entry>();
  let held = 0;
  const drop = (key: string) => {
    const entry = cache.get(key);
    if (!entry) return;
    cache.delete(key);
    held -= entry.bytes;
  };
  const load = async (key: string, entry: Entry): Promise<unknown> => {
    if (!store.text) return store.json(key);
    const text = await store.text(key);
    if (text === undefined) return undefined;
    // Charge the real size now that it is known.
    if (cache.get(key) === entry) {
      held += text.length - entry.bytes;
      entry.bytes = text.length;
    }
    const value = JSON.parse(text);
    evict();
    return value;
  };
  const evict = () => {
    for (const key of cache.keys()) {
      if (held <= maxBytes) break;
      drop(key);
    }
  };
  return {
    json<T>(key: string): Promise<T | undefined> {
      let entry = cache.get(key);
      if (entry) {
        // Most recently used last: re-insert.
        cache.delete(key);
        cache.set(key, entry);
        return entry.value as Promise<T | undefined>;
      }
      const created: Entry = { value: Promise.resolve(undefined), bytes: store.text ? 0 : UNKNOWN_BYTES };
      entry = created;
      created.value = load(key, created);
      cache.set(key, created);
      held += created.bytes;
      // Do not keep failures: a transient error must not poison the isolate.
      created.value.catch(() => {
        if (cache.get(key) === created) drop(key);
      });
      evict();
      return created.value as Promise<T | undefined>;
    },
    ...(store.text ? { text: (key: string) => store.text?.(key) ?? Promise.resolve(undefined) } : {}),
  };
}
