/**
 * @module Documents built with the data and served as built: the change feeds (`/v1/changes.atom|json`, per dataset
 * `/v1/datasets/{id}/changes.atom|json`) and the DCAT-AP catalogue (`/v1/catalog.dcat.jsonld`). The body names the
 * request's origin where the build left a placeholder.
 */

import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { LangQuery } from "../../schemas/query";
import type { AppEnv } from "../env";
import { SHORT } from "../lib/cache-policy";
import { strongEtag } from "../lib/etag";
import { HttpProblem } from "../lib/problem";
import { parseQuery } from "../lib/query";
import { represent } from "../lib/respond";
import { ORIGIN, type StaticDocument } from "../lib/static-document";
import { findDataset, loadCatalog } from "../storage/catalog";

/** Serves `_data/documents/<key>.json`; 406 unless Accept names its type, its `+json`/`+xml` base or a wildcard. */
async function serve(c: Context<AppEnv>, key: string) {
  const url = new URL(c.req.url);
  parseQuery(LangQuery, url);
  const id = c.req.param("id");
  const doc = !id || /^[a-z][a-z0-9-]*$/.test(id) ? await c.var.store.json<StaticDocument>(`documents/${key}.json`) : undefined;
  if (!doc) {
    // Only a per-dataset document can be missing: say which ids exist.
    findDataset(await loadCatalog(c.var.store), id ?? "");
    throw new HttpProblem("not-found", `Nothing at ${url.pathname}.`);
  }
  const base = doc.type.replace(/^.*\+/, "application/");
  const accept = c.req.header("accept");
  if (accept && ![doc.type, base, "*/*", "application/*"].some((t) => accept.includes(t)))
    throw new HttpProblem("not-acceptable", `This is ${doc.type}.`, { param: "Accept", allowed: [doc.type] });
  return represent(c, {
    etag: strongEtag(doc.hash, url.origin),
    cacheControl: SHORT,
    contentType: `${doc.type}; charset=utf-8`,
    body: () => doc.body.replaceAll(ORIGIN, url.origin),
  });
}

/** The routes, mounted at `/v1`. */
export const documents = new Hono<AppEnv>();

for (const key of ["changes.atom", "changes.json", "catalog.dcat.jsonld"]) documents.get(`/${key}`, (c) => serve(c, key));
for (const file of ["changes.atom", "changes.json"])
  documents.get(`/datasets/:id/${file}`, (c) => serve(c, `datasets/${c.req.param("id")}/${file}`));
