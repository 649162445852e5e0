/**
 * @module Picks the data store for an environment: the R2 bucket when `DATA_BUCKET` is bound, else the static
 * assets. One memoized store per binding object, so parsed blocks survive across requests in an isolate.
 */
import { assetsStore } from "./assets-store";
import { r2Store } from "./r2-store";
import { type DataStore, memoize } from "./store";

/** Bindings the data can come from. `DATA_BUCKET` is optional: configure it in wrangler.toml to use R2. */
export interface DataBindings {
  ASSETS: Fetcher;
  DATA_BUCKET?: R2Bucket;
}

const stores = new WeakMap<object, DataStore>();

/** The store for `env`, created once per binding object. */
export function storeFor(env: DataBindings): DataStore {
  const binding: object = env.DATA_BUCKET ?? env.ASSETS;
  let store = stores.get(binding);
  if (!store) {
    const base = env.DATA_BUCKET ? r2Store(env.DATA_BUCKET) : assetsStore(env.ASSETS);
    store = memoize(base);
    stores.set(binding, store);
  }
  return store;
}
