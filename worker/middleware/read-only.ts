/**
 * @module The API is read-only: every method but GET, HEAD and OPTIONS (POST, PROPFIND, TRACE, anything) is a 405
 * problem with `Allow`, before routing, so that no method falls through to a 404.
 */
import type { MiddlewareHandler } from "hono";
import { HttpProblem } from "../lib/problem";

const ALLOWED = ["GET", "HEAD", "OPTIONS"];

/** Answers 405 for methods the API does not take. */
export function readOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (!ALLOWED.includes(c.req.method)) {
      throw new HttpProblem(
        "method-not-allowed",
        "The API is read-only: use GET, HEAD or OPTIONS.",
        { allowed: ALLOWED },
        { allow: ALLOWED.join(", ") },
      );
    }
    await next();
  };
}
