/**
 * @module `/v1/datasets`: the catalog, one dataset's metadata, and the observations of a version.
 */
import { Hono } from "hono";
import { type CatalogEntry, DataQuery, LangQuery, OBSERVATION_FIELDS, type Observation, type PublishedVersion } from "../../schemas";
import type { AppEnv } from "../env";
import { IMMUTABLE, SHORT } from "../lib/cache-policy";
import { toCsv } from "../lib/csv";
import { fnv1a, strongEtag } from "../lib/etag";
import { filterRows } from "../lib/filter";
import { contentTypeOf, negotiateFormat } from "../lib/format";
import { HttpProblem } from "../lib/problem";
import { parseQuery } from "../lib/query";
import { conditional } from "../lib/respond";
import { findDataset, loadCatalog, parseDatasetRef, resolveVersion } from "../storage/catalog";
import { groupsOf, loadRegions } from "../storage/regions";

/** Routes below `/v1/datasets`. */
export const datasets = new Hono<AppEnv>();

const catalogEtag = (versions: PublishedVersion[], ...shape: string[]) =>
  strongEtag(fnv1a(versions.map((v) => v.hash).join()).padEnd(32, "0"), ...shape);

datasets.get("/", async (c) => {
  parseQuery(LangQuery, new URL(c.req.url));
  const catalog = await loadCatalog(c.var.store);
  const origin = new URL(c.req.url).origin;
  const body = {
    count: catalog.datasets.length,
    datasets: catalog.datasets.map((d) => withLinks(d, origin)),
  };
  return conditional(c.req.raw, () => JSON.stringify(body), {
    etag: catalogEtag(
      catalog.datasets.flatMap((d) => d.versions),
      "catalog",
    ),
    cacheControl: SHORT,
    contentType: contentTypeOf("json"),
  });
});

datasets.get("/:ref", async (c) => {
  parseQuery(LangQuery, new URL(c.req.url));
  const { id, spec } = parseDatasetRef(c.req.param("ref"));
  const catalog = await loadCatalog(c.var.store);
  const entry = findDataset(catalog, id);
  const origin = new URL(c.req.url).origin;
  if (!spec) {
    return conditional(c.req.raw, () => JSON.stringify(withLinks(entry, origin)), {
      etag: catalogEtag(entry.versions, "dataset", id),
      cacheControl: SHORT,
      contentType: contentTypeOf("json"),
    });
  }
  const { version, exact } = resolveVersion(entry, spec);
  const body = { ...withLinks({ ...entry, versions: [version] }, origin), version: version.version, requested: spec };
  return conditional(c.req.raw, () => JSON.stringify(body), {
    etag: strongEtag(version.hash, "meta", spec),
    cacheControl: exact ? IMMUTABLE : SHORT,
    contentType: contentTypeOf("json"),
    extra: exact ? {} : { "content-location": `/v1/datasets/${id}@${version.version}` },
  });
});

datasets.get("/:ref/:file{data(?:\\.json|\\.csv)?}", async (c) => {
  const url = new URL(c.req.url);
  const { id, spec } = parseDatasetRef(c.req.param("ref"));
  const { format, negotiated } = negotiateFormat(c.req.param("file"), c.req.header("accept") ?? null);
  const query = parseQuery(DataQuery, url);
  const catalog = await loadCatalog(c.var.store);
  const entry = findDataset(catalog, id);
  const { version, exact } = resolveVersion(entry, spec);
  checkApplicable(entry, query);
  const rows = (await c.var.store.json<Observation[]>(`${id}/${version.version}/rows.json`)) ?? [];
  const filtered = filterRows(rows, query, { groups: groupsOf(await loadRegions(c.var.store)) });
  const canonicalQuery = [...url.searchParams]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const exactPath = `/v1/datasets/${id}@${version.version}/${c.req.param("file")}${url.search}`;
  const extra: Record<string, string> = {};
  if (negotiated) extra.vary = "Accept";
  if (!exact) extra["content-location"] = exactPath;
  const columns = entry.kind === "observations" ? OBSERVATION_FIELDS : (entry.fields ?? []).map((f) => f.name);
  return conditional(
    c.req.raw,
    () =>
      format === "csv"
        ? toCsv(columns, filtered)
        : JSON.stringify({
            dataset: id,
            version: version.version,
            requested: spec || "latest",
            hash: version.hash,
            title: entry.title,
            attribution: entry.licence.attribution,
            measures: entry.measures.filter((m) => !query.measure || query.measure.includes(m.id)),
            count: filtered.length,
            rows: filtered,
            links: {
              self: `${url.origin}${exactPath}`,
              csv: `${url.origin}/v1/datasets/${id}@${version.version}/data.csv${url.search}`,
              dataset: `${url.origin}/v1/datasets/${id}@${version.version}`,
            },
          }),
    {
      etag: strongEtag(version.hash, format, canonicalQuery, spec),
      cacheControl: exact ? IMMUTABLE : SHORT,
      contentType: contentTypeOf(format),
      extra,
    },
  );
});

/** Filters that make no sense for a dataset are an error, not an empty result. */
function checkApplicable(entry: CatalogEntry, query: DataQuery): void {
  if (entry.kind === "reference" && (query.period || query.measure)) {
    throw new HttpProblem("invalid-parameter", `${entry.id} is a reference table: it has no periods or measures.`, {
      param: query.period ? "period" : "measure",
    });
  }
  const allowed = entry.measures.map((m) => m.id);
  const unknown = query.measure?.find((m) => !allowed.includes(m));
  if (unknown) throw new HttpProblem("invalid-parameter", `${entry.id} has no measure "${unknown}".`, { param: "measure", allowed });
}

/** Adds the URLs a client follows from a catalog entry. */
function withLinks(entry: CatalogEntry, origin: string) {
  const latest = entry.versions[0]?.version;
  return {
    ...entry,
    links: {
      self: `${origin}/v1/datasets/${entry.id}`,
      data: `${origin}/v1/datasets/${entry.id}@${latest}/data`,
      csv: `${origin}/v1/datasets/${entry.id}@${latest}/data.csv`,
    },
  };
}
