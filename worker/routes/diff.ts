/**
 * @module `GET /v1/datasets/{id}/diff?from=&to=`: the observations added, removed and changed between two
 * versions, optionally restricted by the data filters, and the fields of their sealed metadata that differ. Reads only the blocks the filters need, in both versions.
 */
import { Hono } from "hono/tiny";
import { DiffQuery } from "../../schemas/query";
import type { MetadataChange } from "../../schemas/version-snapshot";
import type { AppEnv } from "../env";
import { IMMUTABLE, SHORT } from "../lib/cache-policy";
import { diffRows, OBSERVATION_KEY } from "../lib/diff";
import { strongEtag } from "../lib/etag";
import { selectionOf } from "../lib/filter";
import { contentTypeOf, requireJson } from "../lib/format";
import { HttpProblem } from "../lib/problem";
import { canonicalQuery, parseQuery } from "../lib/query";
import { represent } from "../lib/respond";
import { loadEntry, resolveVersion } from "../storage/catalog";
import { groupsOf, loadRegions } from "../storage/regions";
import { selectRows } from "../storage/rows";

/** The diff route, below `/v1/datasets`. */
export const diff = new Hono<AppEnv>();

diff.get("/:id/diff", async (c) => {
  const url = new URL(c.req.url);
  requireJson(c.req.header("accept") ?? null);
  const query = parseQuery(DiffQuery, url);
  const id = c.req.param("id");
  if (id.includes("@")) {
    throw new HttpProblem(
      "not-found",
      "A diff compares two versions of a dataset: use /v1/datasets/{id}/diff?from=…&to=…, without @version.",
      {
        param: "id",
      },
    );
  }
  const entry = await loadEntry(c.var.store, id);
  const from = resolveVersion(entry, query.from, query.asOf);
  const to = resolveVersion(entry, query.to, query.asOf);
  if (entry.kind === "reference" && (query.period || query.measure || query.category)) {
    throw new HttpProblem("invalid-parameter", `${id} is a reference table without periods or measures.`, { param: "period" });
  }
  const measures = entry.measures.map((m) => m.id);
  const unknown = query.measure?.find((m) => !measures.includes(m));
  if (unknown) throw new HttpProblem("invalid-parameter", `${id} has no measure "${unknown}".`, { param: "measure", allowed: measures });
  const exact = from.exact && to.exact;
  const canonical = canonicalQuery(url);
  const origin = url.origin;
  const headers: Record<string, string> = {};
  if (!exact) {
    const pinned = new URL(url);
    pinned.searchParams.set("from", from.version.version);
    pinned.searchParams.set("to", to.version.version);
    headers["content-location"] = `${pinned.pathname}${pinned.search}`;
    headers.link = `<${pinned.href}>; rel="canonical"`;
  }
  return represent(c, {
    etag: strongEtag(to.version.hash, "diff", from.version.hash, canonical, origin),
    cacheControl: exact ? IMMUTABLE : SHORT,
    contentType: contentTypeOf("json"),
    headers,
    edgeCacheKey: `${origin}${url.pathname}?${canonical}&_format=json`,
    body: async () => {
      const groups = query.group ? groupsOf(await loadRegions(c.var.store)) : new Map();
      const selection = selectionOf(query, { groups });
      const [before, after] = await Promise.all(
        [from, to].map((v) => selectRows<Record<string, unknown>>(c.var.store, id, v.version.version, selection)),
      );
      const keys = entry.kind === "observations" ? OBSERVATION_KEY : (entry.fields ?? []).slice(0, 1).map((f) => f.name);
      const result = diffRows(before ?? [], after ?? [], keys);
      // The sealed metadata fields that differ, computed by the build for every pair (none for the same version).
      const pairs = await c.var.store.json<Record<string, MetadataChange[]>>(`${id}/metadata-changes.json`);
      const metadata = pairs?.[`${from.version.version}..${to.version.version}`] ?? [];
      return JSON.stringify({
        dataset: id,
        from: { version: from.version.version, hash: from.version.hash, requested: query.from },
        to: { version: to.version.version, hash: to.version.hash, requested: query.to, changes: to.version.changes },
        key: keys,
        summary: {
          added: result.added.length,
          removed: result.removed.length,
          changed: result.changed.length,
          unchanged: result.unchanged,
        },
        added: result.added,
        removed: result.removed,
        changed: result.changed,
        metadata,
        links: {
          from: `${origin}/v1/datasets/${id}@${from.version.version}`,
          to: `${origin}/v1/datasets/${id}@${to.version.version}`,
        },
      });
    },
  });
});
