/**
 * @module DataStore backed by the Workers static-assets binding (works offline under `wrangler dev`).
 */
import type { DataStore } from "./store";

/** Reads `_data/<key>` from the assets binding. */
export function assetsStore(assets: Fetcher): DataStore {
  const text = async (key: string): Promise<string | undefined> => {
    const response = await assets.fetch(new Request(`https://assets.local/_data/${key}`));
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`assets: ${key} answered ${response.status}`);
    return response.text();
  };
  return {
    text,
    async json<T>(key: string): Promise<T | undefined> {
      const body = await text(key);
      return body === undefined ? undefined : (JSON.parse(body) as T);
    },
  };
}
