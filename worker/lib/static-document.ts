/**
 * @module Documents generated at build time and served as they are (change feeds, the DCAT-AP catalogue).
 */

/** Stands where an absolute URL's origin goes; the worker replaces it with the request's origin. */
export const ORIGIN = "{{origin}}";

/** A built document: media type, content hash (for the ETag) and body. */
export interface StaticDocument {
  type: string;
  hash: string;
  body: string;
}
