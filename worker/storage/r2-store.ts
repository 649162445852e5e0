/**
 * @module DataStore backed by an R2 bucket binding (`DATA_BUCKET`), for data too large or too often published
 * to ship with each deploy. Keys are the same as in `.assets/_data/` (upload that folder's contents).
 */
import type { DataStore } from "./store";

/** Reads `<prefix><key>` from an R2 bucket. */
export function r2Store(bucket: R2Bucket, prefix = ""): DataStore {
  const text = async (key: string): Promise<string | undefined> => {
    const object = await bucket.get(`${prefix}${key}`);
    return object ? object.text() : undefined;
  };
  return {
    text,
    async json<T>(key: string): Promise<T | undefined> {
      const body = await text(key);
      return body === undefined ? undefined : (JSON.parse(body) as T);
    },
  };
}
