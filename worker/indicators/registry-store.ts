/**
 * @module Reads the indicator registry document (`_data/indicators.json`, written by the build) through the
 * data store, like the catalog.
 */

import type { DataStore } from "../storage/store";
import { INDICATOR_REGISTRY_KEY, type IndicatorRegistry } from "./registry-document";

/** Loads the registry document (cached per isolate by the memoizing store). */
export async function loadIndicatorRegistry(store: DataStore): Promise<IndicatorRegistry> {
  const registry = await store.json<IndicatorRegistry>(INDICATOR_REGISTRY_KEY);
  if (!registry) throw new Error(`${INDICATOR_REGISTRY_KEY} is missing from the data store`);
  return registry;
}

/** The entry of one indicator or view; throws when the document lacks it (a build out of step with the code). */
export function entryOf<T extends { id: string }>(entries: readonly T[], id: string): T {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`${INDICATOR_REGISTRY_KEY} has no entry ${id}`);
  return entry;
}
