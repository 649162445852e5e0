/**
 * @module The regions reference table, as the worker uses it for `group=` filters, labels and `/v1/regions`.
 */
import type { LocalizedText, Region, RegionGroup } from "../../schemas";
import { loadCatalog } from "./catalog";
import { readRows } from "./rows";
import type { DataStore } from "./store";

const loaded = new WeakMap<DataStore, Promise<Region[]>>();

/** The rows of the newest version of the `regions` dataset, loaded once per store. */
export function loadRegions(store: DataStore): Promise<Region[]> {
  let rows = loaded.get(store);
  if (!rows) {
    rows = (async () => {
      const catalog = await loadCatalog(store);
      const version = catalog.datasets.find((d) => d.id === "regions")?.versions[0]?.version;
      return version ? readRows<Region>(store, "regions", version) : [];
    })();
    rows.catch(() => loaded.delete(store));
    loaded.set(store, rows);
  }
  return rows;
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

/** Province names by code, for labels. */
export function namesOf(regions: Region[]): Map<string, LocalizedText> {
  return new Map(regions.map((r) => [r.region, { zh: r.name_zh, en: r.name_en }]));
}
