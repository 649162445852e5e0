/**
 * @module Cache-Control policies per kind of route.
 */

/** Exact versions never change: cache for a year and never revalidate. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Ranges, `latest` and the catalog move when a version is published: cache briefly, then revalidate. */
export const SHORT = "public, max-age=300, stale-while-revalidate=60";
/** Documents that change only with a deploy (the entry point, the OpenAPI document). */
export const DEPLOY = "public, max-age=3600, stale-while-revalidate=600";
