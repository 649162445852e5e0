/**
 * @module `GET /v1/datasets/{id}@{version}/data[.json|.csv|.jsonstat]` and `…/datapackage.json`: a version's
 * observations, filtered, shaped and paginated, in JSON, CSV or JSON-stat; and its Frictionless descriptor.
 */
import { Hono } from "hono/tiny";
import { OBSERVATION_FIELDS, type Observation } from "../../schemas/observation";
import { DataQuery, MAX_LIMIT, VersionQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { IMMUTABLE, SHORT } from "../lib/cache-policy";
import { toCsv } from "../lib/csv";
import { csvBody, jsonBody, once, type Row } from "../lib/data-body";
import { strongEtag } from "../lib/etag";
import { latestRows, project, selectionOf } from "../lib/filter";
import { contentTypeOf, dataFileOf, JSONSTAT_PROFILE, negotiateFormat, requireJson } from "../lib/format";
import { toJsonStat } from "../lib/jsonstat";
import { exactLinks } from "../lib/links";
import { cursorTag, decodeCursor, encodeCursor, pageOf } from "../lib/pagination";
import { HttpProblem } from "../lib/problem";
import { canonicalQuery, parseQuery } from "../lib/query";
import { represent } from "../lib/respond";
import { serveFile } from "../lib/static-file";
import { textStream } from "../lib/text-stream";
import { type ResolvedRef, resolveRef } from "../storage/catalog";
import { DATAPACKAGE_BASE, datapackageKey } from "../storage/manifest";
import { groupsOf, loadRegions, namesOf } from "../storage/regions";
import { selectRows, walkSelected } from "../storage/rows";

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
  // Without `limit` (and without a cursor, whose pages were cut by one) every matching row is served.
  const limit = query.limit ?? (query.cursor ? MAX_LIMIT : undefined);
  const links = exactLinks(url.origin, id, version.version);
  const exactUrl = `${links.self}/${file}${url.search}`;
  const headers: Record<string, string> = {};
  const linkHeader: string[] = [`<${links.all.datapackage}>; rel="describedby"`];
  if (negotiated) headers.vary = "Accept";
  // Content-Location names the representation served (RFC 9110 §8.7): the exact version, and when Accept chose
  // CSV or JSON-stat, that format's file (data.csv), not the negotiated resource whose default is JSON.
  const served = negotiated && format !== "json" ? dataFileOf(format) : file;
  if (!exact || served !== file) headers["content-location"] = `${links.path}/${served}${url.search}`;
  if (!exact) linkHeader.push(`<${exactUrl}>; rel="canonical"`);
  if (format === "jsonstat") linkHeader.push(`<${JSONSTAT_PROFILE}>; rel="profile"`);
  headers.link = linkHeader.join(", ");
  const canonical = canonicalQuery(url);
  const cacheControl = exact ? IMMUTABLE : SHORT;

  // The whole version as CSV is the sealed file of data/ itself, served from the static assets.
  if (format === "csv" && [...url.searchParams.keys()].every((k) => k === "lang")) {
    const sealed = await serveFile(c.env.ASSETS, c.req.raw, `${id}/${version.version}/data.csv`, {
      etag: strongEtag(version.hash, "sealed-csv", spec),
      cacheControl,
      contentType: contentTypeOf("csv"),
      headers,
    });
    if (sealed) return sealed;
  }

  // The matching rows, one block at a time; `latest` needs every series before it can choose.
  const groups = async () => (query.group ? groupsOf(await loadRegions(c.var.store)) : new Map());
  async function* matching(): AsyncGenerator<Row[]> {
    const selection = selectionOf(query, { groups: await groups() });
    if (query.latest) {
      yield latestRows(await selectRows<Row>(c.var.store, id, version.version, selection), query.latest);
      return;
    }
    // Only the rows that match become objects (worker/storage/block.ts).
    yield* walkSelected<Row>(c.var.store, id, version.version, selection);
  }
  const nextUrl = (at: number) => {
    const next = new URL(`${links.self}/${file}`);
    for (const [k, v] of url.searchParams) if (k !== "cursor") next.searchParams.set(k, v);
    next.searchParams.set("cursor", encodeCursor(at, tag));
    return next.href;
  };
  // A page is cut from the whole match, which is counted to the end for `total`; only the page is kept.
  const page = async (size: number) => {
    let total = 0;
    const rows: Row[] = [];
    for await (const batch of matching()) {
      for (const row of batch) if (total++ >= offset && rows.length < size) rows.push(row);
    }
    const at = pageOf(total, offset, size);
    return { total, rows, next: at.next === undefined ? undefined : nextUrl(at.next) };
  };
  const shown = (rows: Row[]) => (query.fields ? project(rows, columns) : rows);

  return represent(c, {
    // "complete": whole versions were cut at 10,000 rows before; their old tags and cached copies must not match.
    etag: strongEtag(version.hash, format, canonical, spec, "complete"),
    cacheControl,
    contentType: contentTypeOf(format),
    headers,
    edgeCacheKey: `${url.origin}${url.pathname}?${canonical}${canonical ? "&" : ""}_format=${format}&_complete=1`,
    body: async () => {
      if (format === "jsonstat") {
        // Unpaged: the blocks are walked (twice), never gathered; a page is cut first and walked as one batch.
        const paged = limit === undefined ? undefined : await page(limit);
        const walk = paged ? () => once(paged.rows) : matching;
        let count = 0;
        const counted = async function* () {
          count = 0;
          for await (const batch of walk()) {
            count += batch.length;
            yield batch as Observation[];
          }
        };
        const cube = await toJsonStat(
          counted,
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
        );
        // A partial cube says so in its body, not only in the Link header.
        const next = paged?.next;
        Object.assign(cube.extension, { total: paged?.total ?? count, count, ...(next ? { next } : {}) });
        return { body: JSON.stringify(cube), headers: next ? { link: `<${next}>; rel="next"` } : {} };
      }
      if (limit !== undefined) {
        const { total, rows, next } = await page(limit);
        const nextHeaders: Record<string, string> = next ? { link: `<${next}>; rel="next"` } : {};
        const body =
          format === "csv"
            ? toCsv(columns, rows, query.bom === "1")
            : textStream(jsonBody(envelope(), once(shown(rows)), () => tail(total, rows.length, next)));
        return { body, headers: nextHeaders };
      }
      // Everything that matches, streamed block by block.
      if (format === "csv") return textStream(csvBody(columns, matching(), query.bom === "1"));
      let count = 0;
      async function* counted() {
        for await (const rows of matching()) {
          count += rows.length;
          yield shown(rows);
        }
      }
      return textStream(jsonBody(envelope(), counted(), () => tail(count, count)));
    },
  });

  function envelope() {
    return {
      dataset: id,
      version: version.version,
      requested: spec || "latest",
      published: version.published,
      hash: version.hash,
      title: entry.title,
      attribution: entry.licence.attribution,
      measures: entry.measures.filter((m) => !query.measure || query.measure.includes(m.id)),
      // What figures need beyond the rows: the source line and the default measures (when declared).
      sources: entry.sources,
      ...("defaults" in entry && entry.defaults ? { defaults: entry.defaults } : {}),
    };
  }
  function tail(total: number, count: number, next?: string) {
    return {
      total,
      count,
      links: {
        self: exactUrl,
        csv: `${links.all.csv}${url.search}`,
        datapackage: links.all.datapackage,
        dataset: links.self,
        ...(next ? { next } : {}),
      },
    };
  }
});

data.get("/:ref/datapackage.json", async (c) => {
  const url = new URL(c.req.url);
  const { asOf } = parseQuery(VersionQuery, url);
  requireJson(c.req.header("accept") ?? null);
  const { id, version, exact, spec } = await resolveRef(c.var.store, c.req.param("ref"), asOf);
  const links = exactLinks(url.origin, id, version.version);
  return represent(c, {
    etag: strongEtag(version.hash, "datapackage", spec, url.origin, version.files ? "files" : ""),
    cacheControl: exact ? IMMUTABLE : SHORT,
    contentType: contentTypeOf("json"),
    headers: exact ? {} : { "content-location": `${links.path}/datapackage.json`, link: `<${links.all.datapackage}>; rel="canonical"` },
    // Built at build time (worker/lib/datapackage.ts) with a placeholder for the origin-dependent base URL.
    body: async () => {
      const descriptor = await c.var.store.json(datapackageKey(id, version.version));
      if (!descriptor) throw new Error(`${datapackageKey(id, version.version)} is missing from the data store`);
      return JSON.stringify(descriptor).replaceAll(DATAPACKAGE_BASE, links.self);
    },
  });
});
