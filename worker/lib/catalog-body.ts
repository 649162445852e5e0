/**
 * @module The body of `GET /v1/datasets` (the catalog with each entry's links), and its build-time form: the
 * serialized body cut at every place the request's origin goes, so that the worker only joins the parts with
 * its origin instead of serializing the whole catalog on every request. Pure: shared by the build and the route.
 */
import type { Catalog, CatalogEntry } from "../../schemas";
import { exactLinks } from "./links";

/** Adds the URLs a client follows from a catalog entry. */
export function withLinks(entry: CatalogEntry, origin: string) {
  const latest = entry.versions[0]?.version ?? "latest";
  return { ...entry, links: { self: `${origin}/v1/datasets/${entry.id}`, ...exactLinks(origin, entry.id, latest).all } };
}

/** The catalog response's body for `origin`. */
export function catalogBody(catalog: Catalog, origin: string) {
  return { count: catalog.datasets.length, datasets: catalog.datasets.map((d) => withLinks(d, origin)) };
}

/** The serialized catalog response, cut where the origin goes: `parts.join(origin)` is the body. */
export interface CatalogTemplate {
  parts: string[];
}

/** Store key of the catalog template, written by the build beside `catalog.json`. */
export const CATALOG_TEMPLATE_KEY = "catalog.response.json";

/** A stand-in origin that no catalog text contains (the build checks it). */
const MARK = "https://origin.mark.invalid";

/** The template of `catalog`'s response; throws if joining it would not give the serialized body. */
export function catalogTemplate(catalog: Catalog): CatalogTemplate {
  const parts = JSON.stringify(catalogBody(catalog, MARK)).split(MARK);
  const probe = "https://probe.example:8787";
  if (parts.join(probe) !== JSON.stringify(catalogBody(catalog, probe))) throw new Error("the catalog's text contains the origin mark");
  return { parts };
}

const encoded = new Map<string, Uint8Array>();

/**
 * The body for `origin` as UTF-8 bytes: the parts joined (no serialization), encoded once per template and
 * origin (a deployment answers on one or two; the map is cleared past four). The runtime copies a body it is
 * given as bytes, so the same array serves every response (test/worker/catalog-body.test.ts).
 */
export function catalogBytes(template: CatalogTemplate, origin: string): Uint8Array {
  // Keyed by origin alone: the template, like the catalog, changes only with a deploy (a new isolate).
  let bytes = encoded.get(origin);
  if (!bytes) {
    if (encoded.size >= 4) encoded.clear();
    bytes = new TextEncoder().encode(template.parts.join(origin));
    encoded.set(origin, bytes);
  }
  return bytes;
}
