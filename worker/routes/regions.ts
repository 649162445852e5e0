/**
 * @module `/v1/regions`: the reference table of provinces and the groups they form.
 */
import { Hono } from "hono/tiny";
import { LangQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { SHORT } from "../lib/cache-policy";
import { strongEtag } from "../lib/etag";
import { contentTypeOf, requireJson } from "../lib/format";
import { parseQuery } from "../lib/query";
import { represent } from "../lib/respond";
import { loadCatalog } from "../storage/catalog";
import { groupsOf, loadRegions } from "../storage/regions";

/** Routes below `/v1/regions`. */
export const regions = new Hono<AppEnv>();

const GROUP_NAMES = {
  east: { zh: "东部", en: "East" },
  central: { zh: "中部", en: "Central" },
  west: { zh: "西部", en: "West" },
  northeast: { zh: "东北", en: "Northeast" },
} as const;

regions.get("/", async (c) => {
  parseQuery(LangQuery, new URL(c.req.url));
  requireJson(c.req.header("accept") ?? null);
  const catalog = await loadCatalog(c.var.store);
  const version = catalog.datasets.find((d) => d.id === "regions")?.versions[0];
  return represent(c, {
    etag: strongEtag(version?.hash ?? "none", "regions"),
    cacheControl: SHORT,
    contentType: contentTypeOf("json"),
    body: async () => {
      const rows = await loadRegions(c.var.store);
      const groups = [...groupsOf(rows)].map(([id, members]) => ({ id, name: GROUP_NAMES[id], members }));
      return JSON.stringify({ dataset: "regions", version: version?.version, count: rows.length, regions: rows, groups });
    },
  });
});
