/**
 * @module `/v1/datasets`: the catalog, one dataset's metadata, and one version's metadata.
 */
import { Hono } from "hono/tiny";
import type { CatalogEntry, PublishedVersion } from "../../schemas";
import { LangQuery, VersionQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { IMMUTABLE, SHORT } from "../lib/cache-policy";
import { CATALOG_TEMPLATE_KEY, type CatalogTemplate, catalogBody, catalogBytes, withLinks } from "../lib/catalog-body";
import { fnv1a, strongEtag } from "../lib/etag";
import { contentTypeOf, requireJson } from "../lib/format";
import { exactLinks } from "../lib/links";
import { parseQuery } from "../lib/query";
import { represent } from "../lib/respond";
import { loadCatalog, loadEntry, parseDatasetRef, resolveVersion } from "../storage/catalog";

/** Routes below `/v1/datasets` that describe datasets and versions. */
export const datasets = new Hono<AppEnv>();

const catalogEtag = (versions: PublishedVersion[], ...shape: string[]) =>
  strongEtag(fnv1a(versions.map((v) => v.hash).join()).padEnd(32, "0"), ...shape);

datasets.get("/", async (c) => {
  const url = new URL(c.req.url);
  parseQuery(LangQuery, url);
  requireJson(c.req.header("accept") ?? null);
  const catalog = await loadCatalog(c.var.store);
  return represent(c, {
    etag: catalogEtag(
      catalog.datasets.flatMap((d) => d.versions),
      "catalog",
      url.origin,
    ),
    cacheControl: SHORT,
    contentType: contentTypeOf("json"),
    body: async () => {
      // Serialized at build; a store without the template (an older upload) serializes here.
      const template = await c.var.store.json<CatalogTemplate>(CATALOG_TEMPLATE_KEY);
      return template ? catalogBytes(template, url.origin) : JSON.stringify(catalogBody(catalog, url.origin));
    },
  });
});

datasets.get("/:ref", async (c) => {
  const url = new URL(c.req.url);
  const { asOf } = parseQuery(VersionQuery, url);
  requireJson(c.req.header("accept") ?? null);
  const { id, spec } = parseDatasetRef(c.req.param("ref"));
  const found = await loadEntry(c.var.store, id);
  if (!spec) {
    // As of a day, the dataset is what had been released by then (at least one version, else a problem).
    if (asOf) resolveVersion(found, "", asOf);
    const entry = asOf ? { ...found, versions: found.versions.filter((v) => v.published <= asOf) } : found;
    return represent(c, {
      etag: catalogEtag(entry.versions, "dataset", id, url.origin),
      cacheControl: SHORT,
      contentType: contentTypeOf("json"),
      body: () => JSON.stringify(withLinks(entry, url.origin)),
    });
  }
  const entry = found;
  const { version, exact } = resolveVersion(entry, spec, asOf);
  const links = exactLinks(url.origin, id, version.version);
  // A version describes itself with the metadata it sealed (units, definitions, sources, caveats as published),
  // merged with the dataset's citations by the build.
  const described = (await c.var.store.json<Partial<CatalogEntry>>(`${id}/${version.version}/meta.json`)) ?? {};
  return represent(c, {
    etag: strongEtag(version.hash, "meta", spec, url.origin),
    cacheControl: exact ? IMMUTABLE : SHORT,
    contentType: contentTypeOf("json"),
    headers: exact ? {} : { "content-location": links.path, link: `<${links.self}>; rel="canonical"` },
    body: () =>
      JSON.stringify({
        ...entry,
        ...described,
        versions: [version],
        version: version.version,
        requested: spec,
        links: { ...links.all, dataset: `${url.origin}/v1/datasets/${id}` },
      }),
  });
});
