/**
 * @module The regions reference table, as the worker uses it for `group=` filters and `/v1/regions`.
 */
import type { Region, RegionGroup } from "../../schemas";
import { loadCatalog } from "./catalog";
import type { DataStore } from "./store";

/** The rows of the newest version of the `regions` dataset. */
export async function loadRegions(store: DataStore): Promise<Region[]> {
  const catalog = await loadCatalog(store);
  const version = catalog.datasets.find((d) => d.id === "regions")?.versions[0]?.version;
  if (!version) return [];
  return (await store.json<Region[]>(`regions/${version}/rows.json`)) ?? [];
}

const groupCache = new WeakMap<Region[], Map<RegionGroup, string[]>>();

/** Region codes per NBS group, computed once per loaded table. */
export function groupsOf(regions: Region[]): Map<RegionGroup, string[]> {
  let groups = groupCache.get(regions);
  if (!groups) {
    groups = new Map();
    for (const r of regions) groups.set(r.group, [...(groups.get(r.group) ?? []), r.region]);
    groupCache.set(regions, groups);
  }
  return groups;
}
