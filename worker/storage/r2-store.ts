/**
 * @module DataStore backed by an R2 bucket binding (`DATA_BUCKET`), for data too large or too often published
 * to ship with each deploy. Keys are the same as in `.assets/_data/` (upload that folder's contents).
 */
import type { DataStore } from "./store";

/** Reads `<prefix><key>` from an R2 bucket. */
export function r2Store(bucket: R2Bucket, prefix = ""): DataStore {
  return {
    async json<T>(key: string): Promise<T | undefined> {
      const object = await bucket.get(`${prefix}${key}`);
      return object ? ((await object.json()) as T) : undefined;
    },
  };
}
