/**
 * @module Headers every worker response carries: no MIME sniffing, no referrer leakage, and a CSP that lets
 * nothing run should a response ever be opened as a page (pages themselves get theirs from site/_headers).
 */
import type { MiddlewareHandler } from "hono";

/** Sets the security headers on the response. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set("x-content-type-options", "nosniff");
    h.set("referrer-policy", "no-referrer");
    h.set("content-security-policy", "default-src 'none'; frame-ancestors 'none'");
  };
}
