/**
 * @module The rate-limit policy, shared by the middleware, the OpenAPI document and the docs.
 */

/** The policy; `limit` and `window` must equal `simple.limit` and `simple.period` in wrangler.toml (a test checks). */
export const RATE_LIMIT = { name: "default", limit: 600, window: 60 } as const;

/** `RateLimit-Policy` value of {@link RATE_LIMIT} (draft-ietf-httpapi-ratelimit-headers). */
export const RATE_LIMIT_POLICY = `"${RATE_LIMIT.name}";q=${RATE_LIMIT.limit};w=${RATE_LIMIT.window}`;
