/**
 * @module `GET /v1/datasets/{id}@{version}/data[.json|.csv|.jsonstat]` and `…/datapackage.json`: a version's
 * observations, filtered, shaped and paginated, in JSON, CSV or JSON-stat; and its Frictionless descriptor.
 */
import { Hono } from "hono";
import { OBSERVATION_FIELDS, type Observation } from "../../schemas/observation";
import { DataQuery, MAX_LIMIT, VersionQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { IMMUTABLE, SHORT } from "../lib/cache-policy";
import { toCsv } from "../lib/csv";
import { toDataPackage } from "../lib/datapackage";
import { strongEtag } from "../lib/etag";
import { filterRows, latestRows, project, selectionOf } from "../lib/filter";
import { contentTypeOf, negotiateFormat, requireJson } from "../lib/format";
import { toJsonStat } from "../lib/jsonstat";
import { exactLinks } from "../lib/links";
import { cursorTag, decodeCursor, encodeCursor, pageOf } from "../lib/pagination";
import { HttpProblem } from "../lib/problem";
import { canonicalQuery, parseQuery } from "../lib/query";
import { represent } from "../lib/respond";
import { type ResolvedRef, resolveRef } from "../storage/catalog";
import { groupsOf, loadRegions, namesOf } from "../storage/regions";
import { loadManifest, readRows } from "../storage/rows";

/** Routes below `/v1/datasets` that serve a version's rows. */
export const data = new Hono<AppEnv>();

/** Parameters that do not change which rows a page holds, or in which order. */
const NOT_FILTERS = ["cursor", "limit", "fields", "bom", "lang"];

/** Filters that make no sense for a dataset are an error, not an empty result. */
function checkApplicable({ entry }: ResolvedRef, query: DataQuery, format: string): string[] {
  const columns = entry.kind === "observations" ? [...OBSERVATION_FIELDS] : (entry.fields ?? []).map((f) => f.name);
  if (entry.kind === "reference") {
    const param = (["period", "measure", "category", "latest"] as const).find((p) => query[p] !== undefined);
    if (param) {
      throw new HttpProblem("invalid-parameter", `Parameter "${param}": ${entry.id} is a reference table without periods or measures.`, {
        param,
        allowed: ["region", "group", "fields", "limit", "cursor", "bom", "lang"],
      });
    }
    if (format === "jsonstat") {
      throw new HttpProblem("not-acceptable", `${entry.id} is a reference table: it has no JSON-stat form; use JSON or CSV.`, {
        param: "format",
        allowed: ["application/json", "text/csv"],
      });
    }
  }
  const measures = entry.measures.map((m) => m.id);
  const unknown = query.measure?.find((m) => !measures.includes(m));
  if (unknown)
    throw new HttpProblem("invalid-parameter", `${entry.id} has no measure "${unknown}".`, { param: "measure", allowed: measures });
  if (query.fields) {
    const bad = query.fields.find((f) => !columns.includes(f));
    if (bad)
      throw new HttpProblem("invalid-parameter", `Parameter "fields": ${entry.id} has no field "${bad}".`, {
        param: "fields",
        allowed: columns,
      });
    if (new Set(query.fields).size !== query.fields.length)
      throw new HttpProblem("invalid-parameter", `Parameter "fields": a field is listed twice.`, { param: "fields", allowed: columns });
    if (format === "jsonstat")
      throw new HttpProblem("invalid-parameter", `Parameter "fields" does not apply to JSON-stat, whose cube has fixed dimensions.`, {
        param: "fields",
      });
  }
  if (query.bom !== undefined && format !== "csv")
    throw new HttpProblem("invalid-parameter", `Parameter "bom" applies to CSV only.`, { param: "bom", allowed: ["csv"] });
  return query.fields ?? columns;
}

data.get("/:ref/:file{data(?:\\.json|\\.csv|\\.jsonstat)?}", async (c) => {
  const url = new URL(c.req.url);
  const file = c.req.param("file");
  const { format, negotiated } = negotiateFormat(file, c.req.header("accept") ?? null);
  const query = parseQuery(DataQuery, url);
  const ref = await resolveRef(c.var.store, c.req.param("ref"), query.asOf);
  const { id, entry, version, exact, spec } = ref;
  const columns = checkApplicable(ref, query, format);
  const filters = canonicalQuery(url, NOT_FILTERS);
  const tag = cursorTag(version.hash, filters);
  const offset = query.cursor ? decodeCursor(query.cursor, tag) : 0;
  const limit = query.limit ?? MAX_LIMIT;
  const links = exactLinks(url.origin, id, version.version);
  const exactUrl = `${links.self}/${file}${url.search}`;
  const headers: Record<string, string> = {};
  const linkHeader: string[] = [`<${links.all.datapackage}>; rel="describedby"`];
  if (negotiated) headers.vary = "Accept";
  if (!exact) {
    headers["content-location"] = `${links.path}/${file}${url.search}`;
    linkHeader.push(`<${exactUrl}>; rel="canonical"`);
  }
  if (format === "jsonstat") linkHeader.push(`<https://json-stat.org/format/>; rel="profile"`);
  const canonical = canonicalQuery(url);
  const etag = strongEtag(version.hash, format, canonical, spec);

  // The rows (and so the next link) are needed for headers too, but only after the 304 check.
  const load = async () => {
    // The regions table is read only when a group has to be expanded.
    const groups = query.group ? groupsOf(await loadRegions(c.var.store)) : new Map();
    const selection = selectionOf(query, { groups });
    let rows = filterRows(await readRows(c.var.store, id, version.version, selection), selection);
    if (query.latest) rows = latestRows(rows, query.latest);
    const page = pageOf(rows.length, offset, limit);
    let next: string | undefined;
    if (page.next !== undefined) {
      const nextUrl = new URL(`${links.self}/${file}`);
      for (const [k, v] of url.searchParams) if (k !== "cursor") nextUrl.searchParams.set(k, v);
      nextUrl.searchParams.set("cursor", encodeCursor(page.next, tag));
      next = nextUrl.href;
    }
    return { total: rows.length, rows: rows.slice(page.offset, page.end), next };
  };
  return represent(c, {
    etag,
    cacheControl: exact ? IMMUTABLE : SHORT,
    contentType: contentTypeOf(format),
    headers: { ...headers, link: linkHeader.join(", ") },
    edgeCacheKey: `${url.origin}${url.pathname}?${canonical}${canonical ? "&" : ""}_format=${format}`,
    body: async () => {
      const { total, rows, next } = await load();
      const nextHeaders: Record<string, string> = next ? { link: `<${next}>; rel="next"` } : {};
      if (format === "csv") return { body: toCsv(columns, rows, query.bom === "1"), headers: nextHeaders };
      if (format === "jsonstat") {
        const cube = JSON.stringify(
          toJsonStat(
            rows as Observation[],
            {
              dataset: id,
              version: version.version,
              hash: version.hash,
              published: version.published,
              title: entry.title,
              measures: entry.measures.filter((m) => !query.measure || query.measure.includes(m.id)),
              sources: entry.sources,
              attribution: entry.licence.attribution,
              regionNames: namesOf(await loadRegions(c.var.store)),
            },
            query.lang ?? "en",
          ),
        );
        return { body: cube, headers: nextHeaders };
      }
      const body = JSON.stringify({
        dataset: id,
        version: version.version,
        requested: spec || "latest",
        hash: version.hash,
        title: entry.title,
        attribution: entry.licence.attribution,
        measures: entry.measures.filter((m) => !query.measure || query.measure.includes(m.id)),
        total,
        count: rows.length,
        rows: query.fields ? project(rows, columns) : rows,
        links: {
          self: exactUrl,
          csv: `${links.all.csv}${url.search}`,
          datapackage: links.all.datapackage,
          dataset: links.self,
          ...(next ? { next } : {}),
        },
      });
      return { body, headers: nextHeaders };
    },
  });
});

data.get("/:ref/datapackage.json", async (c) => {
  const url = new URL(c.req.url);
  const { asOf } = parseQuery(VersionQuery, url);
  requireJson(c.req.header("accept") ?? null);
  const { id, entry, version, exact, spec } = await resolveRef(c.var.store, c.req.param("ref"), asOf);
  const links = exactLinks(url.origin, id, version.version);
  return represent(c, {
    etag: strongEtag(version.hash, "datapackage", spec, url.origin),
    cacheControl: exact ? IMMUTABLE : SHORT,
    contentType: contentTypeOf("json"),
    headers: exact ? {} : { "content-location": `${links.path}/datapackage.json`, link: `<${links.all.datapackage}>; rel="canonical"` },
    body: async () => JSON.stringify(toDataPackage(entry, version, await loadManifest(c.var.store, id, version.version), links.self)),
  });
});
