/**
 * @module Build step: documents the API serves as built (the change feeds and the DCAT-AP catalogue), written as
 * `_data/documents/<name>.json` = `{ type, hash, body }`. The build does not know the origin it will be served
 * from, so bodies hold {@link ORIGIN} where an absolute URL starts; the worker puts the request's origin there.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Catalog } from "../../schemas";
import { ORIGIN, type StaticDocument } from "../../worker/lib/static-document";
import { ASSETS_DIR } from "../lib/paths";
import { dcatCatalog } from "./dcat";
import { atomFeed, jsonFeed } from "./feeds";

export { ORIGIN };

/** Every document: its key below `_data/documents/` (without `.json`), media type and body. */
export function buildDocuments(catalog: Catalog): Map<string, StaticDocument> {
  const docs = new Map<string, StaticDocument>();
  const add = (key: string, type: string, body: string) =>
    docs.set(key, { type, hash: `sha256-${createHash("sha256").update(body).digest("hex")}`, body });
  add("changes.atom", "application/atom+xml", atomFeed(catalog));
  add("changes.json", "application/feed+json", jsonFeed(catalog));
  for (const entry of catalog.datasets) {
    add(`datasets/${entry.id}/changes.atom`, "application/atom+xml", atomFeed(catalog, entry.id));
    add(`datasets/${entry.id}/changes.json`, "application/feed+json", jsonFeed(catalog, entry.id));
  }
  add("catalog.dcat.jsonld", "application/ld+json", JSON.stringify(dcatCatalog(catalog), null, 1));
  return docs;
}

/** Writes every document into the assets folder. */
export function writeDocuments(catalog: Catalog, assetsDir = ASSETS_DIR): Map<string, StaticDocument> {
  const docs = buildDocuments(catalog);
  for (const [key, doc] of docs) {
    const file = join(assetsDir, "_data/documents", `${key}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(doc));
  }
  return docs;
}
